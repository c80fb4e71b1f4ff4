// postcounter-cli report period as a separate process over journal rows this test writes (Moscow,
// UTC+3): the text, the JSON, the CSV and the A4 PDF at once, and the usage errors. Figures by hand.
#include "ShiftTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pc;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestReportPeriodCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    Run cli(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        p.setProcessEnvironment(env);
        args.prepend(m_home.filePath(QStringLiteral("p.db")));
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(PC_BIN_DIR "/postcounter-cli"), args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        auto c = testing::openScratch(m_home, QStringLiteral("p.db"));
        QVERIFY(c);
        // Local 05.01 09:10 and 18:40 (counters 1 and 2), 06.01 09:55 a COD of 1 500 ₽ collected.
        QVERIFY(testing::addJournalRow(*c, QStringLiteral("1"), QStringLiteral("K1"), op::AcceptanceSingle,
                                       34050, QDateTime(QDate(2026, 1, 5), QTime(6, 10), Qt::UTC), 4020));
        QVERIFY(testing::addJournalRow(*c, QStringLiteral("2"), QStringLiteral("K2"), op::AcceptanceSingle,
                                       9900, QDateTime(QDate(2026, 1, 5), QTime(15, 40), Qt::UTC), 2010));
        QVERIFY(testing::addJournalRow(*c, QStringLiteral("1"), QStringLiteral("K3"), op::CodPaid, 150000,
                                       QDateTime(QDate(2026, 1, 6), QTime(6, 55), Qt::UTC)));
    }

    void allOutputs()
    {
        const QString csv = m_home.filePath(QStringLiteral("p.csv")),
                      pdf = m_home.filePath(QStringLiteral("p.pdf"));
        Run r = cli({QStringLiteral("report"), QStringLiteral("period"), QStringLiteral("--from"),
                     QStringLiteral("2026-01-05"), QStringLiteral("--to"), QStringLiteral("2026-01-06"),
                     QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray out = r.out.mid(r.out.indexOf('{'));
        const QJsonObject j = QJsonDocument::fromJson(out).object();
        const QJsonObject t = j.value(QStringLiteral("totals")).toObject();
        QCOMPARE(t.value(QStringLiteral("operations")).toInt(), 3);
        QCOMPARE(t.value(QStringLiteral("revenue_kop")).toDouble(), 43950.0); // 340,50 + 99
        QCOMPARE(t.value(QStringLiteral("cod_collected_kop")).toDouble(), 150000.0);
        QCOMPARE(t.value(QStringLiteral("cash_kop")).toDouble(), 193950.0);
        const QJsonArray hours = j.value(QStringLiteral("hours")).toArray();
        QCOMPARE(hours.at(9).toObject().value(QStringLiteral("operations")).toInt(), 2); // 09:10, 09:55
        QCOMPARE(hours.at(18).toObject().value(QStringLiteral("operations")).toInt(), 1);
        QFile c(csv), p(pdf);
        QVERIFY(c.open(QIODevice::ReadOnly) && p.open(QIODevice::ReadOnly));
        const QByteArray text = c.readAll();
        QVERIFY(text.contains("day,2026-01-05,2,2,43950,0,43950,0,0\r\n"));
        QVERIFY(text.contains("day,2026-01-06,1,0,0,150000,150000,0,0\r\n"));
        QVERIFY(text.contains("product,4020,1,1,34050,,,,\r\n"));
        QVERIFY(p.read(5) == "%PDF-");
    }

    void usage()
    {
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("period"), QStringLiteral("--from"),
                      QStringLiteral("2026-01-05")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("period"), QStringLiteral("--from"),
                      QStringLiteral("2026-01-06"), QStringLiteral("--to"), QStringLiteral("2026-01-05")})
                     .exitCode,
                 2);
        Run r = cli({QStringLiteral("report"), QStringLiteral("period"), QStringLiteral("--from"),
                     QStringLiteral("2026-01-05"), QStringLiteral("--to"), QStringLiteral("2026-01-05")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("total 2 operations, 2 accepted, revenue 439.50"));
    }
};

QTEST_GUILESS_MAIN(TestReportPeriodCli)
#include "test_report_period_cli.moc"
