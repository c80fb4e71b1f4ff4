// `postcounter-cli setup` as a deployment script runs it: valid values land in the configuration (and
// its identifier ranges in the database on first opening), each invalid value is refused with its own
// error and nothing written; an upgrade migrates with a backup, a newer database is refused untouched.
#include "../CliRunner.h"
#include "db/Connection.h"
#include "db/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using pc::testing::runCli;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList L(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

QStringList base()
{
    return {QStringLiteral("--office"),      QStringLiteral("101000"),    QStringLiteral("--office-name"),
            QStringLiteral("Москва 101000"), QStringLiteral("--counter"), QStringLiteral("3")};
}
} // namespace

class TestSetupCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    QString conf(const QString& name) const { return m_home.filePath(name); }
    pc::testing::CliRun setup(const QString& config, const QStringList& extra)
    {
        return runCli(m_home.path(),
                      QStringList{QStringLiteral("--config"), config, QStringLiteral("setup")} + base() +
                          extra);
    }

private slots:
    void validValuesAreWritten()
    {
        const QString path = conf(QStringLiteral("valid.conf"));
        {
            // An admin's earlier settings in other groups survive the setup.
            QSettings s(path, QSettings::IniFormat);
            s.setValue(QStringLiteral("devices/scale"), QStringLiteral("none"));
        }
        const auto r =
            setup(path, {QStringLiteral("--range"), QStringLiteral("rpo14:10100025:1-99999"),
                         QStringLiteral("--range"), QStringLiteral("s10:ra:10000000-19999999"),
                         QStringLiteral("--tracking-url"), QStringLiteral("https://tracking.example.ru/api"),
                         QStringLiteral("--printer"), QStringLiteral("label=Zebra_GK420"),
                         QStringLiteral("--printer"), QStringLiteral("form=Office_A4:pdf")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(path.toUtf8()));
        QSettings s(path, QSettings::IniFormat);
        QCOMPARE(s.value(QStringLiteral("office/postcode")).toString(), QStringLiteral("101000"));
        QCOMPARE(s.value(QStringLiteral("office/name")).toString(), QStringLiteral("Москва 101000"));
        QCOMPARE(s.value(QStringLiteral("counter/id")).toString(), QStringLiteral("3"));
        QCOMPARE(s.value(QStringLiteral("counter/name")).toString(), QStringLiteral("Окно 3"));
        // Normalised: the service indicator upper-case, the default country written out.
        QCOMPARE(s.value(QStringLiteral("identifiers/ranges")).toStringList(),
                 (QStringList{QStringLiteral("rpo14:10100025:1-99999"),
                              QStringLiteral("s10:RA:RU:10000000-19999999")}));
        QCOMPARE(s.value(QStringLiteral("sync/endpoint")).toString(),
                 QStringLiteral("https://tracking.example.ru/api"));
        QCOMPARE(s.value(QStringLiteral("printing/label")).toString(), QStringLiteral("Zebra_GK420"));
        QCOMPARE(s.value(QStringLiteral("printer.Zebra_GK420/kind")).toString(), QStringLiteral("cups"));
        QCOMPARE(s.value(QStringLiteral("printer.Zebra_GK420/language")).toString(), QStringLiteral("zpl"));
        QCOMPARE(s.value(QStringLiteral("printing/form")).toString(), QStringLiteral("Office_A4"));
        QCOMPARE(s.value(QStringLiteral("printer.Office_A4/language")).toString(), QStringLiteral("pdf"));
        QCOMPARE(s.value(QStringLiteral("devices/scale")).toString(), QStringLiteral("none"));

        // The first opening of the database adds the ranges; the first identifiers are, by hand:
        // S10 RA 10000000: weights 8,6,4,2,3,5,9,7 → 8; 11 − 8 = 3 → RA100000003RU.
        // RPO 1010002500001: odd positions 1+1+0+2+0+0+1 = 5 (×3 = 15), even 0+0+0+5+0+0 = 5; 20 → 0.
        const QString db = m_home.filePath(QStringLiteral("valid.db"));
        const QStringList global{QStringLiteral("--config"), path, QStringLiteral("--db"), db};
        auto s10 =
            runCli(m_home.path(), global + QStringList{QStringLiteral("id"), QStringLiteral("next"),
                                                       QStringLiteral("--kind"), QStringLiteral("s10"),
                                                       QStringLiteral("--service"), QStringLiteral("RA")});
        QVERIFY2(s10.exitCode == 0, s10.err.constData());
        QCOMPARE(s10.out.trimmed(), QByteArray("RA100000003RU"));
        auto rpo = runCli(m_home.path(), global + QStringList{QStringLiteral("id"), QStringLiteral("next")});
        QVERIFY2(rpo.exitCode == 0, rpo.err.constData());
        QCOMPARE(rpo.out.trimmed(), QByteArray("10100025000010"));

        // Setup again with the same values: the ranges are not added twice.
        QCOMPARE(setup(path, {QStringLiteral("--range"), QStringLiteral("rpo14:10100025:1-99999"),
                              QStringLiteral("--range"), QStringLiteral("s10:RA:10000000-19999999")})
                     .exitCode,
                 0);
        auto ranges =
            runCli(m_home.path(), global + QStringList{QStringLiteral("id"), QStringLiteral("ranges")});
        QVERIFY2(ranges.exitCode == 0, ranges.err.constData());
        QCOMPARE(ranges.out.trimmed().split('\n').size(), 2);
        QVERIFY(ranges.out.contains("10000000..19999999"));
    }

    void invalidValuesAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        auto with = [](QStringList a, int i, const char* v) {
            a[i] = QString::fromUtf8(v);
            return a;
        };
        QTest::newRow("postcode") << with(base(), 1, "10100") << S("setup.bad_postcode") << S("10100");
        QTest::newRow("postcode letters")
            << with(base(), 1, "1O1000") << S("setup.bad_postcode") << S("6 digits");
        QTest::newRow("name") << with(base(), 3, "  ") << S("setup.bad_office_name") << S("empty");
        QTest::newRow("counter 0") << with(base(), 5, "0") << S("setup.bad_counter") << S("1 to 999");
        QTest::newRow("counter word") << with(base(), 5, "two") << S("setup.bad_counter") << S("two");
        QTest::newRow("rpo other office")
            << base() + L({"--range", "rpo14:20200025:1-10"}) << S("setup.bad_range") << S("101000");
        QTest::newRow("rpo short prefix")
            << base() + L({"--range", "rpo14:101000:1-10"}) << S("setup.bad_range") << S("8 digits");
        QTest::newRow("s10 service") << base() + L({"--range", "s10:R1:1-10"}) << S("setup.bad_range")
                                     << S("R1");
        QTest::newRow("reversed") << base() + L({"--range", "s10:RA:9-1"}) << S("setup.bad_range")
                                  << S("FIRST <= LAST");
        QTest::newRow("shape") << base() + L({"--range", "RA10000000"}) << S("setup.bad_range")
                               << S("rpo14:PREFIX");
        QTest::newRow("overlap") << base() + L({"--range", "s10:RA:1-100", "--range", "s10:RA:50-60"})
                                 << S("setup.bad_range") << S("overlap");
        QTest::newRow("plain http") << base() + L({"--tracking-url", "http://tracking.example.ru/api"})
                                    << S("setup.bad_tracking_url") << S("https");
        QTest::newRow("printer role")
            << base() + L({"--printer", "drawer=X"}) << S("setup.bad_printer") << S("label, receipt or form");
        QTest::newRow("printer name")
            << base() + L({"--printer", "label=My Zebra"}) << S("setup.bad_printer") << S("My Zebra");
        QTest::newRow("printer language")
            << base() + L({"--printer", "label=Z:pcl"}) << S("setup.bad_printer") << S("zpl, tspl");
        QTest::newRow("printer twice") << base() + L({"--printer", "label=A", "--printer", "label=B"})
                                       << S("setup.bad_printer") << S("twice");
    }

    void invalidValuesAreRefusedWithTheirReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const QString path = conf(QStringLiteral("invalid.conf"));
        const auto r = runCli(m_home.path(),
                              QStringList{QStringLiteral("--config"), path, QStringLiteral("setup")} + args);
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u'[' + code + u']'), r.err.constData());
        QVERIFY2(err.contains(mentions), r.err.constData());
        QVERIFY(!QFile::exists(path)); // nothing written
    }

    void missingValuesAreAUsageError()
    {
        const auto r = runCli(m_home.path(), {QStringLiteral("--config"), conf(QStringLiteral("u.conf")),
                                              QStringLiteral("setup"), QStringLiteral("--office"),
                                              QStringLiteral("101000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--office-name"));
    }

    void upgradeMigratesWithABackupBeside()
    {
        const QString path = m_home.filePath(QStringLiteral("old.db"));
        const int latest = pc::db::latestSchemaVersion();
        QVERIFY(latest >= 2);
        {
            auto c = pc::db::openSqlite({path, /*migrate*/ false});
            QVERIFY(c.ok());
            QVERIFY(pc::db::applyMigrations(c->db(), pc::db::Dialect::Sqlite,
                                            pc::db::builtinMigrations().mid(0, latest - 1))
                        .ok());
        }
        const auto r = runCli(
            m_home.path(), {QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList backups =
            QDir(m_home.path()).entryList({QStringLiteral("old.db.v%1-*.bak").arg(latest - 1)}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        auto c = pc::db::openSqlite({path, false, true});
        QVERIFY(c.ok());
        QCOMPARE(c->schemaVersion(), latest);
    }

    void newerDatabaseIsRefusedUntouched()
    {
        const QString path = m_home.filePath(QStringLiteral("newer.db"));
        {
            auto c = pc::db::openSqlite({path});
            QVERIFY(c.ok());
            QSqlQuery q(c->db());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_version VALUES (9999, 'future', '2030-01-01')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        for (const QStringList& cmd : {QStringList{QStringLiteral("db"), QStringLiteral("migrate")},
                                       QStringList{QStringLiteral("id"), QStringLiteral("ranges")}}) {
            const auto r = runCli(m_home.path(), QStringList{QStringLiteral("--db"), path} + cmd);
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("newer PostCounter") && r.err.contains("9999") &&
                         r.err.contains("[db.newer_schema]"),
                     r.err.constData());
        }
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestSetupCli)
#include "test_setup_cli.moc"
