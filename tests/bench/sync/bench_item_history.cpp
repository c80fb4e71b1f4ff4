// Item history latency (docs/perf/sync.md): "where is my parcel" on a workstation whose journal holds
// a large backlog, against the local reference server holding the same events: the local read
// (journal + outbox), the network's answer, and the merge, averaged over many items.
//   bench_item_history [events=100000] [lookups=200]
#include "../../integration/sync/SyncTestSupport.h"
#include "services/sync/SyncThread.h"
#include "services/tracking/ItemEventsClient.h"
#include "services/tracking/ItemHistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace pc;
using namespace pc::services;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int lookups = argc > 2 ? std::atoi(argv[2]) : 200;
    QTemporaryDir dir;
    const QString client = dir.filePath(QStringLiteral("client.db"));
    if (!synctest::prepareClient(client).ok() || !synctest::queueBacklog(client, events).ok())
        return 1;
    synctest::TrackingServer server;
    if (!server.start(dir.filePath(QStringLiteral("server.db"))))
        return 1;
    sync::SyncConfig cfg;
    cfg.endpoint = server.endpoint();
    cfg.token = synctest::kToken;
    {
        sync::SyncThread drain(cfg, client, sync::OutboxDrainer::Once);
        QEventLoop loop;
        QObject::connect(drain.drainer(), &sync::OutboxDrainer::finished, &loop, &QEventLoop::quit);
        drain.start();
        loop.exec();
    }
    auto c = db::openSqlite({client});
    if (!c)
        return 1;
    tracking::ItemEventsClient net(cfg);
    qint64 localNs = 0, remoteNs = 0, mergeNs = 0, lines = 0;
    QElapsedTimer t;
    for (int i = 0; i < lookups; ++i) {
        const QString id = QStringLiteral("T%1").arg((qint64(i) * 7919) % events, 13, 10, QLatin1Char('0'));
        t.start();
        auto local = tracking::readLocalHistory(*c, id);
        localNs += t.nsecsElapsed();
        t.restart();
        auto remote = net.fetchAndWait(id);
        remoteNs += t.nsecsElapsed();
        if (!local || !remote)
            return 2;
        t.restart();
        lines += tracking::makeItemHistory(id, *local, remote).entries.size();
        mergeNs += t.nsecsElapsed();
    }
    std::printf("item history over %d events, %d lookups (%lld lines): local %.2f ms, network %.2f ms, "
                "merge %.1f us per lookup\n",
                events, lookups, lines, localNs / 1e6 / lookups, remoteNs / 1e6 / lookups,
                mergeNs / 1e3 / lookups);
    return 0;
}
