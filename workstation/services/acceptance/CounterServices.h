#pragma once
// The services one counter runs, wired once from its configuration and database: operators, shifts,
// tariffs, sales, voids and business lists, sharing the clock, the counter context, the office's
// printed identity, the printers and the card terminal. The GUI, the CLI and the demo shift use it.
#include "AcceptanceDocuments.h"
#include "BusinessListService.h"
#include "SaleService.h"
#include "VoidService.h"
#include "services/AppConfig.h"
#include "services/issuing/IssuingService.h"
#include "services/returns/EasyReturnService.h"
#include "services/shift/OperatorService.h"
#include "services/shift/ShiftService.h"
#include "services/tariff/TariffService.h"

namespace pc::services {

OfficeInfo officeInfoFrom(const AppConfig& config);

class CounterServices {
public:
    // requireShift: every sale asks for an open shift at the counter (the rule of a real office; the
    // built-in sample office of the CLI works without one).
    CounterServices(const AppConfig& config, const db::Connection& connection, const Clock& clock,
                    bool requireShift, OperatorPolicy operatorPolicy = {});

    void setPrinting(PrinterRegistry* printers, PrintQueueService* queue);
    void setPaymentTerminal(drivers::PaymentTerminal* terminal, int timeoutMs = 60000);

    const AppConfig& config() const { return m_config; }
    const CounterContext& context() const { return m_ctx; }
    // The office's local date by the counter's clock (the PC's own date is not the office's).
    QDate localToday() const;
    OperatorService operators;
    ShiftService shifts;
    TariffService tariffs;
    SaleService sales;
    VoidService voids;
    BusinessListService lists;
    EasyReturnService returns;
    IssuingService issuing; // SMS gateway and personal-data key: IssuingPeripherals::attach

private:
    AppConfig m_config;
    CounterContext m_ctx;
    const Clock& m_clock;
};

} // namespace pc::services
