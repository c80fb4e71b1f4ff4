// A client draining the outbox (postcounter-cli sync run) is killed with SIGKILL at random moments,
// many times, while the server now and then stores a batch and loses the answer. After every kill the
// client database is intact (journal verifies); at the end one clean drain delivers the rest and the
// server holds every event exactly once, in seq order.
#include "SyncTestSupport.h"
#include "db/journal/JournalRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;

class TestSyncKill : public QObject {
    Q_OBJECT
private slots:
    void killedAtRandomMoments()
    {
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        const QString serverDb = dir.filePath(QStringLiteral("server.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 10000).ok());
        synctest::TrackingServer server;
        QVERIFY(server.start(serverDb));
        const QStringList common{QStringLiteral("--db"),         client,
                                 QStringLiteral("--config"),     dir.filePath(QStringLiteral("absent.conf")),
                                 QStringLiteral("sync"),         QStringLiteral("run"),
                                 QStringLiteral("--endpoint"),   server.endpoint(),
                                 QStringLiteral("--token"),      synctest::kToken,
                                 QStringLiteral("--batch-size"), QStringLiteral("5")};
        auto* rng = QRandomGenerator::global();
        const int rounds = 30;
        int killedMidDrain = 0;
        for (int round = 0; round < rounds; ++round) {
            if (rng->bounded(3) == 0)
                QVERIFY(server.injectFaults(
                    {rng->bounded(2) ? QStringLiteral("drop-after-store") : QStringLiteral("slow:150")}));
            QProcess cli;
            cli.start(QStringLiteral(PC_CLI), common);
            QVERIFY(cli.waitForStarted());
            QTest::qWait(30 + rng->bounded(250));
            cli.kill(); // SIGKILL
            QVERIFY(cli.waitForFinished(10000));

            auto c = db::openSqlite({client});
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
            auto v = db::JournalRepository(*c).verify();
            QVERIFY(v.ok());
            QVERIFY2(v->ok(), qPrintable(v->firstBreak ? v->firstBreak->message : QString()));
            auto counts = db::OutboxRepository(*c).counts();
            QVERIFY(counts.ok());
            if (counts->pending > 0)
                ++killedMidDrain;
        }
        qInfo("%d of %d kills landed while events were still waiting", killedMidDrain, rounds);
        QVERIFY(killedMidDrain >= rounds / 2);
        QVERIFY(server.control(QStringLiteral("/control/reset"), "{}").has_value());
        QProcess last;
        last.start(QStringLiteral(PC_CLI), common + QStringList{QStringLiteral("--once")});
        QVERIFY(last.waitForFinished(120000));
        QCOMPARE(last.exitCode(), 0);
        const QString violation = synctest::exactlyOnceViolation(client, serverDb);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "test_sync_kill.moc"
