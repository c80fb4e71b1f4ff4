#pragma once
// A sale at the counter: one or more items for one customer, one payment, one receipt. commit() is
// ONE transaction: identifiers, items (with their addresses, customs and inventory), operations
// (1.1, or 1.3 for a business client's pre-registered item), the receipt with its gap-free number,
// tracking events to the outbox and the print jobs (label, receipt, forms). A card is charged before
// the transaction and reversed if the transaction fails; a decline or a timeout commits nothing.
#include "AcceptanceDocuments.h"
#include "db/Connection.h"
#include "db/business/BusinessListRepository.h"
#include "domain/Clock.h"
#include "domain/ItemIdentifier.h"
#include "domain/acceptance/Payment.h"
#include "domain/acceptance/ShipmentRules.h"
#include "domain/tariff/Quote.h"
#include "drivers/payment/PaymentTerminal.h"
#include "services/CounterContext.h"

#include <functional>
#include <optional>

namespace pc::services {

class TariffService;
class PrinterRegistry;
class PrintQueueService;

struct SaleRequest {
    QList<acceptance::Shipment> items;
    acceptance::PaymentChoice payment;
    QString contract;                     // contract payments: the business client's contract number
    bool weightMismatchConfirmed = false; // the clerk saw the flagged weights and accepts them
};

struct SaleItem {
    ItemId id;
    int object = 0;
    qint64 weightG = 0;
    qint64 totalKop = 0;
    qint64 operationId = 0;
    QString eventId;
    QString tariffVersion;
    QList<qint64> printJobs;
    QStringList forms; // the forms queued for it: label, cn23, f107…
};

struct SaleResult {
    qint64 receiptId = 0;
    qint64 receiptNumber = 0;
    qint64 receiptJob = 0;
    acceptance::PaymentMethod method = acceptance::PaymentMethod::Cash;
    qint64 totalKop = 0;
    qint64 tenderedKop = 0;
    qint64 changeKop = 0;
    QString cardAuthCode;
    QDateTime atUtc;
    QList<SaleItem> items;
    QList<qint64> printJobs; // every job of the sale, in print order
};

// What the screen shows for one item before it goes in the basket: the price and every problem.
struct ItemCheck {
    tariff::QuoteResult price;
    QList<acceptance::FieldIssue> issues;
    std::optional<acceptance::FieldIssue> weightFlag; // measured weight far from the declared one
    acceptance::CustomsForm customsForm = acceptance::CustomsForm::None;
    bool ok() const { return price.ok() && issues.isEmpty(); }
};

class SaleService {
public:
    SaleService(const db::Connection& c, const Clock& clock, CounterContext ctx, TariffService& tariffs,
                OfficeInfo office);

    void setRules(const acceptance::ShipmentRules& rules) { m_rules = rules; }
    const acceptance::ShipmentRules& rules() const { return m_rules; }
    // Operations need an open shift: asked before every sale; the shift id goes on the receipt.
    void setShiftCheck(std::function<Status(const QString&)> check) { m_shiftCheck = std::move(check); }
    void setShiftIdSource(std::function<std::optional<qint64>()> source) { m_shiftId = std::move(source); }
    // Card payments go through this terminal (none: a card payment is refused with a reason).
    void setPaymentTerminal(drivers::PaymentTerminal* terminal, int timeoutMs = 60000)
    {
        m_terminal = terminal;
        m_terminalTimeoutMs = timeoutMs;
    }
    // Print jobs are recorded for the printers with the roles label/receipt/form; with a queue they
    // are handed to it after the commit.
    void setPrinting(PrinterRegistry* printers, PrintQueueService* queue)
    {
        m_printers = printers;
        m_queue = queue;
    }

    ItemCheck check(const acceptance::Shipment& s);
    // What the sale will cost, after every check commit() makes before any money moves.
    Result<qint64> totalFor(const SaleRequest& request);
    // Charges a card on the terminal; blocks up to the terminal timeout and touches no database, so
    // a GUI runs it on a worker thread and passes the approval to commit().
    Result<drivers::SaleApproval> chargeCard(qint64 totalKop) const;
    // preApproved: a card already charged for exactly the total (reversed if the commit fails).
    // Without it a card payment is charged here, blocking.
    Result<SaleResult> commit(const SaleRequest& request,
                              const std::optional<drivers::SaleApproval>& preApproved = std::nullopt);

private:
    struct Prepared {
        QList<tariff::Quote> quotes;
        QList<acceptance::CustomsForm> customs;
        QList<std::optional<db::BusinessItemRecord>> business;
        qint64 total = 0;
    };
    Result<Prepared> prepare(const SaleRequest& request);

    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    TariffService& m_tariffs;
    OfficeInfo m_office;
    acceptance::ShipmentRules m_rules;
    std::function<Status(const QString&)> m_shiftCheck;
    std::function<std::optional<qint64>()> m_shiftId;
    drivers::PaymentTerminal* m_terminal = nullptr;
    int m_terminalTimeoutMs = 60000;
    PrinterRegistry* m_printers = nullptr;
    PrintQueueService* m_queue = nullptr;
};

// The identifier a new item gets from the office's ranges: 14 digits for domestic mail, S10 with the
// service indicator of its class for international mail and EMS.
struct IdentifierPlan {
    IdKind kind = IdKind::Rpo14;
    QString serviceIndicator;
};
IdentifierPlan identifierPlanFor(int object);

} // namespace pc::services
