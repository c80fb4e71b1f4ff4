// postcounter-cli claim as a clerk's script uses it on the built-in sample office: a parcel accepted
// here is claimed (prefilled, numbered, documents queued), a second claim and a wrong value are
// refused, the claim is answered and closed with compensation, shown with its history; an item not
// accepted here is claimed with its acceptance date typed in, and refused when that date is too old.
#include "../CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = pc::testing::CliRun;

Run cli(const QStringList& args, const QString& home)
{
    return pc::testing::runCli(home, args, {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
}

const char* kParcel =
    R"({"object": 27020, "weight_g": 1500, "declared_value_kop": 300000, "services": [23],
  "sender": {"name": "Орлов Павел Сергеевич", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26"},
  "recipient": {"name": "Смирнова Екатерина", "postcode": "620014", "place": "Екатеринбург", "street": "пр-т Ленина", "house": "45"},
  "inventory": [{"description": "Книга", "quantity": 3, "declared_value_kop": 300000}]})";

// Dates the way the CLI counts them: the office's local date (Moscow, UTC+3).
QDate moscowToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(3 * 3600).date();
}
} // namespace

class TestClaimsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void claimLifecycle()
    {
        const QString home = m_home.path();
        QFile f(m_home.filePath(QStringLiteral("parcel.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kParcel);
        f.close();
        Run r = cli({QStringLiteral("accept"), QStringLiteral("--item"), f.fileName(),
                     QStringLiteral("--pay"), QStringLiteral("cash:10000"), QStringLiteral("--json")},
                    home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString parcel = QJsonDocument::fromJson(r.out)
                                   .object()
                                   .value(QStringLiteral("items"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QCOMPARE(parcel.size(), 14);

        const QDate today = moscowToday();
        r = cli({QStringLiteral("claim"), QStringLiteral("open"), parcel, QStringLiteral("--by"),
                 QStringLiteral("sender"), QStringLiteral("--name"), QStringLiteral("Орлов Павел Сергеевич"),
                 QStringLiteral("--phone"), QStringLiteral("+7 916 555-12-34"), QStringLiteral("--offline"),
                 QStringLiteral("--json")},
                home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QString number = o.value(QStringLiteral("number")).toString();
        QCOMPARE(number, QStringLiteral("101000-%1-000001").arg(today.year()));
        QCOMPARE(o.value(QStringLiteral("deadline")).toString(), today.addDays(30).toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("declared_value_kop")).toInteger(), 300000);
        QCOMPARE(o.value(QStringLiteral("contents")).toString(), QStringLiteral("Книга × 3"));
        QCOMPARE(o.value(QStringLiteral("item_known")).toBool(), true);
        // Accepted a moment ago: taken, with the control-period warning.
        QVERIFY(o.value(QStringLiteral("warning")).toString().contains(QStringLiteral("control period")));
        QVERIFY(o.value(QStringLiteral("form_job")).toInteger() > 0);
        QVERIFY(o.value(QStringLiteral("slip_job")).toInteger() > 0);

        r = cli({QStringLiteral("claim"), QStringLiteral("open"), parcel, QStringLiteral("--by"),
                 QStringLiteral("recipient"), QStringLiteral("--name"), QStringLiteral("Смирнова Екатерина"),
                 QStringLiteral("--offline")},
                home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(number.toUtf8()), r.err.constData());

        r = cli({QStringLiteral("claim"), QStringLiteral("close"), number, QStringLiteral("--outcome"),
                 QStringLiteral("lost"), QStringLiteral("--compensation"), QStringLiteral("3000")},
                home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("answer"), r.err.constData());

        r = cli({QStringLiteral("claim"), QStringLiteral("answer"), number, QStringLiteral("--text"),
                 QStringLiteral("Утрачено при пересылке")},
                home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("claim"), QStringLiteral("close"), number, QStringLiteral("--outcome"),
                 QStringLiteral("lost")},
                home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("compensation"), r.err.constData());
        r = cli({QStringLiteral("claim"), QStringLiteral("close"), number, QStringLiteral("--outcome"),
                 QStringLiteral("lost"), QStringLiteral("--compensation"), QStringLiteral("3000")},
                home);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli({QStringLiteral("claim"), QStringLiteral("show"), number, QStringLiteral("--json")}, home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("lost"));
        QCOMPARE(o.value(QStringLiteral("compensation_kop")).toInteger(), 300000);
        const QJsonArray history = o.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Утрачено при пересылке"));

        // The claim form renders from its print job: the queued data are complete.
        r = cli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--json")}, home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.trimmed().isEmpty()); // closed: not open any more
    }

    void itemNotAcceptedHere()
    {
        const QString home = m_home.path();
        const QDate today = moscowToday();
        // The window: six months from the day after acceptance; the last day is addMonths(6).
        QDate tooOld = today.addMonths(-6).addDays(-1);
        while (tooOld.addMonths(6) >= today) // month ends: step back until the window has closed
            tooOld = tooOld.addDays(-1);
        const QStringList base{
            QStringLiteral("claim"),       QStringLiteral("open"),      QStringLiteral("CP123456785RU"),
            QStringLiteral("--by"),        QStringLiteral("sender"),    QStringLiteral("--name"),
            QStringLiteral("Орлов Павел"), QStringLiteral("--offline"), QStringLiteral("--json")};
        Run r = cli(base, home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("acceptance date"), r.err.constData());
        r = cli(base + QStringList{QStringLiteral("--accepted"), tooOld.toString(Qt::ISODate)}, home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be accepted"), r.err.constData());
        r = cli(base + QStringList{QStringLiteral("--accepted"), today.addDays(-40).toString(Qt::ISODate),
                                   QStringLiteral("--value"), QStringLiteral("2500"),
                                   QStringLiteral("--contents"), QStringLiteral("Часы")},
                home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("item_known")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("international")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("deadline")).toString(), today.addDays(60).toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("declared_value_kop")).toInteger(), 250000);
        QVERIFY(!o.contains(QStringLiteral("warning"))); // 40 days > the 30-day international control period

        r = cli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--open"),
                 QStringLiteral("--json")},
                home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("CP123456785RU"));
        r = cli({QStringLiteral("claim"), QStringLiteral("list"), QStringLiteral("--overdue")}, home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.trimmed().isEmpty());

        r = cli({QStringLiteral("claim"), QStringLiteral("show"), QStringLiteral("101000-2000-000001")},
                home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no claim"));
        r = cli({QStringLiteral("claim"), QStringLiteral("open"), QStringLiteral("CP123456785RU"),
                 QStringLiteral("--by"), QStringLiteral("courier"), QStringLiteral("--name"),
                 QStringLiteral("X")},
                home);
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestClaimsCli)
#include "test_claims_cli.moc"
