// Sync benchmarks (docs/perf/sync.md): the cost the hash chain adds to appending a journal row
// (target < 50 µs), and draining 100 000 queued events to the local reference server (target < 30 s).
//   bench_sync [events=100000]
#include "../../integration/sync/SyncTestSupport.h"
#include "db/journal/JournalRepository.h"
#include "services/sync/SyncThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace pc;

namespace {

// Journal append: the chaining work alone (next link + SHA-256), and a whole append, inside one
// transaction as AcceptanceService does it, averaged over many rows.
void benchJournal(const QString& path)
{
    const int n = 20000;
    if (!synctest::prepareClient(path).ok() || !synctest::queueBacklog(path, 1000).ok())
        return;
    auto c = db::openSqlite({path});
    if (!c)
        return;
    db::JournalRepository journal(*c);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        auto link = journal.nextLink(synctest::kCounter);
        db::JournalRow r;
        r.counterId = synctest::kCounter;
        r.journalSeq = link->seq;
        r.prevHash = link->prevHash;
        r.itemId = QStringLiteral("RA123456785RU");
        r.occurredAt = QStringLiteral("2026-11-24T10:05:00.123Z");
        r.weightG = i;
        if (db::journalRowHash(r).isEmpty())
            return;
    }
    const double chainUs = t.nsecsElapsed() / 1000.0 / n;

    QSqlQuery(c->db()).exec(QStringLiteral("BEGIN IMMEDIATE"));
    t.restart();
    for (int i = 0; i < n; ++i) {
        db::OperationRecord op;
        op.itemId = QStringLiteral("T%1").arg(i % 1000, 13, 10, QLatin1Char('0'));
        op.op = pc::op::AcceptanceSingle;
        op.occurredAtUtc = QDateTime::currentDateTimeUtc();
        op.officePostcode = synctest::kOffice;
        op.counterId = synctest::kCounter;
        op.operatorId = QStringLiteral("op1");
        op.weightG = i;
        if (!db::OperationRepository(*c).append(op))
            return;
    }
    const double appendUs = t.nsecsElapsed() / 1000.0 / n;
    QSqlQuery(c->db()).exec(QStringLiteral("ROLLBACK"));
    std::printf(
        "journal: chaining (next link + SHA-256) %.1f us/row; whole append incl. insert %.1f us/row\n",
        chainUs, appendUs);
}

void benchDrain(const QString& dir, int events)
{
    const QString client = dir + QStringLiteral("/drain.db");
    if (!synctest::prepareClient(client).ok())
        return;
    QElapsedTimer t;
    t.start();
    if (!synctest::queueBacklog(client, events).ok())
        return;
    std::printf("drain: queued %d events in %.1f s\n", events, t.elapsed() / 1000.0);
    synctest::TrackingServer server;
    if (!server.start(dir + QStringLiteral("/server.db")))
        return;
    services::sync::SyncConfig cfg;
    cfg.endpoint = server.endpoint();
    cfg.token = synctest::kToken;
    services::sync::SyncThread sync(cfg, client, services::sync::OutboxDrainer::Once);
    int code = -1;
    QObject::connect(sync.drainer(), &services::sync::OutboxDrainer::finished, qApp,
                     [&](int c, const QString&) {
                         code = c;
                         QCoreApplication::quit();
                     });
    t.restart();
    sync.start();
    QCoreApplication::exec();
    const double s = t.elapsed() / 1000.0;
    std::printf("drain: %d events to the local reference server in %.2f s (%.0f events/s), exit %d\n", events,
                s, events / s, code);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    benchJournal(dir.filePath(QStringLiteral("journal.db")));
    benchDrain(dir.path(), events);
    return 0;
}
