#include "AcceptanceRecorder.h"

#include "db/IdentifierRangeRepository.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "db/OutboxRepository.h"
#include "services/TrackingEventJson.h"

#include <QUuid>

namespace pc::services {

Result<ItemId> scannedOrAllocated(const db::Connection& c, const CounterContext& ctx, const QDateTime& nowUtc,
                                  const QString& scanned, IdKind kind, const QString& serviceIndicator)
{
    if (!scanned.trimmed().isEmpty())
        return parseItemId(scanned);
    return db::IdentifierRangeRepository(c).allocate(ctx.officePostcode, kind, serviceIndicator, nowUtc,
                                                     ctx.counterId);
}

Result<RecordedItem> recordAcceptance(const db::Connection& c, const CounterContext& ctx,
                                      const QDateTime& now, const ItemToRecord& r)
{
    db::ItemRecord item;
    item.id = r.id.text;
    item.kind = r.id.kind;
    item.objectCode = r.objectCode;
    item.weightG = r.weightG;
    item.declaredValueKop = r.declaredValueKop;
    item.codKop = r.codKop;
    item.totalKop = r.totalKop;
    item.status = QStringLiteral("accepted");
    item.officePostcode = ctx.officePostcode;
    item.counterId = ctx.counterId;
    item.acceptedAtUtc = now;
    item.receiptId = r.receiptId;
    item.details = r.details;
    item.businessListId = r.businessListId;
    if (auto st = db::ItemRepository(c).insert(item); !st)
        return st.error();
    return recordOperation(c, ctx, now, r);
}

Result<RecordedItem> recordOperation(const db::Connection& c, const CounterContext& ctx, const QDateTime& now,
                                     const ItemToRecord& r)
{

    db::OperationRecord op;
    op.itemId = r.id.text;
    op.op = r.op;
    op.occurredAtUtc = now;
    op.utcOffsetMin = ctx.utcOffsetMin;
    op.officePostcode = ctx.officePostcode;
    op.counterId = ctx.counterId;
    op.operatorId = ctx.operatorId;
    if (r.weightG > 0)
        op.weightG = r.weightG;
    op.amountKop = r.totalKop;
    auto opId = db::OperationRepository(c).append(op);
    if (!opId)
        return opId.error();

    TrackingEventData ev;
    ev.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ev.itemId = r.id.text;
    ev.op = r.op;
    ev.occurredAtUtc = now;
    if (r.weightG > 0)
        ev.weightG = r.weightG;
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
    out.counterId = ctx.counterId;
    out.itemId = r.id.text;
    out.payload = trackingEventJson(ev, ctx);
    out.createdAtUtc = now;
    auto seq = db::OutboxRepository(c).enqueue(out);
    if (!seq)
        return seq.error();
    return RecordedItem{r.id, *opId, ev.eventId, *seq};
}

} // namespace pc::services
