// A corrupt configuration file, through the CLI binary as an admin meets it: binary garbage, a file cut
// short, a mistyped section or key, an invalid value, a key set twice. Every one stops the command
// with exit code 3 (environment error, CliContext.h) and a message naming the file, the line and the
// key — never a start on defaults: the office database stays byte-for-byte as it was and no default
// database appears in its place.
#include "../CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pc::testing;

namespace {
QByteArray sha(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}
} // namespace

class TestConfigCorrupt : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QString confPath() const
    {
        return m_home.filePath(QStringLiteral("config/postcounter/postcounter.conf"));
    }
    QString officeDb() const { return m_home.filePath(QStringLiteral("office.db")); }
    QString defaultDb() const { return m_home.filePath(QStringLiteral("data/postcounter/postcounter.db")); }
    // Lines 1-7; the database path is line 7.
    QByteArray goodConfig() const
    {
        return "; PostCounter, counter 1\n"
               "[office]\n"
               "postcode=101000\n"
               "name=Москва 101000\n"
               "[counter]\n"
               "id=1\n"
               "[database]\n"
               "path=" +
               officeDb().toUtf8() + "\n";
    }
    void writeConfig(const QByteArray& bytes)
    {
        QFile f(confPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    CliRun cli(const QStringList& args) const
    {
        return runCli(m_home.path(), args, {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(QFileInfo(confPath()).absolutePath()));
        writeConfig(goodConfig());
        const CliRun made = cli({QStringLiteral("db"), QStringLiteral("migrate")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(QFile::exists(officeDb()));
        QVERIFY(!QFile::exists(defaultDb()));
    }

    void refusedWithFileLineAndKey_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("line"); // "line N" expected in the message
        QTest::addColumn<QString>("key");  // what the message must name
        const QByteArray good = goodConfig();
        QTest::newRow("binary garbage") << QByteArray("\x7f"
                                                      "ELF\x02\x01\x01\x00\x00\x00\xff\xfe",
                                                      12)
                                        << "config.not_text"
                                        << "line 1" << QString();
        QByteArray nul = good;
        nul.insert(nul.indexOf("name="), QByteArray("\0\0\0", 3));
        QTest::newRow("NUL bytes in a line") << nul << "config.not_text"
                                             << "line 4" << QString();
        QTest::newRow("cut inside a section header")
            << good.left(good.indexOf("[database]") + 5) << "config.malformed"
            << "line 7"
            << "[data";
        QTest::newRow("cut inside a key") << good.left(good.indexOf("path=") + 3) << "config.malformed"
                                          << "line 8"
                                          << "pat";
        QByteArray typoSection = good;
        typoSection.replace("[database]", "[databse]");
        QTest::newRow("mistyped section") << typoSection << "config.unknown_section"
                                          << "line 7"
                                          << "databse";
        QByteArray typoKey = good;
        typoKey.replace("path=", "paht=");
        QTest::newRow("mistyped key") << typoKey << "config.unknown_key"
                                      << "line 8"
                                      << "paht";
        QByteArray shortPostcode = good;
        shortPostcode.replace("postcode=101000", "postcode=1010");
        QTest::newRow("invalid postcode") << shortPostcode << "config.invalid"
                                          << "line 3"
                                          << "office/postcode";
        QTest::newRow("yes/no that is neither") << good + "[workstation]\ndemo=no\n"
                                                << "config.invalid"
                                                << "line 10"
                                                << "workstation/demo";
        QTest::newRow("key set twice") << good + "[office]\npostcode=190000\n"
                                       << "config.duplicate_key"
                                       << "line 10"
                                       << "office/postcode";
        QTest::newRow("key outside any section") << "path=/tmp/x.db\n" + good << "config.unknown_key"
                                                 << "line 1"
                                                 << "path";
    }
    void refusedWithFileLineAndKey()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QFETCH(QString, line);
        QFETCH(QString, key);
        const QByteArray before = sha(officeDb());
        writeConfig(content);
        for (const QStringList& args : {QStringList{QStringLiteral("db"), QStringLiteral("info")},
                                        QStringList{QStringLiteral("shift"), QStringLiteral("status")}}) {
            const CliRun r = cli(args);
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(r.exitCode == 3,
                     qPrintable(args.join(u' ') + QStringLiteral(": %1 ").arg(r.exitCode) + err));
            QVERIFY2(err.contains(confPath()) && err.contains(line) && err.contains(key) &&
                         err.contains(u'[' + code + u']'),
                     qPrintable(err));
        }
        QCOMPARE(sha(officeDb()), before);    // the office database was not touched
        QVERIFY(!QFile::exists(defaultDb())); // and no empty one took its place
        writeConfig(goodConfig());
    }

    // Values the device and sync loaders check: also named by file, line and key.
    void invalidDeviceAndSyncValues_data()
    {
        QTest::addColumn<QByteArray>("extra"); // appended after line 8
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("key");
        QTest::newRow("scale baud rate") << QByteArray("[devices]\nscale_baud=12\n")
                                         << QStringList{QStringLiteral("devices"), QStringLiteral("watch"),
                                                        QStringLiteral("--seconds"), QStringLiteral("1")}
                                         << "line 10"
                                         << "devices/scale_baud";
        QTest::newRow("sync batch size")
            << QByteArray("[sync]\nendpoint=http://127.0.0.1:9\ntoken=t\nbatch_size=9999\n")
            << QStringList{QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--once")}
            << "line 12"
            << "sync/batch_size";
    }
    void invalidDeviceAndSyncValues()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QStringList, args);
        QFETCH(QString, where);
        QFETCH(QString, key);
        writeConfig(goodConfig() + extra);
        const CliRun r = cli(args);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + u' ' + err));
        QVERIFY2(err.contains(confPath() + QStringLiteral(", ") + where) && err.contains(key),
                 qPrintable(err));
        writeConfig(goodConfig());
    }

    void theRepairedFileWorksAgain()
    {
        // A byte-order mark (Windows editors), a comment line and an inline comment are fine.
        writeConfig("\xEF\xBB\xBF" + goodConfig() +
                    "; a comment\n[workstation]\ndemo=false   ; not the demo\n");
        const CliRun r = cli({QStringLiteral("db"), QStringLiteral("info")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(QFile::encodeName(officeDb())));
    }
};

QTEST_GUILESS_MAIN(TestConfigCorrupt)
#include "test_config_corrupt.moc"
