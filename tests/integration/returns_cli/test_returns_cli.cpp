// Easy returns headless, on the built-in sample office: the shop registers its codes, a customer's
// return is accepted on the shop's contract (no money from the customer), the code cannot serve a
// second item, and the day's list per shop shows it. Every refusal says why.
#include "../CliRunner.h"

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

QString returnItem(const QString& dir, const QString& name, const QString& code, int grams)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral(R"({"object": 27030, "weight_g": %1, "return_code": "%2",
        "sender": {"name": "Иванова Анна Сергеевна", "postcode": "101000", "place": "Москва",
                   "street": "ул. Мясницкая", "house": "26"}})")
                .arg(grams)
                .arg(code)
                .toUtf8());
    return path;
}
} // namespace

class TestReturnsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    QString home() const { return m_home.path(); }

private slots:
    void initTestCase()
    {
        const Run r =
            cli({QStringLiteral("returns"), QStringLiteral("import"),
                 QStringLiteral(PC_TEST_DATA_DIR "/returns/shop-returns.json"), QStringLiteral("--json")},
                home());
        QCOMPARE(r.exitCode, 1); // three bad lines: reported, the good ones registered
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"imported").toInt(), 3);
        QCOMPARE(o.value(u"rejected").toArray().size(), 3);
        // A second import registers nothing twice.
        const Run again =
            cli({QStringLiteral("returns"), QStringLiteral("import"),
                 QStringLiteral(PC_TEST_DATA_DIR "/returns/shop-returns.json"), QStringLiteral("--json")},
                home());
        const QJsonObject o2 = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(o2.value(u"imported").toInt(), 0);
        QCOMPARE(o2.value(u"already_registered").toArray().size(), 3);
    }

    void acceptedOnTheShopsContract()
    {
        const QString item =
            returnItem(home(), QStringLiteral("ret1.json"), QStringLiteral("RV1000000016"), 1200);
        // The customer cannot pay a shop's return in cash: the contract pays.
        Run r = cli({QStringLiteral("accept"), QStringLiteral("--item"), item, QStringLiteral("--pay"),
                     QStringLiteral("cash")},
                    home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ЛВ-2026/15"), r.err.constData());

        r = cli({QStringLiteral("accept"), QStringLiteral("--item"), item, QStringLiteral("--pay"),
                 QStringLiteral("contract"), QStringLiteral("--json")},
                home());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject sale = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(sale.value(u"method").toString(), QStringLiteral("contract"));
        const QString id = sale.value(u"items").toArray().first().toObject().value(u"id").toString();
        QVERIFY(!id.isEmpty());

        // Used once: a second item with the same code is refused with the first item's number.
        const QString again =
            returnItem(home(), QStringLiteral("ret1b.json"), QStringLiteral("RV1000000016"), 900);
        r = cli({QStringLiteral("accept"), QStringLiteral("--item"), again, QStringLiteral("--pay"),
                 QStringLiteral("contract")},
                home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(id.toUtf8()), r.err.constData());

        // The day's returns per shop.
        r = cli({QStringLiteral("returns"), QStringLiteral("day"), QStringLiteral("--json")}, home());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray shops = QJsonDocument::fromJson(r.out).object().value(u"shops").toArray();
        QCOMPARE(shops.size(), 1);
        QCOMPARE(shops[0].toObject().value(u"contract").toString(), QStringLiteral("ЛВ-2026/15"));
        QCOMPARE(shops[0].toObject().value(u"count").toInt(), 1);
        const QJsonObject listed = shops[0].toObject().value(u"items").toArray().first().toObject();
        QCOMPARE(listed.value(u"item").toString(), id);
        QCOMPARE(listed.value(u"order").toString(), QStringLiteral("KD-50011"));
    }

    void refusalsSayWhy()
    {
        // Over the weight the shop's code covers (1 000 g).
        Run r = cli({QStringLiteral("accept"), QStringLiteral("--item"),
                     returnItem(home(), QStringLiteral("heavy.json"), QStringLiteral("RV1000000024"), 1500),
                     QStringLiteral("--pay"), QStringLiteral("contract")},
                    home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1000"), r.err.constData());
        // Expired on 31.01.2026.
        r = cli({QStringLiteral("returns"), QStringLiteral("show"), QStringLiteral("RV1000000032")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("31.01.2026"), r.err.constData());
        // Never registered, and mistyped.
        r = cli({QStringLiteral("returns"), QStringLiteral("show"), QStringLiteral("RV2000000014")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not registered"), r.err.constData());
        r = cli({QStringLiteral("returns"), QStringLiteral("show"), QStringLiteral("RV2000000015")}, home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("check digit"), r.err.constData());
        // A return and an ordinary parcel are separate sales.
        const QString ordinary = m_home.filePath(QStringLiteral("ordinary.json"));
        QFile f(ordinary);
        f.open(QIODevice::WriteOnly);
        f.write(R"({"object": 27030, "weight_g": 500,
            "sender": {"name": "Иванова Анна", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26"},
            "recipient": {"name": "Кузнецов", "postcode": "190000", "place": "Санкт-Петербург", "street": "Невский", "house": "1"}})");
        f.close();
        r = cli({QStringLiteral("accept"), QStringLiteral("--item"),
                 returnItem(home(), QStringLiteral("ret2.json"), QStringLiteral("RV1000000024"), 800),
                 QStringLiteral("--item"), ordinary, QStringLiteral("--pay"), QStringLiteral("contract")},
                home());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("separately"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestReturnsCli)
#include "test_returns_cli.moc"
