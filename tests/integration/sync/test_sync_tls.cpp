// The tracking client over HTTPS against the reference server with a certificate from a CA the test
// makes: with that CA as [sync] ca_file the outbox drains (exactly once) and the item history is
// fetched; without it, or with another CA, the attempt fails with a certificate error that names
// ca_file, and nothing is lost: every event stays in the outbox.
#include "../CliRunner.h"
#include "SyncTestSupport.h"
#include "TestCertificates.h"
#include "services/sync/OutboxDrainer.h"
#include "services/sync/SyncStatus.h"
#include "services/sync/SyncThread.h"
#include "services/tracking/ItemEventsClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services::sync;

namespace {
SyncConfig tlsConfig(const QString& endpoint, const QString& caFile)
{
    SyncConfig c;
    c.endpoint = endpoint;
    c.token = synctest::kToken;
    c.caFile = caFile;
    c.timeoutMs = 5000;
    c.batchSize = 10;
    return c;
}

qint64 pendingAt(const QString& clientDb)
{
    return synctest::column(clientDb, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND "
                                                     "parked_reason IS NULL"))
        .value(0, QStringLiteral("-1"))
        .toLongLong();
}

// One drain attempt (Once mode) on the sync thread: the finished code and message.
std::pair<int, QString> drainOnce(const SyncConfig& config, const QString& clientDb)
{
    SyncThread sync(config, clientDb, OutboxDrainer::Once);
    QSignalSpy finished(sync.drainer(), &OutboxDrainer::finished);
    sync.start();
    if (!finished.wait(30000) && finished.isEmpty())
        return {-1, QStringLiteral("no answer within 30 s")};
    sync.stop();
    return {finished.first().at(0).toInt(), finished.first().at(1).toString()};
}
} // namespace

class TestSyncTls : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    synctest::TestCertificates m_certs, m_otherCa;
    synctest::TrackingServer m_server;
    QString m_serverDb;

private slots:
    void initTestCase()
    {
        m_certs = synctest::makeTestCertificates(m_dir.path(), QStringLiteral("ca"));
        QVERIFY2(m_certs.ok(), qPrintable(m_certs.error));
        m_otherCa = synctest::makeTestCertificates(m_dir.path(), QStringLiteral("other"));
        QVERIFY2(m_otherCa.ok(), qPrintable(m_otherCa.error));
        m_serverDb = m_dir.filePath(QStringLiteral("server.db"));
        QVERIFY(m_server.start(m_serverDb, {QStringLiteral("--tls-cert"), m_certs.serverCert,
                                            QStringLiteral("--tls-key"), m_certs.serverKey}));
        m_server.setCaFile(m_certs.caCert);
        QVERIFY(m_server.endpoint().startsWith(QStringLiteral("https://127.0.0.1:")));
        QVERIFY(m_server.control(QStringLiteral("/control/stats")).has_value()); // it does speak TLS
    }

    void untrustedCertificateFailsAndKeepsEverything_data()
    {
        QTest::addColumn<bool>("withOtherCa");
        QTest::newRow("no ca_file") << false;
        QTest::newRow("another CA") << true;
    }
    void untrustedCertificateFailsAndKeepsEverything()
    {
        QFETCH(bool, withOtherCa);
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 12).ok());
        const SyncConfig config = tlsConfig(m_server.endpoint(), withOtherCa ? m_otherCa.caCert : QString());
        const auto [code, message] = drainOnce(config, client);
        QCOMPARE(code, int(OutboxDrainer::Failed));
        QVERIFY2(message.contains(QStringLiteral("certificate is not trusted")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("ca_file")), qPrintable(message));
        if (withOtherCa)
            QVERIFY2(message.contains(m_otherCa.caCert), qPrintable(message));
        QCOMPARE(pendingAt(client), 12);
        QCOMPARE(m_server.control(QStringLiteral("/control/stats"))->value(QStringLiteral("events")).toInt(),
                 0);
        // The administrator sees why in the sync status.
        auto c = db::openSqlite({client});
        QVERIFY(c.ok());
        auto status = readSyncStatus(*c);
        QVERIFY(status.ok());
        QCOMPARE(status->pending, 12);
        QVERIFY2(status->lastError.contains(QStringLiteral("certificate")), qPrintable(status->lastError));

        services::tracking::ItemEventsClient history(config);
        auto events = history.fetchAndWait(QStringLiteral("T0000000000000"));
        QVERIFY(!events.ok());
        QVERIFY2(events.error().message.contains(QStringLiteral("certificate is not trusted")),
                 qPrintable(events.error().message));
    }

    void trustedCaFromTheConfigurationDrainsExactlyOnce()
    {
        QTemporaryDir dir;
        const QString client = dir.filePath(QStringLiteral("client.db"));
        QVERIFY(synctest::prepareClient(client).ok());
        QVERIFY(synctest::queueBacklog(client, 25).ok());
        // Through the real CLI and the configuration file, as an office is set up.
        const QString conf = dir.filePath(QStringLiteral("counter.conf"));
        {
            QFile f(conf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[sync]\nendpoint=%1\ntoken=%2\nca_file=%3\nbatch_size=10\n")
                        .arg(m_server.endpoint(), synctest::kToken, m_certs.caCert)
                        .toUtf8());
        }
        const auto run = testing::runCli(
            dir.path(), {QStringLiteral("--db"), client, QStringLiteral("--config"), conf,
                         QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(pendingAt(client), 0);
        const QString violation = synctest::exactlyOnceViolation(client, m_serverDb);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));

        // The item history over the same verified channel.
        const auto track =
            testing::runCli(dir.path(), {QStringLiteral("--db"), client, QStringLiteral("--config"), conf,
                                         QStringLiteral("track"), QStringLiteral("T0000000000004"),
                                         QStringLiteral("--json")});
        QVERIFY2(track.exitCode == 0, track.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(track.out).object();
        QCOMPARE(o.value(QStringLiteral("network")).toString(), QStringLiteral("online"));
        const QJsonArray ev = o.value(QStringLiteral("events")).toArray();
        QCOMPARE(ev.size(), 1);
        QVERIFY(ev[0].toObject().value(QStringLiteral("confirmed_by_network")).toBool());
    }

    void aFileWithoutCertificatesIsRefusedUpFront()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.pem"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
        f.close();
        const Status st = tlsConfig(m_server.endpoint(), junk).validate();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("holds no PEM certificate")),
                 qPrintable(st.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "test_sync_tls.moc"
