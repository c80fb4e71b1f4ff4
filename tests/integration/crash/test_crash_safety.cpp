// Crash safety: a child process accepts items in a loop and is killed with SIGKILL at random
// moments, many times. After every kill the database opens cleanly, every acceptance the child
// reported as committed is there with its operation and outbox event, nothing is half-written,
// and no identifier was issued twice.
#include "db/Connection.h"
#include "services/AppConfig.h"
#include "services/OfficeSetup.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;

namespace {
qint64 scalar(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void killedAtRandomMoments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        {
            auto c = db::openSqlite({path});
            QVERIFY(c.ok());
            services::AppConfig cfg;
            cfg.officePostcode = QStringLiteral("101000");
            cfg.officeName = QStringLiteral("Moscow");
            cfg.counterId = QStringLiteral("1");
            cfg.counterName = QStringLiteral("W1");
            QVERIFY(services::ensureOfficeAndCounter(*c, cfg).ok());
            QVERIFY(services::seedDemoRanges(*c, cfg.officePostcode).ok());
        }

        QSet<QString> reported;
        QSet<QString> reportedEvents;
        const int rounds = 40;
        auto* rng = QRandomGenerator::global();
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(PC_CRASH_CHILD), {path});
            QVERIFY(child.waitForStarted());
            QVERIFY2(child.waitForReadyRead(10000), "child did not start accepting");
            // Let it commit for a random while, then pull the plug.
            QTest::qWait(5 + rng->bounded(120));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                if (!line.startsWith("COMMITTED "))
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                QCOMPARE(parts.size(), 3);
                const QString id = QString::fromLatin1(parts[1]);
                QVERIFY2(!reported.contains(id),
                         qPrintable(QStringLiteral("identifier issued twice: ") + id));
                reported.insert(id);
                reportedEvents.insert(QString::fromLatin1(parts[2]));
            }
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(!err.contains("accept:"), err.constData());

            auto c = db::openSqlite({path});
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
            QCOMPARE(
                scalar(*c, QStringLiteral(
                               "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
                0);
            // Everything reported is there, with its operation and event.
            QSqlQuery q(c->db());
            for (const QString& id : std::as_const(reported)) {
                q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM item WHERE id = :id), "
                                         "(SELECT COUNT(*) FROM operation WHERE item_id = :id), "
                                         "(SELECT COUNT(*) FROM outbox WHERE item_id = :id), "
                                         "(SELECT COUNT(*) FROM issued_identifier WHERE identifier = :id)"));
                q.bindValue(QStringLiteral(":id"), id);
                QVERIFY(q.exec() && q.next());
                QVERIFY2(q.value(0).toInt() == 1 && q.value(1).toInt() == 1 && q.value(2).toInt() == 1 &&
                             q.value(3).toInt() == 1,
                         qPrintable(QStringLiteral("acceptance of %1 incomplete").arg(id)));
            }
            // Nothing half-written: every item has exactly one operation and one event, every issued
            // identifier belongs to an item.
            QCOMPARE(scalar(*c, QStringLiteral(
                                    "SELECT COUNT(*) FROM item i WHERE (SELECT COUNT(*) FROM operation o "
                                    "WHERE o.item_id = i.id) <> 1 OR (SELECT COUNT(*) FROM outbox e WHERE "
                                    "e.item_id = i.id) <> 1")),
                     0);
            QCOMPARE(
                scalar(*c, QStringLiteral("SELECT COUNT(*) FROM issued_identifier WHERE identifier NOT IN "
                                          "(SELECT id FROM item)")),
                0);
            QCOMPARE(
                scalar(*c, QStringLiteral(
                               "SELECT COUNT(*) FROM operation WHERE item_id NOT IN (SELECT id FROM item)")),
                0);
            // Per-counter event sequence has no holes.
            QCOMPARE(
                scalar(*c, QStringLiteral("SELECT MAX(seq) - COUNT(*) FROM outbox WHERE counter_id = '1'")),
                0);
            QVERIFY(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM item")) >= reported.size());
            for (const QString& e : std::as_const(reportedEvents)) {
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE event_id = ?"));
                q.addBindValue(e);
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
        }
        qInfo("%d acceptances reported across %d kills", int(reported.size()), rounds);
        QVERIFY2(reported.size() > rounds, "the child committed too little for the test to mean anything");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
