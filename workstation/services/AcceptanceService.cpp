#include "AcceptanceService.h"

#include "acceptance/AcceptanceRecorder.h"
#include "db/IdentifierRangeRepository.h"
#include "db/ItemRepository.h"
#include "db/TransactionRunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimeZone>

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
    // A malformed scan is refused before any write.
    if (!r.scannedId.trimmed().isEmpty())
        if (auto id = parseItemId(r.scannedId); !id)
            return id.error();

    const QDateTime now = m_clock.nowUtc();
    // Retried as a whole when another window collided with this one on the shared server.
    std::optional<ItemId> id;
    std::optional<RecordedItem> recorded;
    auto st = db::runInTransaction(m_c, [&]() -> Status {
        auto got = scannedOrAllocated(m_c, m_ctx, now, r.scannedId, r.allocateKind, r.serviceIndicator);
        if (!got)
            return got.error();
        ItemToRecord item;
        item.id = *got;
        item.objectCode = r.objectCode;
        item.weightG = r.weight.grams();
        item.declaredValueKop = r.declaredValueKop;
        item.codKop = r.codKop;
        item.totalKop = r.totalKop;
        item.destination = r.destination;
        auto rec = recordAcceptance(m_c, m_ctx, now, item);
        if (!rec)
            return rec.error();
        id = *got;
        recorded = *rec;
        return {};
    });
    if (!st)
        return st.error();
    const qint64 opId = recorded->operationId;
    qCInfo(lcAcceptance) << "accepted" << id->text << r.weight.grams() << "g, operation" << opId;
    return AcceptedItem{*id, opId, recorded->eventId, recorded->seq, now, r.weight.grams()};
}

Result<ItemId> AcceptanceService::allocateIdentifier(IdKind kind, const QString& serviceIndicator)
{
    return db::runInTransaction<ItemId>(m_c, [&]() -> Result<ItemId> {
        return db::IdentifierRangeRepository(m_c).allocate(m_ctx.officePostcode, kind, serviceIndicator,
                                                           m_clock.nowUtc(), m_ctx.counterId);
    });
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
