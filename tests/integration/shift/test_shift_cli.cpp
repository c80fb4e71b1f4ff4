// postcounter-cli operator / shift / report as a separate process: the first administrator, a shift
// opened with a float, cash out, a short count closed with a supervisor, the sealed Z-report as CSV.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestShiftCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    Run cli(QStringList args, const QByteArray& stdinText = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        p.setProcessEnvironment(env);
        args.prepend(m_home.filePath(QStringLiteral("t.db")));
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(PC_BIN_DIR "/postcounter-cli"), args);
        p.write(stdinText);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void dayAtTheCounter()
    {
        Run r = cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                     QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Admin"),
                     QStringLiteral("--role"), QStringLiteral("admin")},
                    "secret\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                 QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"),
                 QStringLiteral("root"), QStringLiteral("--password"), QStringLiteral("p")})
                .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("--id"),
                      QStringLiteral("clerk"), QStringLiteral("--name"), QStringLiteral("Clerk"),
                      QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--password"),
                      QStringLiteral("c1")})
                     .exitCode,
                 0);

        r = cli({QStringLiteral("shift"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("open")].toBool(), false);

        r = cli({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--operator"),
                 QStringLiteral("clerk"), QStringLiteral("--float"), QStringLiteral("3000")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cli({QStringLiteral("shift"), QStringLiteral("open"), QStringLiteral("--operator"),
                      QStringLiteral("clerk"), QStringLiteral("--float"), QStringLiteral("1")})
                     .exitCode,
                 1);
        r = cli({QStringLiteral("shift"), QStringLiteral("cash-out"), QStringLiteral("--amount"),
                 QStringLiteral("1000.25"), QStringLiteral("--reason"),
                 QStringLiteral("to the head of office")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli({QStringLiteral("shift"), QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonObject st = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(st[QStringLiteral("open")].toBool(), true);
        QCOMPARE(st[QStringLiteral("expected_cash_kop")].toInteger(), 300000 - 100025);

        // 1 999,75 expected; 1 990 counted: refused without a supervisor, accepted with one.
        r = cli({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--counted"),
                 QStringLiteral("1990")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("shift.discrepancy_reason"));
        r = cli({QStringLiteral("shift"), QStringLiteral("close"), QStringLiteral("--count"),
                 QStringLiteral("1000x1,500x1,100x4,50x1,10x4"), QStringLiteral("--reason"),
                 QStringLiteral("coin jar miscounted"), QStringLiteral("--supervisor"),
                 QStringLiteral("admin")},
                "secret\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("sealed"));

        const QString csv = m_home.filePath(QStringLiteral("z.csv"));
        r = cli({QStringLiteral("report"), QStringLiteral("shift"), QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("\r\ncash,expected,0,199975,\r\n"));
        QVERIFY(text.contains("\r\ncash,counted,0,199000,\r\n"));
        QVERIFY(text.contains("\r\ncash,discrepancy,0,-975,coin jar miscounted\r\n"));
        QVERIFY(text.contains(
            "\r\napproval,close_discrepancy,1,0,admin approved for clerk: coin jar miscounted\r\n"));
        QCOMPARE(cli({QStringLiteral("shift"), QStringLiteral("cash-in"), QStringLiteral("--amount"),
                      QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("late")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestShiftCli)
#include "test_shift_cli.moc"
