// postcounter-cli sync run [--once] | status [--json] | parked [--json] | retry EVENT_ID|--all
// Endpoint and token come from the [sync] section of the configuration, or --endpoint / --token.
#include "CliContext.h"
#include "db/OutboxRepository.h"
#include "db/Transaction.h"
#include "services/sync/SyncStatus.h"
#include "services/sync/SyncThread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

using services::sync::OutboxDrainer;
using services::sync::SyncConfig;

int run(CliContext& ctx)
{
    const bool once = ctx.takeFlag(QStringLiteral("--once"));
    bool usageError = false;
    const auto endpoint = ctx.takeOption(QStringLiteral("--endpoint"), &usageError);
    const auto token = ctx.takeOption(QStringLiteral("--token"), &usageError);
    const auto batch = ctx.takeOption(QStringLiteral("--batch-size"), &usageError);
    if (usageError)
        return ExitUsage;
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument %1").arg(ctx.args.first()));
    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());
    auto sync = SyncConfig::load(cfg->configPath);
    if (!sync)
        return ctx.fail(sync.error());
    if (endpoint)
        sync->endpoint = *endpoint;
    if (token)
        sync->token = *token;
    if (batch) {
        bool ok = false;
        sync->batchSize = batch->toInt(&ok);
        if (!ok || sync->batchSize < 1 || sync->batchSize > 500)
            return ctx.usage(QStringLiteral("--batch-size is 1 to 500"));
    }
    if (auto st = sync->validate(); !st)
        return ctx.usage(st.error().message);
    {
        auto conn = ctx.openDatabase(*cfg); // creates and migrates the file before the sync thread opens it
        if (!conn)
            return ctx.fail(conn.error());
    }

    services::sync::SyncThread thread(*sync, cfg->databasePath,
                                      once ? OutboxDrainer::Once : OutboxDrainer::Continuous);
    int exitCode = ExitOk;
    QObject::connect(thread.drainer(), &OutboxDrainer::retrying, qApp,
                     [&ctx](const QString& message, qint64 delayMs) {
                         ctx.err << "postcounter-cli: " << message << " "
                                 << QStringLiteral("Retrying in %1 s.").arg(delayMs / 1000.0) << "\n";
                         ctx.err.flush();
                     });
    QObject::connect(thread.drainer(), &OutboxDrainer::finished, qApp, [&](int code, const QString& message) {
        if (code == OutboxDrainer::Drained) {
            ctx.out << message << "\n";
            exitCode = ExitOk;
        } else {
            ctx.err << "postcounter-cli: " << message << "\n";
            exitCode = code == OutboxDrainer::AuthRefused ? ExitRefused : ExitEnvironment;
        }
        QCoreApplication::exit(exitCode);
    });
    thread.start();
    QCoreApplication::exec();
    thread.stop();
    return exitCode;
}

int status(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("unexpected argument %1").arg(ctx.args.first()));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto s = services::sync::readSyncStatus(ws->connection);
    if (!s)
        return ctx.fail(s.error());
    if (json) {
        ctx.out << services::sync::syncStatusJson(*s) << "\n";
        return ExitOk;
    }
    ctx.out << "pending\t" << s->pending << "\nsent\t" << s->sent << "\nparked\t" << s->parked
            << "\nlast success\t"
            << (s->lastSuccessUtc ? s->lastSuccessUtc->toUTC().toString(Qt::ISODateWithMs)
                                  : QStringLiteral("never"))
            << "\nlast error\t" << (s->lastError.isEmpty() ? QStringLiteral("none") : s->lastError) << "\n";
    return ExitOk;
}

int parked(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto list = db::OutboxRepository(ws->connection).parked(10000);
    if (!list)
        return ctx.fail(list.error());
    for (const auto& e : *list) {
        if (json)
            ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("event_id"), e.eventId},
                                                 {QStringLiteral("seq"), static_cast<double>(e.seq)},
                                                 {QStringLiteral("item_id"), e.itemId},
                                                 {QStringLiteral("reason"), e.parkedReason}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
        else
            ctx.out << e.eventId << "\t" << e.seq << "\t" << e.itemId << "\t" << e.parkedReason << "\n";
    }
    return ExitOk;
}

int retry(CliContext& ctx)
{
    const bool all = ctx.takeFlag(QStringLiteral("--all"));
    if (!all && ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("sync retry EVENT_ID... | --all"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    db::OutboxRepository repo(ws->connection);
    QStringList ids = ctx.args;
    if (all) {
        auto list = repo.parked(1000000);
        if (!list)
            return ctx.fail(list.error());
        for (const auto& e : *list)
            ids.push_back(e.eventId);
    }
    auto tx = db::Transaction::begin(ws->connection);
    if (!tx)
        return ctx.fail(tx.error());
    for (const QString& id : ids)
        if (auto st = repo.unpark(id); !st)
            return ctx.fail(st.error());
    if (auto st = tx->commit(); !st)
        return ctx.fail(st.error());
    ctx.out << ids.size() << " event(s) will be sent again\n";
    return ExitOk;
}

} // namespace

int runSyncCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "sync",
                         {
                             {"run", run},
                             {"status", status},
                             {"parked", parked},
                             {"retry", retry},
                         });
}

} // namespace pc::cli
