// postcounter-cli db migrate|info
#include "CliContext.h"
#include "db/ItemRepository.h"
#include "db/Migrations.h"
#include "db/OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

int runDbCommand(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("db migrate|info"));
    const QString sub = ctx.args.takeFirst();
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());

    if (sub == QStringLiteral("migrate")) {
        auto conn = db::openSqlite({cfg->databasePath});
        if (!conn)
            return ctx.fail(conn.error());
        ctx.out << "database " << cfg->databasePath << " at schema version " << conn->schemaVersion() << "\n";
        if (!conn->backupPath().isEmpty())
            ctx.out << "backup of the previous version: " << conn->backupPath() << "\n";
        return ExitOk;
    }
    if (sub == QStringLiteral("info")) {
        auto conn = db::openSqlite({cfg->databasePath, false, true});
        if (!conn)
            return ctx.fail(conn.error());
        const int latest = db::latestSchemaVersion();
        const qint64 items = conn->schemaVersion() > 0 ? db::ItemRepository(*conn).count().valueOr(-1) : 0;
        const qint64 pending =
            conn->schemaVersion() > 0 ? db::OutboxRepository(*conn).pendingCount().valueOr(-1) : 0;
        if (json) {
            ctx.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("path"), cfg->databasePath},
                                       {QStringLiteral("schema_version"), conn->schemaVersion()},
                                       {QStringLiteral("latest_schema_version"), latest},
                                       {QStringLiteral("items"), static_cast<double>(items)},
                                       {QStringLiteral("outbox_pending"), static_cast<double>(pending)}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        } else {
            ctx.out << "path: " << cfg->databasePath << "\nschema version: " << conn->schemaVersion()
                    << " (this program: " << latest << ")\nitems: " << items
                    << "\noutbox pending: " << pending << "\n";
        }
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("unknown db subcommand %1").arg(sub));
}

} // namespace pc::cli
