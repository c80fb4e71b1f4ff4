// postcounter-cli track ID [--json] [--endpoint URL --token T]
// "Where is my parcel": this workstation's operations for the item merged with the events the
// tracking network knows, one line per event, oldest first. When the service cannot be reached the
// local history is still printed, with the reason (exit 0: the clerk still has an answer).
#include "CliContext.h"
#include "services/tracking/ItemEventsClient.h"
#include "services/tracking/ItemHistory.h"

#include <QCoreApplication>

namespace pc::cli {

int runTrackCommand(CliContext& ctx)
{
    using namespace services::tracking;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    bool usageError = false;
    const auto endpoint = ctx.takeOption(QStringLiteral("--endpoint"), &usageError);
    const auto token = ctx.takeOption(QStringLiteral("--token"), &usageError);
    if (usageError)
        return ExitUsage;
    if (ctx.args.size() != 1)
        return ctx.usage(QStringLiteral("track ID [--json] [--endpoint URL --token T]"));
    const QString itemId = normalizeItemId(ctx.args.first());
    if (itemId.isEmpty())
        return ctx.usage(QStringLiteral("track: the item identifier is empty"));

    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto local = readLocalHistory(ws->connection, itemId);
    if (!local)
        return ctx.fail(local.error());
    auto sync = services::sync::SyncConfig::load(ws->config.configPath);
    if (!sync)
        return ctx.fail(sync.error());
    if (endpoint)
        sync->endpoint = *endpoint;
    if (token)
        sync->token = *token;
    const ItemHistory h = makeItemHistory(itemId, *local, ItemEventsClient(*sync).fetchAndWait(itemId));

    if (json) {
        ctx.out << itemHistoryJson(h) << "\n";
        return ExitOk;
    }
    ctx.out << itemId << "\n";
    if (h.network != ItemHistory::Network::Online)
        ctx.out << QCoreApplication::translate("ItemHistory", "Network history unavailable: %1")
                       .arg(h.networkMessage)
                << "\n";
    if (h.entries.isEmpty())
        ctx.out << QCoreApplication::translate("ItemHistory", "No events are known for this item.") << "\n";
    for (const HistoryEntry& e : h.entries) {
        const QString source =
            e.source == HistoryEntry::Source::Network
                ? QStringLiteral("network")
                : (e.confirmedByNetwork
                       ? QStringLiteral("here+network")
                       : (e.sent ? QStringLiteral("here (sent)") : QStringLiteral("here (not yet sent)")));
        ctx.out << e.localTimeText() << "\t" << e.operationText() << "\t" << e.office << "\t" << source
                << "\n";
    }
    return ExitOk;
}

} // namespace pc::cli
