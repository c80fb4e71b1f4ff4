// The tariff file parser: the sample loads and builds its tables; every kind of malformed file is
// refused with the line (counted by hand in the texts below) and the reason.
#include "TariffTestSupport.h"
#include "domain/tariff/QuoteJson.h"
#include "domain/tariff/TariffEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pc::tariff;
using namespace pc::tariff::test;

class TestTariffParser : public QObject {
    Q_OBJECT
private slots:
    void sampleLoads();
    void syntaxErrorGivesLineAndColumn();
    void semanticErrors_data();
    void semanticErrors();
    void requestJson();
    void quoteJsonShape();
};

void TestTariffParser::sampleLoads()
{
    const auto t = sampleTariff();
    QCOMPARE(t->name, QStringLiteral("sample"));
    QVERIFY(t->sample);
    QCOMPARE(t->effectiveFrom, QDate(2023, 1, 1));
    QCOMPARE(t->regions.size(), std::size_t(14));
    QCOMPARE(t->vatRateBpAt(QDate(2025, 12, 31)), 2000);
    QCOMPARE(t->vatRateBpAt(QDate(2026, 1, 1)), 2200);
    QVERIFY(t->regionIndex(101000) >= 0);
    QCOMPARE(t->regionIndex(100999), -1);
    for (int object : {2000,  2010,  2020,  2040,  3000, 3010, 3020, 4030, 4020, 4040, 27030, 27020,
                       27040, 47030, 47020, 47040, 7030, 7020, 7040, 5001, 5011, 4031, 4021,  7031})
        QVERIFY2(t->product(object), qPrintable(QString::number(object)));
}

void TestTariffParser::syntaxErrorGivesLineAndColumn()
{
    const QByteArray text =
        "{\n  \"format\": \"postcounter-tariff/1\",\n  \"name\": \"x\"\n  \"sample\": true\n}\n";
    TariffFileError e;
    const auto r = parseTariff(text, &e);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("tariff.file_invalid"));
    QCOMPARE(e.line, 4); // the missing comma is noticed at "sample"
    QVERIFY2(r.error().message.startsWith(QStringLiteral("line 4")), qPrintable(r.error().message));
}

void TestTariffParser::semanticErrors_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonPart");
    // Each row damages one spot of the sample; the expected line is found independently in the text.
    QTest::newRow("short zone row") << QByteArray("[1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 5, 5, 5, 5],\n    [1, 1")
                                    << QByteArray("[1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 5, 5, 5],\n    [1, 1") << -1
                                    << QStringLiteral("expected a row of 14 zones");
    QTest::newRow("overlapping postcodes")
        << QByteArray("\"from\": \"140000\"") << QByteArray("\"from\": \"129000\"") << -1
        << QStringLiteral("already in an earlier row");
    QTest::newRow("unknown key") << QByteArray("\"first_g\": 500,") << QByteArray("\"firstg\": 500,") << -1
                                 << QStringLiteral("unknown key \"firstg\"");
    QTest::newRow("wrong price count")
        << QByteArray("[15000, 20400, 21200, 25600, 28700]") << QByteArray("[15000, 20400, 21200, 25600]")
        << -1 << QStringLiteral("expected 1 (flat) or 5");
    QTest::newRow("bad vat percent") << QByteArray("\"percent\": 22}") << QByteArray("\"percent\": 22.125}")
                                     << -1 << QStringLiteral("at most two decimals");
    QTest::newRow("unknown service on product") << QByteArray("\"services\": [1, 2, 62, 4, 20, 21, 160]")
                                                << QByteArray("\"services\": [1, 2, 62, 4, 20, 21, 161]")
                                                << -1 << QStringLiteral("service 161 is not in");
}

void TestTariffParser::semanticErrors()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, reasonPart);
    QByteArray text = sampleTariffText();
    const qsizetype at = text.indexOf(from);
    QVERIFY(at >= 0);
    text.replace(at, from.size(), to);
    const int expectedLine = int(text.left(at).count('\n')) + 1;
    TariffFileError e;
    const auto r = parseTariff(text, &e);
    QVERIFY(!r);
    QVERIFY2(e.reason.contains(reasonPart), qPrintable(e.message()));
    QCOMPARE(e.line, expectedLine);
    QVERIFY(r.error().message.startsWith(QStringLiteral("line %1: ").arg(expectedLine)));
}

void TestTariffParser::requestJson()
{
    const QDate today(2026, 5, 5);
    auto parse = [&](const char* json) {
        return quoteRequestFromJson(QJsonDocument::fromJson(json).object(), today);
    };
    auto r = parse(R"({"object":4030,"from":"101000","to":"190000","weight_g":1200,"dims_mm":[300,200,100],)"
                   R"("declared_value_kop":0,"cod_kop":0,"services":[4,2]})");
    QVERIFY(r);
    QCOMPARE(r->object, 4030);
    QCOMPARE(r->date, today);
    QCOMPARE(r->services, (QList<int>{4, 2}));
    QCOMPARE(r->dimsMm[2], 100);
    r = parse(R"({"object":5001,"from":"101000","country":"de","weight_g":100,"date":"2025-02-03"})");
    QVERIFY(r);
    QCOMPARE(r->country, QStringLiteral("DE"));
    QCOMPARE(r->date, QDate(2025, 2, 3));
    for (const char* bad :
         {R"({"from":"101000","to":"101000","weight_g":1})",
          R"({"object":4030,"from":"101000","to":"101000","weight_g":1.5})",
          R"({"object":4030,"from":"101000","to":"101000","weight_g":1,"date":"2025-13-01"})",
          R"({"object":4030,"from":"101000","to":"101000","weight_g":1,"servics":[4]})",
          R"({"object":4030,"from":101000,"to":"101000","weight_g":1})"}) {
        const auto b = parse(bad);
        QVERIFY2(!b, bad);
        QCOMPARE(b.error().code, QStringLiteral("tariff.bad_request"));
    }
}

void TestTariffParser::quoteJsonShape()
{
    auto rq = request(4030, "101000", "101000", 500);
    rq.services = {4};
    const auto r = quote(rq, *sampleTariff());
    const QJsonObject o = quoteToJson(r.quote);
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("tariff_version")).toString(), QStringLiteral("sample"));
    QCOMPARE(o.value(QStringLiteral("zone")).toInt(), 1);
    const QJsonObject first = o.value(QStringLiteral("lines")).toArray().at(0).toObject();
    for (const char* key : {"code", "name", "ex_vat_kop", "vat_kop", "total_kop"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("total_ex_vat_kop")).toInteger(), 15000 + 4500);
    QCOMPARE(o.value(QStringLiteral("vat_kop")).toInteger(), 3000 + 900);
    QCOMPARE(o.value(QStringLiteral("total_kop")).toInteger(), 18000 + 5400);
    QCOMPARE(o.value(QStringLiteral("cod_fee_kop")).toInteger(), 0);
    QCOMPARE(o.value(QStringLiteral("cod_fee_payer")).toString(), QStringLiteral("recipient"));
    QCOMPARE(o.value(QStringLiteral("delivery_days")).toObject().value(QStringLiteral("max")).toInt(), 3);
    const QJsonObject refusal = refusalToJson({pc::Error{QStringLiteral("a.b"), QStringLiteral("m")}});
    QCOMPARE(refusal.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(refusal.value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("a.b"));
}

QTEST_GUILESS_MAIN(TestTariffParser)
#include "test_tariff_parser.moc"
