// Migrations: a fresh database, an upgrade from schema 1 with its data kept and a backup taken,
// and refusal of newer or foreign files with the file left byte-for-byte untouched.
#include "db/Connection.h"
#include "db/Migrations.h"
#include "db/SqlScript.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::db;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A plain SQLite file written without PostCounter's code paths.
void makeSqliteFile(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void scriptSplitterKeepsTriggersAndQuotes()
    {
        const QStringList parts = splitSqlScript(
            QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'y'; SELECT 1; "
                           "END;\nINSERT INTO a VALUES ('z')"));
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts[0].contains(QStringLiteral("'a;b'")));
        QVERIFY(parts[1].startsWith(QStringLiteral("CREATE TRIGGER")) &&
                parts[1].endsWith(QStringLiteral("END")));
    }

    void builtinMigrationsAreOrdered()
    {
        const auto all = builtinMigrations();
        QVERIFY(all.size() >= 2);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].version, i + 1); // no gaps: a gap means a lost file
    }

    void freshDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.db"));
        auto c = openSqlite({path});
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->schemaVersion(), latestSchemaVersion());
        QVERIFY(c->backupPath().isEmpty());
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(kApplicationId));
        for (const char* t : {"office", "counter", "identifier_range", "issued_identifier", "item",
                              "operation", "outbox", "operator", "schema_version"})
            QVERIFY2(c->db().tables().contains(QLatin1StringView(t)), t);
        QVERIFY(!(QFile::permissions(path) & QFileDevice::ReadOther));
    }

    void reopenIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("again.db"));
        {
            QVERIFY(openSqlite({path}).ok());
        }
        auto c = openSqlite({path});
        QVERIFY(c.ok());
        QVERIFY(c->backupPath().isEmpty());
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), latestSchemaVersion());
    }

    void upgradeFromFirstVersionKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            auto c = openSqlite({path, /*migrate*/ false});
            QVERIFY(c.ok());
            QVERIFY(applyMigrations(c->db(), Dialect::Sqlite, builtinMigrations().mid(0, 1)).ok());
            QSqlQuery q(c->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO office VALUES ('101000', 'Moscow', 'Moscow', 180)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO counter VALUES ('1', '101000', 'W1')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO item VALUES ('80082240994512', 'rpo14', 4030, 1250, 0, 0, 0, "
                               "'accepted', '101000', '1', '2026-01-01T10:00:00.000Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO operation (item_id, op_type, op_attr, occurred_at, utc_offset_min, "
                "office_postcode, counter_id, operator_id) VALUES ('80082240994512', 1, 1, "
                "'2026-01-01T10:00:00.000Z', 180, '101000', '1', 'op')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO outbox VALUES ('e1', 1, '1', 1, '80082240994512', '{}', "
                                      "'2026-01-01T10:00:00.000Z', NULL)")));
            QCOMPARE(readSchemaVersion(c->db()).value(), 1);
        }
        auto c = openSqlite({path});
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->schemaVersion(), latestSchemaVersion());
        QVERIFY(!c->backupPath().isEmpty());
        QVERIFY(QFile::exists(c->backupPath()));
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT weight_g FROM item WHERE id = '80082240994512'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1250);
        QVERIFY(
            q.exec(QStringLiteral("SELECT attempts, sent_at IS NULL FROM outbox WHERE event_id = 'e1'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the new column has its default on old rows
        QCOMPARE(q.value(1).toInt(), 1);

        // The backup is the version-1 database as it was.
        auto b = openSqlite({c->backupPath(), false, true});
        QVERIFY(b.ok());
        QCOMPARE(b->schemaVersion(), 1);
    }

    void failedMigrationLeavesPreviousSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        auto c = openSqlite({path, false});
        QVERIFY(c.ok());
        QList<Migration> migrations = builtinMigrations().mid(0, 1);
        QVERIFY(applyMigrations(c->db(), Dialect::Sqlite, migrations).ok());
        migrations.push_back(
            {2, QStringLiteral("broken"), QStringLiteral("CREATE TABLE ok1 (x INT);\nTHIS IS NOT SQL;")});
        auto st = applyMigrations(c->db(), Dialect::Sqlite, migrations);
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QStringLiteral("migration 2")));
        QCOMPARE(readSchemaVersion(c->db()).value(), 1);
        QVERIFY(!c->db().tables().contains(QStringLiteral("ok1")));
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            auto c = openSqlite({path});
            QVERIFY(c.ok());
            QSqlQuery q(c->db());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto c = openSqlite({path});
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("db.newer_schema"));
        QVERIFY(c.error().message.contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignFilesUntouched_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("text file") << 0;
        QTest::newRow("other sqlite app") << 1;
        QTest::newRow("other application_id") << 2;
    }
    void refusesForeignFilesUntouched()
    {
        QFETCH(int, variant);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        if (variant == 0) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,amount\nIvanov,100\n");
        } else if (variant == 1) {
            makeSqliteFile(path,
                           {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                            QStringLiteral("INSERT INTO customers (name) VALUES ('x')")});
        } else {
            makeSqliteFile(
                path, {QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("CREATE TABLE t (x)")});
        }
        const QByteArray before = fileHash(path);
        auto c = openSqlite({path});
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("db.foreign_file"));
        QVERIFY(c.error().message.contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
