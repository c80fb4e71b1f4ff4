// Sending by the recipient's phone number headless, on the built-in sample office (101000): the
// parcel is accepted with a name and a mobile number only, priced by the sample tariff's by_phone
// rule, cannot arrive anywhere until the recipient chooses an office, is addressed once (4.1), then
// arrives at the chosen office and is refused at any other. Every refusal says why.
#include "../CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = pc::testing::CliRun;

Run cli(const QString& home, const QStringList& args)
{
    return pc::testing::runCli(home, args, {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
}

QString parcelFile(const QString& dir)
{
    const QString path = dir + QStringLiteral("/parcel.json");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"object": 4030, "weight_g": 1200,
        "sender": {"name": "Иванов Иван Петрович", "postcode": "101000", "place": "Москва",
                   "street": "ул. Мясницкая", "house": "26"}})");
    return path;
}

QString addressedFile(const QString& dir)
{
    const QString path = dir + QStringLiteral("/addressed.json");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"object": 4030, "weight_g": 800,
        "recipient": {"name": "Смирнова Екатерина", "postcode": "620014", "place": "Екатеринбург",
                      "street": "пр-т Ленина", "house": "45"},
        "sender": {"name": "Иванов Иван Петрович", "postcode": "101000", "place": "Москва",
                   "street": "ул. Мясницкая", "house": "26"}})");
    return path;
}

QString err(const Run& r)
{
    return QString::fromUtf8(r.err);
}
} // namespace

class TestPhoneSendCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QString home() const { return m_home.path(); }

    // Accepts the parcel by phone; the item's identifier.
    QString acceptByPhone(qint64* totalKop = nullptr)
    {
        const Run r = cli(home(), {QStringLiteral("accept"), QStringLiteral("--item"), parcelFile(home()),
                                   QStringLiteral("--to-phone"), QStringLiteral("8 (916) 123-45-67"),
                                   QStringLiteral("--to-name"), QStringLiteral("Петрова Анна"),
                                   QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("accept: %s", r.err.constData());
        const QJsonObject item =
            QJsonDocument::fromJson(r.out).object().value(u"items").toArray().first().toObject();
        if (totalKop)
            *totalKop = qint64(item.value(u"total_kop").toDouble());
        return item.value(u"id").toString();
    }

private slots:
    void acceptAddressAndArriveAtTheChosenOffice()
    {
        qint64 total = 0;
        const QString id = acceptByPhone(&total);
        QCOMPARE(id.size(), 14);
        // Sample tariff, from Moscow: priced as to its farthest zone (5): 287 ₽ + 2 × 48 ₽ for 1200 g,
        // plus the 50 ₽ by_phone fee; VAT 22 % from 2026 on both: 383 + 84,26 + 50 + 11 = 528,26 ₽.
        QCOMPARE(total, qint64(52826));

        Run r =
            cli(home(), {QStringLiteral("phone-send"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"recipient").toString(), QStringLiteral("Петрова Анна"));
        QCOMPARE(o.value(u"phone").toString(), QStringLiteral("+7 916 ***-**-67"));
        QCOMPARE(o.value(u"addressed").toBool(), false);
        QVERIFY(!r.out.contains("1234567")); // the full number is never printed

        // Not addressed yet: no office may take it in.
        r = cli(home(), {QStringLiteral("arrive"), id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(err(r).contains(u"has not chosen an office") || r.out.contains("has not chosen an office"),
                 r.out.constData());

        r = cli(home(), {QStringLiteral("phone-send"), QStringLiteral("address"), id,
                         QStringLiteral("--postcode"), QStringLiteral("101000"), QStringLiteral("--address"),
                         QStringLiteral("ул. Мясницкая, д. 1, кв. 5"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"addressed").toBool(), true);
        QCOMPARE(o.value(u"office").toString(), QStringLiteral("101000"));

        // Once only.
        r = cli(home(), {QStringLiteral("phone-send"), QStringLiteral("address"), id,
                         QStringLiteral("--postcode"), QStringLiteral("190000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(err(r).contains(u"already addressed to office 101000"), r.err.constData());

        // The address update is in the item's history as 4.1, with the chosen office.
        r = cli(home(), {QStringLiteral("track"), id, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool addressUpdate = false;
        for (const QJsonValue& e : QJsonDocument::fromJson(r.out).object().value(u"events").toArray())
            addressUpdate = addressUpdate || (e.toObject().value(u"op_type").toInt() == 4 &&
                                              e.toObject().value(u"op_attr").toInt() == 1);
        QVERIFY2(addressUpdate, r.out.constData());

        r = cli(home(), {QStringLiteral("arrive"), id, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    }

    void theDocumentsCarryTheMarkInsteadOfAnAddress()
    {
        const QString docs = home() + QStringLiteral("/docs");
        const Run r = cli(home(), {QStringLiteral("accept"), QStringLiteral("--item"), parcelFile(home()),
                                   QStringLiteral("--to-phone"), QStringLiteral("+79161234567"),
                                   QStringLiteral("--to-name"), QStringLiteral("Петрова Анна"),
                                   QStringLiteral("--documents"), docs, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray documents = QJsonDocument::fromJson(r.out)
                                         .object()
                                         .value(u"items")
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(u"documents")
                                         .toArray();
        QStringList forms;
        for (const QJsonValue& d : documents) {
            forms << d.toObject().value(u"form").toString();
            QVERIFY(QFile::exists(docs + u'/' + d.toObject().value(u"file").toString()));
        }
        QCOMPARE(forms, (QStringList{QStringLiteral("label"), QStringLiteral("f116")}));
    }

    void quotedByTheTariffRule()
    {
        // 2025 (VAT 20 %): zone 5 from Moscow, 287 + 2 × 48 = 383 ₽ + 76,60 ₽; fee 50 ₽ + 10 ₽ =
        // 519,60 ₽.
        const Run r = cli(home(), {QStringLiteral("tariff"), QStringLiteral("quote"),
                                   QStringLiteral(R"({"object": 4030, "from": "101000", "by_phone": true, )"
                                                  R"("weight_g": 1200, "date": "2025-06-01"})")});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        const QJsonObject q = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(q.value(u"zone").toInt(), 5);
        QCOMPARE(q.value(u"total_kop").toInteger(), qint64(51960));
    }

    void refusedAtAnotherOffice()
    {
        const QString id = acceptByPhone();
        QVERIFY(!id.isEmpty());
        Run r = cli(home(), {QStringLiteral("phone-send"), QStringLiteral("address"), id,
                             QStringLiteral("--postcode"), QStringLiteral("190000")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("addressed to office 190000"));
        // This workstation is office 101000.
        r = cli(home(), {QStringLiteral("arrive"), id});
        QCOMPARE(r.exitCode, 1);
        const QString said = err(r) + QString::fromUtf8(r.out);
        QVERIFY2(said.contains(u"addressed by its recipient to office 190000, not to this office (101000)"),
                 qPrintable(said));
    }

    void acceptRefusals_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("reason");
        QTest::newRow("landline") << QStringList{QStringLiteral("--to-phone"),
                                                 QStringLiteral("+7 495 123-45-67"),
                                                 QStringLiteral("--to-name"), QStringLiteral("Анна")}
                                  << "not a mobile number";
        QTest::newRow("garbage") << QStringList{QStringLiteral("--to-phone"), QStringLiteral("call me"),
                                                QStringLiteral("--to-name"), QStringLiteral("Анна")}
                                 << "is not a phone number";
        QTest::newRow("no name") << QStringList{QStringLiteral("--to-phone"), QStringLiteral("+79161234567")}
                                 << "Enter the recipient's name";
        QTest::newRow("no phone") << QStringList{QStringLiteral("--to-name"), QStringLiteral("Анна")}
                                  << "mobile phone number";
    }
    void acceptRefusals()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, reason);
        const Run r =
            cli(home(),
                QStringList{QStringLiteral("accept"), QStringLiteral("--item"), parcelFile(home())} + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(err(r).contains(reason), r.err.constData());
    }

    void addressRefusals()
    {
        // Unknown item.
        Run r = cli(home(),
                    {QStringLiteral("phone-send"), QStringLiteral("show"), QStringLiteral("12345601123457")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(err(r).contains(u"was not accepted here"), r.err.constData());
        r = cli(home(),
                {QStringLiteral("phone-send"), QStringLiteral("address"), QStringLiteral("12345601123457"),
                 QStringLiteral("--postcode"), QStringLiteral("101000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(err(r).contains(u"was not accepted here"), r.err.constData());

        // An item accepted with an address is not addressed by phone.
        r = cli(home(), {QStringLiteral("accept"), QStringLiteral("--item"), addressedFile(home()),
                         QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString addressed = QJsonDocument::fromJson(r.out)
                                      .object()
                                      .value(u"items")
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"id")
                                      .toString();
        r = cli(home(), {QStringLiteral("phone-send"), QStringLiteral("address"), addressed,
                         QStringLiteral("--postcode"), QStringLiteral("101000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(err(r).contains(u"was not sent by the recipient's phone number"), r.err.constData());

        // The office is six digits.
        const QString id = acceptByPhone();
        r = cli(home(), {QStringLiteral("phone-send"), QStringLiteral("address"), id,
                         QStringLiteral("--postcode"), QStringLiteral("19000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(err(r).contains(u"is not a postcode"), r.err.constData());
        // --postcode is required.
        r = cli(home(), {QStringLiteral("phone-send"), QStringLiteral("address"), id});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPhoneSendCli)
#include "test_phone_send_cli.moc"
