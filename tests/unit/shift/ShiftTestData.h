#pragma once
// A scratch database with an office, two counters and operators, and a way to write journal rows
// directly (item + operation) so report tests know every figure they put in.
#include "db/Connection.h"
#include "db/ItemRepository.h"
#include "db/OperationRepository.h"
#include "services/OfficeSetup.h"
#include "services/shift/OperatorService.h"

#include <QTemporaryDir>

namespace pc::testing {

inline std::optional<db::Connection> openScratch(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    auto c = db::openSqlite({path});
    if (!c)
        return std::nullopt;
    services::AppConfig cfg;
    cfg.officePostcode = QStringLiteral("101000");
    cfg.officeName = QStringLiteral("Moscow");
    for (const char* counter : {"1", "2"}) {
        cfg.counterId = QString::fromLatin1(counter);
        if (!services::ensureOfficeAndCounter(*c, cfg))
            return std::nullopt;
    }
    return std::move(*c);
}

// Writes an item and one operation on it; returns false on any failure.
inline bool addJournalRow(const db::Connection& c, const QString& counterId, const QString& itemId,
                          TrackingOperation op, qint64 amountKop, const QDateTime& at,
                          std::optional<int> objectCode = std::nullopt, qint64 codKop = 0)
{
    if (!db::ItemRepository(c).find(itemId).valueOr(std::nullopt)) {
        db::ItemRecord it;
        it.id = itemId;
        it.objectCode = objectCode;
        it.weightG = 500;
        it.codKop = codKop;
        it.totalKop = amountKop;
        it.status = QStringLiteral("accepted");
        it.officePostcode = QStringLiteral("101000");
        it.counterId = counterId;
        it.acceptedAtUtc = at;
        if (!db::ItemRepository(c).insert(it))
            return false;
    }
    db::OperationRecord o;
    o.itemId = itemId;
    o.op = op;
    o.occurredAtUtc = at;
    o.utcOffsetMin = 180;
    o.officePostcode = QStringLiteral("101000");
    o.counterId = counterId;
    o.operatorId = QStringLiteral("clerk");
    o.amountKop = amountKop;
    return db::OperationRepository(c).append(o).ok();
}

} // namespace pc::testing
