#pragma once
// What the counter GUI tests start from: a fresh scratch database with the sample office 101000,
// counter 1 and its identifier ranges, and the configuration that goes with it; plus a one-value query.
#include "db/Connection.h"
#include "services/AppConfig.h"
#include "services/OfficeSetup.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <optional>

namespace pc::testing {

inline std::optional<db::Connection> openCounterDb(const QTemporaryDir& dir, const QString& name,
                                                   services::AppConfig* cfg)
{
    const QString path = dir.filePath(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto c = db::openSqlite({path});
    if (!c)
        return std::nullopt;
    cfg->officePostcode = QStringLiteral("101000");
    cfg->officeName = QStringLiteral("Москва 101000");
    cfg->counterId = QStringLiteral("1");
    cfg->operatorId = QStringLiteral("clerk");
    cfg->operatorName = QStringLiteral("Иванова");
    if (!services::ensureOfficeAndCounter(*c, *cfg) || !services::seedDemoRanges(*c, cfg->officePostcode))
        return std::nullopt;
    return std::move(*c);
}

inline QVariant queryValue(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace pc::testing
