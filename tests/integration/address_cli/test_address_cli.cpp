// "postcounter-cli postcodes" run as a separate process on a fresh database (issue 7): lookup of the
// sample directory, refusals with exit 1, import report with the file's line numbers, prefix search.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

class TestAddressCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    Run cli(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        args.prepend(m_home.filePath(QStringLiteral("t.db")));
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(PC_BIN_DIR "/postcounter-cli"), args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void lookupInTheSampleDirectory()
    {
        const Run r = cli({QStringLiteral("postcodes"), QStringLiteral("lookup"), QStringLiteral("630099")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("office: Новосибирск 630099")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("region: Новосибирская область")));
        QVERIFY(r.out.contains(QStringLiteral("settlement: Новосибирск")));
        QVERIFY(r.out.contains(QStringLiteral("sample")));
    }

    void unknownAndMalformedRefused()
    {
        const Run unknown =
            cli({QStringLiteral("postcodes"), QStringLiteral("lookup"), QStringLiteral("999999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("Postcode 999999 is not in the directory")),
                 qPrintable(unknown.err));
        QCOMPARE(
            cli({QStringLiteral("postcodes"), QStringLiteral("lookup"), QStringLiteral("1234")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("postcodes"), QStringLiteral("lookup")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("postcodes"), QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void searchByPrefix()
    {
        const Run r = cli({QStringLiteral("postcodes"), QStringLiteral("search"), QStringLiteral("62001"),
                           QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList rows = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!rows.isEmpty() && rows.size() <= 5);
        for (const QString& row : rows)
            QVERIFY2(row.startsWith(QStringLiteral("62001")), qPrintable(row));
        QVERIFY(r.out.contains(QStringLiteral("620014\tЕкатеринбург 620014")));
        QCOMPARE(cli({QStringLiteral("postcodes"), QStringLiteral("search"), QStringLiteral("000")}).exitCode,
                 1);
    }

    // Runs after the sample tests (Qt Test keeps declaration order): the import replaces the sample.
    void importReportsLinesThenLookupUsesIt()
    {
        const Run r = cli({QStringLiteral("postcodes"), QStringLiteral("import"),
                           QStringLiteral(PC_TEST_DATA_DIR "/address/directory_with_errors.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("4 postcode(s) imported")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("line 4: postcode '12345' must have 6 digits")));
        for (const char* line : {"line 7: ", "line 8: ", "line 10: ", "line 12: "})
            QVERIFY2(r.out.contains(QLatin1String(line)), line);
        QVERIFY(!r.out.contains(QStringLiteral("line 3: ")));

        const Run closed =
            cli({QStringLiteral("postcodes"), QStringLiteral("lookup"), QStringLiteral("420140")});
        QCOMPARE(closed.exitCode, 1);
        QVERIFY(closed.err.contains(QStringLiteral("closed office")));
        const Run ok = cli({QStringLiteral("postcodes"), QStringLiteral("lookup"), QStringLiteral("190000")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("office: Санкт-Петербург 190000; Почтамт")));
        QVERIFY(!ok.out.contains(QStringLiteral("sample")));
    }

    void importOfNothingIsRefused()
    {
        QFile bad(m_home.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("postcode;office_name;region;settlement\n1234;X;Y;Z\n");
        bad.close();
        const Run r = cli({QStringLiteral("postcodes"), QStringLiteral("import"), bad.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("line 2: postcode '1234' must have 6 digits")));
        const Run noHeader = cli({QStringLiteral("postcodes"), QStringLiteral("import"),
                                  QStringLiteral(PC_TEST_DATA_DIR "/address/pindx_excerpt.csv.missing")});
        QCOMPARE(noHeader.exitCode, 3);
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestAddressCli)
#include "test_address_cli.moc"
