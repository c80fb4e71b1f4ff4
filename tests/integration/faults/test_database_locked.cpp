// The database locked by another program: a child process holds an EXCLUSIVE transaction on the
// counter's SQLite file. A sale (through CounterServices) and `postcounter-cli accept` wait for the
// busy timeout once — no retries that would multiply the clerk's wait — and fail with a message that
// says another program holds the database; nothing is written; once the lock goes the same operation
// succeeds.
#include "../CliRunner.h"
#include "FaultBench.h"
#include "LockHolder.h"
#include "db/TransactionRunner.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pc;
using namespace pc::testing;

class TestDatabaseLocked : public QObject {
    Q_OBJECT
private slots:
    void saleWaitsOnceThenTellsTheClerk()
    {
        FaultBench b;
        QCOMPARE(b.setUp(/*busyTimeoutMs=*/1000), QString());
        QVERIFY(b.sellLetter()); // a sale before, so there is something to lose
        const QList<qint64> before = b.footprint();

        LockHolder other;
        QVERIFY(other.lock(b.dbPath()));
        const qint64 retries = db::transactionRetryCount();
        auto refused = b.sellLetter();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("db.locked"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("locked by another program")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("not saved")));
        // The busy timeout is the wait: the transaction runner must not start it over.
        QCOMPARE(db::transactionRetryCount(), retries);
        QCOMPARE(b.footprint(), before);
        qInfo("the clerk reads: %s", qPrintable(refused.error().message));

        QVERIFY(other.release());
        auto sale = b.sellLetter();
        QVERIFY2(sale, sale ? "" : qPrintable(sale.error().message));
        QVERIFY(b.footprint() != before);
        QCOMPARE(b.consistency(), QString());
        QCOMPARE(scalar(*b.conn, QStringLiteral("SELECT COUNT(*) FROM receipt")), 2);
    }

    void handOverWaitsOnceThenTellsTheClerk()
    {
        FaultBench b;
        QCOMPARE(b.setUp(1000), QString());
        const QString id = b.arriveItem(150000);
        QVERIFY(!id.isEmpty());
        const QList<qint64> before = b.footprint();
        LockHolder other;
        QVERIFY(other.lock(b.dbPath()));
        auto refused = b.handOver(id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("db.locked"));
        QCOMPARE(b.footprint(), before);
        QVERIFY(other.release());
        auto done = b.handOver(id);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(b.consistency(), QString());
    }

    void cliAcceptExitsWithTheEnvironmentCode()
    {
        QTemporaryDir home;
        QFile letter(home.filePath(QStringLiteral("letter.json")));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write(R"({"object": 2010, "weight_g": 20,
  "sender": {"name": "Орлов Павел Сергеевич", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26"},
  "recipient": {"name": "Кузнецов Андрей", "postcode": "190000", "place": "Санкт-Петербург", "street": "ул. Большая Морская", "house": "8"}})");
        letter.close();
        const QStringList accept{QStringLiteral("accept"), QStringLiteral("--item"), letter.fileName(),
                                 QStringLiteral("--pay"), QStringLiteral("cash:5000")};
        const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
        const CliRun first = runCli(home.path(), accept, {}, env);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString dbPath = home.filePath(QStringLiteral("data/postcounter/postcounter.db"));
        QVERIFY(QFile::exists(dbPath));

        LockHolder other;
        QVERIFY(other.lock(dbPath));
        QElapsedTimer waited;
        waited.start();
        const CliRun locked = runCli(home.path(), accept, {}, env);
        // Reported, not asserted (no timed assertions): about one busy timeout (5 s), not eight.
        qInfo("postcounter-cli accept gave up after %lld ms", waited.elapsed());
        QCOMPARE(locked.exitCode, 3); // environment error (CliContext.h)
        QVERIFY2(locked.err.contains("locked by another program") && locked.err.contains("[db.locked]"),
                 locked.err.constData());
        QVERIFY(other.release());

        const CliRun after = runCli(home.path(), accept, {}, env);
        QVERIFY2(after.exitCode == 0, after.err.constData());
        // Two sales, no trace of the refused one: receipts 1 and 2.
        auto c = db::openSqlite({dbPath});
        QVERIFY(c);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 2);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT MAX(number) FROM receipt")), 2);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM item")), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocked)
#include "test_database_locked.moc"
