// postcounter-cli db migrate|info|copy
#include "CliContext.h"
#include "db/DatabaseCopy.h"
#include "db/DatabaseUrl.h"
#include "db/ItemRepository.h"
#include "db/Migrations.h"
#include "db/OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {
// A database location for messages: a server URL never shows its password.
QString shown(const QString& location)
{
    if (!db::isPostgresUrl(location))
        return location;
    auto t = db::parsePostgresUrl(location);
    return t ? t->display() : QStringLiteral("postgresql://…");
}

// db copy --from sqlite:FILE --to postgresql://…
int runCopy(CliContext& ctx, bool json)
{
    bool bad = false;
    const auto from = ctx.takeOption(QStringLiteral("--from"), &bad);
    const auto to = ctx.takeOption(QStringLiteral("--to"), &bad);
    if (bad || !from || !to || !from->startsWith(QStringLiteral("sqlite:")) || !db::isPostgresUrl(*to))
        return ctx.usage(
            QStringLiteral("db copy --from sqlite:FILE --to postgresql://user@host:port/dbname"));
    auto source = db::openSqlite({from->mid(7)});
    if (!source)
        return ctx.fail(source.error());
    auto target = db::openPostgres({*to});
    if (!target)
        return ctx.fail(target.error());
    auto report = db::copyDatabase(*source, *target);
    if (!report)
        return report.error().code == QStringLiteral("db.copy_target_not_empty") ? ctx.refuse(report.error())
                                                                                 : ctx.fail(report.error());
    if (json) {
        QJsonObject tables;
        for (const auto& t : report->tables)
            tables.insert(t.table, static_cast<double>(t.target));
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("to"), shown(*to)},
                                             {QStringLiteral("rows"), static_cast<double>(report->rows)},
                                             {QStringLiteral("journal_rows_verified"),
                                              static_cast<double>(report->journalRowsVerified)},
                                             {QStringLiteral("tables"), tables}})
                       .toJson(QJsonDocument::Compact)
                << "\n";
        return ExitOk;
    }
    for (const auto& t : report->tables)
        ctx.out << t.table << ": " << t.source << " → " << t.target << "\n";
    ctx.out << "copied " << report->rows << " rows to " << shown(*to) << "; journal chain verified over "
            << report->journalRowsVerified << " rows\n";
    return ExitOk;
}
} // namespace

int runDbCommand(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("db migrate|info|copy"));
    const QString sub = ctx.args.takeFirst();
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (sub == QStringLiteral("copy"))
        return runCopy(ctx, json);
    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());

    if (sub == QStringLiteral("migrate")) {
        auto conn = db::open({cfg->databasePath});
        if (!conn)
            return ctx.fail(conn.error());
        ctx.out << "database " << shown(cfg->databasePath) << " at schema version " << conn->schemaVersion()
                << "\n";
        if (!conn->backupPath().isEmpty())
            ctx.out << "backup of the previous version: " << conn->backupPath() << "\n";
        return ExitOk;
    }
    if (sub == QStringLiteral("info")) {
        auto conn = db::open({cfg->databasePath, false, true});
        if (!conn)
            return ctx.fail(conn.error());
        const int latest = db::latestSchemaVersion();
        const qint64 items = conn->schemaVersion() > 0 ? db::ItemRepository(*conn).count().valueOr(-1) : 0;
        const qint64 pending =
            conn->schemaVersion() > 0 ? db::OutboxRepository(*conn).pendingCount().valueOr(-1) : 0;
        if (json) {
            ctx.out << QJsonDocument(
                           QJsonObject{{QStringLiteral("path"), shown(cfg->databasePath)},
                                       {QStringLiteral("schema_version"), conn->schemaVersion()},
                                       {QStringLiteral("latest_schema_version"), latest},
                                       {QStringLiteral("items"), static_cast<double>(items)},
                                       {QStringLiteral("outbox_pending"), static_cast<double>(pending)}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        } else {
            ctx.out << "path: " << shown(cfg->databasePath) << "\nschema version: " << conn->schemaVersion()
                    << " (this program: " << latest << ")\nitems: " << items
                    << "\noutbox pending: " << pending << "\n";
        }
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("unknown db subcommand %1").arg(sub));
}

} // namespace pc::cli
