// The parts that make one db layer run on SQLite and PostgreSQL: the configured address, the dialect
// rewrite of migrations, the transaction runner's retry, and a fresh schema on the engine under test
// (PC_TEST_DATABASE; registered twice by CMake).
#include "../../support/TestDatabase.h"
#include "db/Connection.h"
#include "db/DatabaseUrl.h"
#include "db/Migrations.h"
#include "db/TransactionRunner.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pc;
using namespace pc::db;

class TestDialect : public QObject {
    Q_OBJECT
private slots:
    void parsesServerAddresses()
    {
        auto t = parsePostgresUrl(
            QStringLiteral("postgresql://clerk:s%40cret@db.office.local:6432/postcounter?sslmode=verify-full&"
                           "sslrootcert=/etc/postcounter/ca.pem"));
        QVERIFY(t.ok());
        QCOMPARE(t->host, QStringLiteral("db.office.local"));
        QCOMPARE(t->port, 6432);
        QCOMPARE(t->user, QStringLiteral("clerk"));
        QCOMPARE(t->password, QStringLiteral("s@cret"));
        QCOMPARE(t->database, QStringLiteral("postcounter"));
        QCOMPARE(t->options, (QStringList{QStringLiteral("sslmode=verify-full"),
                                          QStringLiteral("sslrootcert=/etc/postcounter/ca.pem")}));
        QVERIFY(!t->display().contains(QStringLiteral("cret")));

        auto socket =
            parsePostgresUrl(QStringLiteral("postgresql://pc@localhost/office?host=/run/postgresql"));
        QVERIFY(socket.ok());
        QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(socket->port, 5432);

        QVERIFY(!parsePostgresUrl(QStringLiteral("postgresql://pc@localhost/")).ok());
        auto typo = parsePostgresUrl(QStringLiteral("postgresql://pc@h/db?sslmod=require"));
        QVERIFY(!typo.ok());
        QVERIFY(typo.error().message.contains(QStringLiteral("sslmod")));
        QVERIFY(!isPostgresUrl(QStringLiteral("/var/lib/postcounter/postcounter.db")));
    }

    void rewritesSqliteSpellingsForPostgres()
    {
        const QString sql = QStringLiteral(
            "CREATE TABLE t (id @ID_PK@, b BLOB, at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n"
            "CREATE TABLE u (id INTEGER PRIMARY KEY AUTOINCREMENT, blobby TEXT)");
        const QString pg = adaptToDialect(sql, Dialect::Postgres);
        QVERIFY(pg.contains(QStringLiteral("id BIGSERIAL PRIMARY KEY, b BYTEA")));
        QVERIFY(pg.contains(QStringLiteral("u (id BIGSERIAL PRIMARY KEY, blobby TEXT)")));
        QVERIFY(pg.contains(QStringLiteral("DEFAULT (to_char(now()")));
        const QString lite = adaptToDialect(sql, Dialect::Sqlite);
        QVERIFY(lite.contains(QStringLiteral("id INTEGER PRIMARY KEY, b BLOB")));
        QVERIFY(lite.contains(QStringLiteral("AUTOINCREMENT")));
    }

    void runnerRetriesConflictsAndNothingElse()
    {
        QTemporaryDir dir;
        auto c = open({pc::testing::testDatabase(dir)});
        QVERIFY(c.ok());
        int calls = 0;
        Status st = runInTransaction(*c, [&]() -> Status {
            if (++calls < 3)
                return Error{QStringLiteral("db.serialization"), QStringLiteral("collided")};
            return {};
        });
        QVERIFY(st.ok());
        QCOMPARE(calls, 3);
        calls = 0;
        st = runInTransaction(*c, [&]() -> Status {
            ++calls;
            return Error{QStringLiteral("storage.not_stored"), QStringLiteral("gone")};
        });
        QCOMPARE(st.error().code, QStringLiteral("storage.not_stored"));
        QCOMPARE(calls, 1); // a refusal is an answer, not a conflict
        calls = 0;
        st = runInTransaction(*c,
                              [&]() -> Status {
                                  ++calls;
                                  return Error{QStringLiteral("db.serialization"), QStringLiteral("always")};
                              },
                              {3, 1});
        QCOMPARE(st.error().code, QStringLiteral("db.serialization"));
        QCOMPARE(calls, 3);
    }

    void freshSchemaOnTheEngineUnderTest()
    {
        QTemporaryDir dir;
        const QString where = pc::testing::testDatabase(dir);
        auto c = open({where});
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->dialect(), pc::testing::usingPostgres() ? Dialect::Postgres : Dialect::Sqlite);
        QCOMPARE(c->schemaVersion(), latestSchemaVersion());
        for (const char* t :
             {"office", "counter", "identifier_range", "issued_identifier", "item", "operation", "outbox",
              "operator", "shift", "receipt", "stored_item", "schema_version"})
            QVERIFY2(c->db().tables().contains(QLatin1StringView(t)), t);
        // Reopening applies nothing twice.
        auto again = open({where});
        QVERIFY(again.ok());
        QSqlQuery q(again->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), latestSchemaVersion());
    }

    void windowsStartingTogetherMigrateOnce()
    {
        if (!pc::testing::usingPostgres())
            QSKIP("one SQLite file belongs to one window");
        const QString url = pc::testing::freshPostgresDatabase();
        QList<QThread*> threads;
        QAtomicInt ok;
        for (int i = 0; i < 4; ++i)
            threads << QThread::create([&] {
                if (open({url}).ok())
                    ok.fetchAndAddRelaxed(1);
            });
        for (auto* t : threads)
            t->start();
        for (auto* t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(ok.loadRelaxed(), 4);
        auto c = open({url});
        QVERIFY(c.ok());
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), latestSchemaVersion());
        QCOMPARE(q.value(1).toInt(), latestSchemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestDialect)
#include "test_dialect.moc"
