#include "CounterServices.h"

#include "services/OfficeSetup.h"

namespace pc::services {

OfficeInfo officeInfoFrom(const AppConfig& c)
{
    OfficeInfo o;
    o.postcode = c.officePostcode;
    o.name = c.officeName.isEmpty() ? QStringLiteral("ОПС %1").arg(c.officePostcode) : c.officeName;
    o.address = !c.officeAddress.isEmpty() ? c.officeAddress
                : c.officeRegion.isEmpty() ? c.officePostcode
                                           : QStringLiteral("%1, %2").arg(c.officePostcode, c.officeRegion);
    o.inn = c.officeInn.isEmpty() ? QStringLiteral("7724490000") : c.officeInn;
    o.counterId = c.counterId;
    o.operatorName = c.operatorName.isEmpty() ? c.operatorId : c.operatorName;
    return o;
}

CounterServices::CounterServices(const AppConfig& config, const db::Connection& c, const Clock& clock,
                                 bool requireShift, OperatorPolicy operatorPolicy)
    : operators(c, clock, operatorPolicy), shifts(c, clock, operators),
      tariffs(c, clock, config.utcOffsetMin),
      sales(c, clock, counterContextFrom(config), tariffs, officeInfoFrom(config)),
      voids(c, clock, counterContextFrom(config), shifts, operators, officeInfoFrom(config)),
      lists(c, clock, counterContextFrom(config), tariffs, officeInfoFrom(config)),
      returns(c, clock, counterContextFrom(config)), issuing(c, clock, counterContextFrom(config)),
      m_config(config), m_ctx(counterContextFrom(config)), m_clock(clock)
{
    if (requireShift) {
        sales.setShiftCheck([this](const QString& counter) { return shifts.requireOpenShift(counter); });
        issuing.setShiftCheck([this](const QString& counter) { return shifts.requireOpenShift(counter); });
    }
    auto shiftId = [this]() -> std::optional<qint64> {
        auto st = shifts.state(m_ctx.counterId);
        if (!st || !st->shift)
            return std::nullopt;
        return st->shift->id;
    };
    sales.setShiftIdSource(shiftId);
    issuing.setShiftIdSource(shiftId);
    issuing.setOffice(officeInfoFrom(config));
}

void CounterServices::setPrinting(PrinterRegistry* printers, PrintQueueService* queue)
{
    sales.setPrinting(printers, queue);
    voids.setPrinting(printers, queue);
    lists.setPrinting(printers, queue);
    issuing.setPrinting(printers, queue);
}

void CounterServices::setPaymentTerminal(drivers::PaymentTerminal* terminal, int timeoutMs)
{
    sales.setPaymentTerminal(terminal, timeoutMs);
    voids.setPaymentTerminal(terminal);
    issuing.setPaymentTerminal(terminal, timeoutMs);
}

QDate CounterServices::localToday() const
{
    return TariffService::localDate(m_clock.nowUtc(), m_ctx.utcOffsetMin);
}

} // namespace pc::services
