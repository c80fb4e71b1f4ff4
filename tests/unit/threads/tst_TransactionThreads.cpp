// db/TransactionRunner from several threads at once, each with its own connection to one SQLite file,
// as the GUI thread, the print queue worker and the sync thread use it: no update is lost, every
// injected conflict is retried exactly once, and the process-wide retry counter counts them all.
// Runs under ThreadSanitizer in CI (label tsan).
#include "db/Connection.h"
#include "db/TransactionRunner.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <vector>

using namespace pc;
using namespace pc::db;

class TestTransactionThreads : public QObject {
    Q_OBJECT
private slots:
    void concurrentIncrementsLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counter.db"));
        {
            auto c = open({path});
            QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
            QSqlQuery q(c->db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tally (id INTEGER PRIMARY KEY, n BIGINT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tally (id, n) VALUES (1, 0)")));
        }
        constexpr int kThreads = 4;
        constexpr int kIncrements = 40;
        constexpr int kConflictEvery = 10; // each thread's 1st, 11th, 21st… transaction collides once
        const qint64 retriesBefore = transactionRetryCount();
        QAtomicInt failures;
        QAtomicInt bodies;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back(QThread::create([&] {
                auto c = open({path});
                if (!c) {
                    failures.fetchAndAddRelaxed(1);
                    return;
                }
                for (int i = 0; i < kIncrements; ++i) {
                    bool collided = false;
                    Status st = runInTransaction(*c, [&]() -> Status {
                        bodies.fetchAndAddRelaxed(1);
                        QSqlQuery q(c->db());
                        if (!q.exec(QStringLiteral("SELECT n FROM tally WHERE id = 1")) || !q.next())
                            return Error{QStringLiteral("test.read"), q.lastError().text()};
                        const qint64 n = q.value(0).toLongLong();
                        if (i % kConflictEvery == 0 && !collided) {
                            collided = true; // as a compare-and-set that lost would report it
                            return Error{QStringLiteral("db.conflict"), QStringLiteral("injected")};
                        }
                        QSqlQuery u(c->db());
                        u.prepare(QStringLiteral("UPDATE tally SET n = ? WHERE id = 1"));
                        u.addBindValue(n + 1);
                        if (!u.exec())
                            return Error{QStringLiteral("test.write"), u.lastError().text()};
                        return {};
                    });
                    if (!st)
                        failures.fetchAndAddRelaxed(1);
                }
            }));
        for (auto& t : threads)
            t->start();
        for (auto& t : threads)
            QVERIFY(t->wait(120000));
        QCOMPARE(failures.loadRelaxed(), 0);
        const int injected = kThreads * (kIncrements / kConflictEvery);
        QCOMPARE(transactionRetryCount() - retriesBefore, qint64(injected));
        QCOMPARE(bodies.loadRelaxed(), kThreads * kIncrements + injected);

        auto c = open({path});
        QVERIFY(c.ok());
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT n FROM tally WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(kThreads * kIncrements));
    }
};

QTEST_GUILESS_MAIN(TestTransactionThreads)
#include "tst_TransactionThreads.moc"
