#include "AcceptanceService.h"

#include "TrackingEventJson.h"
#include "db/IdentifierRangeRepository.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "db/OutboxRepository.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAcceptance, "pc.services.acceptance")

namespace pc::services {

Result<AcceptedItem> AcceptanceService::accept(const AcceptanceRequest& r)
{
    if (r.weight.grams() <= 0)
        return Error{
            QStringLiteral("acceptance.weight"),
            QCoreApplication::translate("Acceptance", "Put the item on the scale or enter its weight.")};
    if (m_shiftCheck)
        if (auto st = m_shiftCheck(m_ctx.counterId); !st)
            return st.error();
    std::optional<ItemId> scanned;
    if (!r.scannedId.trimmed().isEmpty()) {
        auto id = parseItemId(r.scannedId);
        if (!id)
            return id.error();
        scanned = *id;
    }

    const QDateTime now = m_clock.nowUtc();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();

    ItemId id;
    if (scanned) {
        id = *scanned;
    } else {
        auto allocated = db::IdentifierRangeRepository(m_c).allocate(m_ctx.officePostcode, r.allocateKind,
                                                                     r.serviceIndicator, now);
        if (!allocated)
            return allocated.error();
        id = *allocated;
    }

    db::ItemRecord item;
    item.id = id.text;
    item.kind = id.kind;
    item.objectCode = r.objectCode;
    item.weightG = r.weight.grams();
    item.declaredValueKop = r.declaredValueKop;
    item.codKop = r.codKop;
    item.totalKop = r.totalKop;
    item.status = QStringLiteral("accepted");
    item.officePostcode = m_ctx.officePostcode;
    item.counterId = m_ctx.counterId;
    item.acceptedAtUtc = now;
    if (auto st = db::ItemRepository(m_c).insert(item); !st)
        return st.error();

    db::OperationRecord op;
    op.itemId = id.text;
    op.op = op::AcceptanceSingle;
    op.occurredAtUtc = now;
    op.utcOffsetMin = m_ctx.utcOffsetMin;
    op.officePostcode = m_ctx.officePostcode;
    op.counterId = m_ctx.counterId;
    op.operatorId = m_ctx.operatorId;
    op.weightG = r.weight.grams();
    op.amountKop = r.totalKop;
    auto opId = db::OperationRepository(m_c).append(op);
    if (!opId)
        return opId.error();

    TrackingEventData ev;
    ev.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ev.itemId = id.text;
    ev.op = op::AcceptanceSingle;
    ev.occurredAtUtc = now;
    ev.weightG = r.weight.grams();
    if (r.declaredValueKop > 0)
        ev.declaredValueKop = r.declaredValueKop;
    if (r.codKop > 0)
        ev.codKop = r.codKop;
    if (r.totalKop > 0)
        ev.paymentKop = r.totalKop;
    ev.destination = r.destination;

    db::OutboxEvent out;
    out.eventId = ev.eventId;
    out.operationId = *opId;
    out.counterId = m_ctx.counterId;
    out.itemId = id.text;
    out.payload = trackingEventJson(ev, m_ctx);
    out.createdAtUtc = now;
    auto seq = db::OutboxRepository(m_c).enqueue(out);
    if (!seq)
        return seq.error();

    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcAcceptance) << "accepted" << id.text << r.weight.grams() << "g, operation" << *opId;
    return AcceptedItem{id, *opId, ev.eventId, *seq, now, r.weight.grams()};
}

Result<ItemId> AcceptanceService::allocateIdentifier(IdKind kind, const QString& serviceIndicator)
{
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    auto id = db::IdentifierRangeRepository(m_c).allocate(m_ctx.officePostcode, kind, serviceIndicator,
                                                          m_clock.nowUtc());
    if (!id)
        return id.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    return id;
}

Result<QList<db::ItemRecord>> AcceptanceService::acceptedToday() const
{
    const QTimeZone zone(m_ctx.utcOffsetMin * 60);
    const QDateTime local = m_clock.nowUtc().toTimeZone(zone);
    const QDateTime midnight(local.date(), QTime(0, 0), zone);
    return db::ItemRepository(m_c).acceptedBetween(m_ctx.counterId, midnight.toUTC(),
                                                   midnight.addDays(1).toUTC());
}

} // namespace pc::services
