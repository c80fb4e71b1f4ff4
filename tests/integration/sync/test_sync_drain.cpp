// The outbox drain against the reference tracking server, with every injected fault. After recovery
// the server holds each event exactly once, in seq order, and the client holds nothing pending.
#include "SyncTestSupport.h"
#include "services/sync/OutboxDrainer.h"
#include "services/sync/SyncThread.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services::sync;

namespace {
SyncConfig testConfig(const QString& endpoint)
{
    SyncConfig c;
    c.endpoint = endpoint;
    c.token = synctest::kToken;
    c.timeoutMs = 700;
    c.batchSize = 10;
    c.backoffBaseMs = 20;
    c.backoffCapMs = 200;
    c.pollIntervalMs = 50;
    return c;
}

qint64 pendingAt(const QString& clientDb)
{
    return synctest::column(clientDb, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND "
                                                     "parked_reason IS NULL"))
        .value(0, QStringLiteral("-1"))
        .toLongLong();
}
} // namespace

class TestSyncDrain : public QObject {
    Q_OBJECT
private slots:
    void faults_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("500s") << QStringList{QStringLiteral("500"), QStringLiteral("500"),
                                             QStringLiteral("500")};
        QTest::newRow("timeout") << QStringList{QStringLiteral("timeout"), QStringLiteral("timeout")};
        QTest::newRow("dropped after store")
            << QStringList{QStringLiteral("drop-after-store"), QStringLiteral("drop-after-store")};
        QTest::newRow("duplicate answers")
            << QStringList{QStringLiteral("duplicate-answer"), QStringLiteral("duplicate-answer")};
        QTest::newRow("slow beyond the timeout") << QStringList{QStringLiteral("slow:1500")};
        QTest::newRow("slow within the timeout")
            << QStringList{QStringLiteral("slow:200"), QStringLiteral("slow:200")};
        QTest::newRow("429") << QStringList{QStringLiteral("429:0")};
        QTest::newRow("everything") << QStringList{
            QStringLiteral("500"),       QStringLiteral("drop-after-store"),
            QStringLiteral("timeout"),   QStringLiteral("duplicate-answer"),
            QStringLiteral("slow:1200"), QStringLiteral("429:0"),
            QStringLiteral("500")};
    }
    void faults()
    {
        QFETCH(QStringList, faults);
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        const QString serverDb = dir.filePath(QStringLiteral("server.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 45).ok());
        synctest::TrackingServer server;
        QVERIFY(server.start(serverDb));
        // The first batch goes through, then the faults hit the following ones mid-drain.
        QVERIFY(server.injectFaults(QStringList{QStringLiteral("none")} + faults));

        SyncThread sync(testConfig(server.endpoint()), client, OutboxDrainer::Continuous);
        QSignalSpy retries(sync.drainer(), &OutboxDrainer::retrying);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(pendingAt(client), 0, 60000);
        sync.stop();
        const QString violation = synctest::exactlyOnceViolation(client, serverDb);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        // Faults that lose or refuse an answer must have made the client retry.
        const bool needsRetry = std::any_of(faults.begin(), faults.end(), [](const QString& f) {
            return f == QStringLiteral("500") || f == QStringLiteral("timeout") ||
                   f.startsWith(QStringLiteral("drop")) || f == QStringLiteral("slow:1500") ||
                   f.startsWith(QStringLiteral("429"));
        });
        if (needsRetry)
            QVERIFY(retries.count() >= 1);
    }

    void retryAfterIsHonoured()
    {
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 3).ok());
        synctest::TrackingServer server;
        QVERIFY(server.start(dir.filePath(QStringLiteral("server.db")),
                             {QStringLiteral("--fault"), QStringLiteral("429:2")}));
        SyncThread sync(testConfig(server.endpoint()), client, OutboxDrainer::Continuous);
        QSignalSpy retries(sync.drainer(), &OutboxDrainer::retrying);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 1, 10000);
        QCOMPARE(retries.first().at(1).toLongLong(), 2000); // the server's 2 s, not the 20 ms back-off
        QTRY_COMPARE_WITH_TIMEOUT(pendingAt(client), 0, 20000);
    }

    void unauthorisedStopsAndAlerts()
    {
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        const QString serverDb = dir.filePath(QStringLiteral("server.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 5).ok());
        synctest::TrackingServer server;
        QVERIFY(server.start(serverDb, {QStringLiteral("--token"), QStringLiteral("another-token")}));
        SyncThread sync(testConfig(server.endpoint()), client, OutboxDrainer::Continuous);
        QSignalSpy alerts(sync.drainer(), &OutboxDrainer::authFailed);
        QSignalSpy finished(sync.drainer(), &OutboxDrainer::finished);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(alerts.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.first().at(0).toInt(), int(OutboxDrainer::AuthRefused));
        QTest::qWait(300); // stopped: no further attempts
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(server.control(QStringLiteral("/control/stats"))->value(QStringLiteral("requests")).toInt(),
                 1);
        QCOMPARE(pendingAt(client), 5);
    }

    void rejectedEventIsParkedAndDoesNotBlock()
    {
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        const QString serverDb = dir.filePath(QStringLiteral("server.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 25).ok());
        {
            // An event the service must refuse: its time lost the offset.
            auto c = db::openSqlite({client});
            QVERIFY(c.ok());
            QSqlQuery q(c->db());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE outbox SET payload = replace(payload, '+03:00', '') WHERE seq = 7")));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        synctest::TrackingServer server;
        QVERIFY(server.start(serverDb));
        SyncThread sync(testConfig(server.endpoint()), client, OutboxDrainer::Continuous);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(pendingAt(client), 0, 30000);
        sync.stop();
        QCOMPARE(synctest::exactlyOnceViolation(client, serverDb, 1), QString());
        const QStringList reason =
            synctest::column(client, QStringLiteral("SELECT parked_reason FROM outbox WHERE seq = 7"));
        QCOMPARE(reason.value(0), QStringLiteral("occurred_at is not RFC 3339 with an offset"));
    }
};

QTEST_GUILESS_MAIN(TestSyncDrain)
#include "test_sync_drain.moc"
