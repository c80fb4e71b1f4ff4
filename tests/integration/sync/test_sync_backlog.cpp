// Days of backlog: 100 000 queued events drained to the reference server in order, each once.
#include "SyncTestSupport.h"
#include "services/sync/SyncThread.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services::sync;

class TestSyncBacklog : public QObject {
    Q_OBJECT
private slots:
    void hundredThousandEventsInOrder()
    {
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        const QString serverDb = dir.filePath(QStringLiteral("server.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QElapsedTimer t;
        t.start();
        QVERIFY(synctest::queueBacklog(client, 100000).ok());
        qInfo("queued 100000 events in %lld ms", t.elapsed());
        synctest::TrackingServer server;
        QVERIFY(server.start(serverDb));
        SyncConfig cfg;
        cfg.endpoint = server.endpoint();
        cfg.token = synctest::kToken;
        cfg.backoffBaseMs = 20;
        cfg.backoffCapMs = 500;
        SyncThread sync(cfg, client, OutboxDrainer::Once);
        QSignalSpy finished(sync.drainer(), &OutboxDrainer::finished);
        t.restart();
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000); // a bound, not a performance target
        qInfo("drained 100000 events in %lld ms", t.elapsed());
        QCOMPARE(finished.first().at(0).toInt(), int(OutboxDrainer::Drained));
        sync.stop();
        const QString violation = synctest::exactlyOnceViolation(client, serverDb);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        QCOMPARE(synctest::column(serverDb, QStringLiteral("SELECT COUNT(*) FROM event")).value(0),
                 QStringLiteral("100000"));
    }
};

QTEST_GUILESS_MAIN(TestSyncBacklog)
#include "test_sync_backlog.moc"
