// `postcounter-cli db copy --from sqlite:FILE --to postgresql://…` moves a single-window office onto
// the server: every table with the same number of rows, the journal chain verifying there, new ids
// continuing after the copied ones, and a second copy into the now non-empty database refused.
// Needs the PostgreSQL fixture (registered as test_db_copy_pg); without it the test skips.
#include "../../support/TestDatabase.h"
#include "../CliRunner.h"
#include "db/Connection.h"
#include "db/DatabaseCopy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;

namespace {
int sim(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PC_WINDOW_SIM), args);
    p.waitForFinished(120000);
    return p.exitCode();
}

QMap<QString, qint64> tableCounts(const db::Connection& c, const QStringList& tables)
{
    QMap<QString, qint64> m;
    for (const QString& t : tables) {
        QSqlQuery q(c.db());
        m[t] = q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
    }
    return m;
}
} // namespace

class TestDbCopy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!pc::testing::usingPostgres())
            QSKIP("needs the PostgreSQL fixture (PC_TEST_DATABASE)");
    }

    void copiesASingleWindowOfficeOntoTheServer()
    {
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("office.db"));
        QCOMPARE(sim({file, QStringLiteral("-"), QStringLiteral("setup"), QStringLiteral("1")}), 0);
        QCOMPARE(sim({file, QStringLiteral("1"), QStringLiteral("accept"), QStringLiteral("7")}), 0);

        const QString url = pc::testing::freshPostgresDatabase();
        auto run =
            pc::testing::runCli(home.path(), {QStringLiteral("db"), QStringLiteral("copy"),
                                              QStringLiteral("--from"), QStringLiteral("sqlite:") + file,
                                              QStringLiteral("--to"), url, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("journal_rows_verified")).toInt(), 7);
        const QJsonObject tables = report.value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("item")).toInt(), 7);
        QCOMPARE(tables.value(QStringLiteral("operation")).toInt(), 7);
        QCOMPARE(tables.value(QStringLiteral("outbox")).toInt(), 7);
        QCOMPARE(tables.value(QStringLiteral("issued_identifier")).toInt(), 7);
        QCOMPARE(tables.value(QStringLiteral("counter")).toInt(), 1);

        // Independently of the command's own report: every table counted on both sides.
        {
            auto src = db::openSqlite({file});
            auto dst = db::open({url});
            QVERIFY(src.ok() && dst.ok());
            auto names = db::tablesInDependencyOrder(*src);
            QVERIFY(names.ok());
            QCOMPARE(tableCounts(*dst, *names), tableCounts(*src, *names));
        }

        // The journal verifies through the CLI on the server, and the office keeps working there:
        // the next acceptance continues the counter's sequences and the range after serial 7.
        run = pc::testing::runCli(
            home.path(), {QStringLiteral("--db"), url, QStringLiteral("journal"), QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QCOMPARE(sim({url, QStringLiteral("1"), QStringLiteral("accept"), QStringLiteral("1")}), 0);
        auto dst = db::open({url});
        QVERIFY(dst.ok());
        QSqlQuery q(dst->db());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(seq), MAX(id) FROM outbox JOIN operation ON operation.id = "
                                      "outbox.operation_id")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        QCOMPARE(q.value(1).toInt(), 8);
        QVERIFY(q.exec(QStringLiteral("SELECT next_serial FROM identifier_range")) && q.next());
        QCOMPARE(q.value(0).toInt(), 9);

        // Copying again into the same (now non-empty) database is refused, not merged.
        run = pc::testing::runCli(home.path(),
                                  {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                   QStringLiteral("sqlite:") + file, QStringLiteral("--to"), url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("already holds data"));
    }

    void migrateWorksOnTheServer()
    {
        QTemporaryDir home;
        const QString url = pc::testing::freshPostgresDatabase();
        auto run = pc::testing::runCli(
            home.path(), {QStringLiteral("--db"), url, QStringLiteral("db"), QStringLiteral("migrate")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("at schema version"));
        run = pc::testing::runCli(home.path(), {QStringLiteral("--db"), url, QStringLiteral("db"),
                                                QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(),
                 info.value(QStringLiteral("latest_schema_version")).toInt());
        QVERIFY(!info.value(QStringLiteral("path")).toString().contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(TestDbCopy)
#include "test_db_copy.moc"
