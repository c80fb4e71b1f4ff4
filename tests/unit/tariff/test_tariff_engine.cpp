// The quote engine against the published figures (issue 3 / DOMAIN.md §2), every refusal, boundary
// weights and properties. Expected amounts are hand-computed from the published rates, not read back
// from the engine. Zones follow the trunk distances in docs/tariffs.md (Moscow–Kazan 820 km → zone 2, …).
#include "TariffTestSupport.h"
#include "domain/tariff/TariffEngine.h"

#include <QTest>

using namespace pc::tariff;
using namespace pc::tariff::test;

class TestTariffEngine : public QObject {
    Q_OBJECT
private slots:
    void parcelPublishedFigures_data();
    void parcelPublishedFigures();
    void vatFollowsTheDate();
    void fragileIsThirtyPercentOfPostage();
    void declaredValueFees();
    void codBrackets_data();
    void codBrackets();
    void codFeePayer();
    void lettersAndPacketsWithVat_data();
    void lettersAndPacketsWithVat();
    void weightLimitBoundary();
    void refusals_data();
    void refusals();
    void severalReasonsAtOnce();
    void deliveryDays();
    void international();
    void priceNeverDecreasesWithWeight();
    void totalsAreSumsOfLinesAndVatIsConsistent();
    void quoteIntoReusesTheResult();
};

void TestTariffEngine::parcelPublishedFigures_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("weight");
    QTest::addColumn<int>("zone");
    QTest::addColumn<qint64>("postageExVat");
    // base 150/204/212/256/287 ₽, each further started 500 g 18/21/29/43/48 ₽
    QTest::newRow("z1 500g") << "101000" << 500 << 1 << qint64(15000);
    QTest::newRow("z1 501g") << "101000" << 501 << 1 << qint64(15000 + 1800);
    QTest::newRow("z1 1000g") << "101000" << 1000 << 1 << qint64(15000 + 1800);
    QTest::newRow("z1 1001g") << "140000" << 1001 << 1 << qint64(15000 + 2 * 1800);
    QTest::newRow("z1 1g") << "101000" << 1 << 1 << qint64(15000);
    QTest::newRow("z2 Kazan 500g") << "420000" << 500 << 2 << qint64(20400);
    QTest::newRow("z2 St Petersburg 1500g") << "190000" << 1500 << 2 << qint64(20400 + 2 * 2100);
    QTest::newRow("z3 Novosibirsk 500g") << "630000" << 500 << 3 << qint64(21200);
    QTest::newRow("z3 Krasnoyarsk 2000g") << "660000" << 2000 << 3 << qint64(21200 + 3 * 2900);
    QTest::newRow("z4 Irkutsk 500g") << "664000" << 500 << 4 << qint64(25600);
    QTest::newRow("z4 Irkutsk 501g") << "664000" << 501 << 4 << qint64(25600 + 4300);
    QTest::newRow("z5 Vladivostok 500g") << "690000" << 500 << 5 << qint64(28700);
    QTest::newRow("z5 Petropavlovsk 10000g") << "683000" << 10000 << 5 << qint64(28700 + 19 * 4800);
    QTest::newRow("z5 Magadan 20000g limit") << "685000" << 20000 << 5 << qint64(28700 + 39 * 4800);
}

void TestTariffEngine::parcelPublishedFigures()
{
    QFETCH(QString, to);
    QFETCH(int, weight);
    QFETCH(int, zone);
    QFETCH(qint64, postageExVat);
    auto rq = request(4030, "101000", "", weight);
    rq.toPostcode = to;
    const auto r = quote(rq, *sampleTariff());
    QVERIFY2(r.ok(), qPrintable(errorCodes(r).join(u',')));
    QCOMPARE(r.quote.zone, zone);
    QCOMPARE(r.quote.lines.size(), 1);
    QCOMPARE(r.quote.lines[0].code, QStringLiteral("postage"));
    QCOMPARE(r.quote.lines[0].exVatKop, postageExVat);
    QCOMPARE(r.quote.tariffVersion, QStringLiteral("sample"));
    QVERIFY(r.quote.sampleTariff);
}

void TestTariffEngine::vatFollowsTheDate()
{
    // 150 ₽ ex-VAT: 20 % → 30 ₽ VAT until 2025-12-31, 22 % → 33 ₽ from 2026-01-01 (data, not code).
    auto r = quote(request(4030, "101000", "101000", 500, QDate(2025, 12, 31)), *sampleTariff());
    QCOMPARE(r.quote.vatKop, 3000);
    QCOMPARE(r.quote.totalKop, 18000);
    QCOMPARE(r.quote.vatRateBp, 2000);
    r = quote(request(4030, "101000", "101000", 500, QDate(2026, 1, 1)), *sampleTariff());
    QCOMPARE(r.quote.vatKop, 3300);
    QCOMPARE(r.quote.totalKop, 18300);
    QCOMPARE(r.quote.vatRateBp, 2200);
}

void TestTariffEngine::fragileIsThirtyPercentOfPostage()
{
    auto rq = request(4030, "101000", "630000", 1200); // zone 3: 212 + 2 × 29 = 270 ₽
    rq.services = {4};
    const auto r = quote(rq, *sampleTariff());
    QVERIFY(r.ok());
    const QuoteLine* fragile = line(r.quote, QStringLiteral("service.4"));
    QVERIFY(fragile);
    QCOMPARE(fragile->exVatKop, 8100); // 30 % of 270 ₽
    QCOMPARE(fragile->vatKop, 1620);
    QCOMPARE(r.quote.totalExVatKop, 27000 + 8100);
}

void TestTariffEngine::declaredValueFees()
{
    auto rq = request(4020, "101000", "101000", 500);
    rq.declaredValueKop = 1'000'000; // 10 000 ₽ at 4 % = 400 ₽
    auto r = quote(rq, *sampleTariff());
    QVERIFY(r.ok());
    QCOMPARE(line(r.quote, QStringLiteral("declared_value"))->exVatKop, 40000);

    rq = request(2020, "101000", "190000", 20);
    rq.declaredValueKop = 100'000; // 1 000 ₽ at 3 kopecks per rouble = 30 ₽
    r = quote(rq, *sampleTariff());
    QVERIFY(r.ok());
    QCOMPARE(line(r.quote, QStringLiteral("declared_value"))->exVatKop, 3000);
    QCOMPARE(line(r.quote, QStringLiteral("postage"))->totalKop, 13900); // 139 ₽ with VAT

    rq.declaredValueKop = 12'345; // 123.45 ₽ × 3 % = 3.7035 ₽ → 3.70 ₽ (half up on kopecks)
    r = quote(rq, *sampleTariff());
    QCOMPARE(line(r.quote, QStringLiteral("declared_value"))->exVatKop, 370);
}

void TestTariffEngine::codBrackets_data()
{
    QTest::addColumn<qint64>("cod");
    QTest::addColumn<qint64>("fee");
    QTest::newRow("100 ₽: 80 + 5 %") << qint64(10000) << qint64(8000 + 500);
    QTest::newRow("1 000 ₽: 80 + 5 %") << qint64(100000) << qint64(8000 + 5000);
    QTest::newRow("1 000.01 ₽: 90 + 4 %") << qint64(100001) << qint64(9000 + 4000);
    QTest::newRow("5 000 ₽: 90 + 4 %") << qint64(500000) << qint64(9000 + 20000);
    QTest::newRow("5 001 ₽: 190 + 2 %") << qint64(500100) << qint64(19000 + 10002);
    QTest::newRow("20 000 ₽: 190 + 2 %") << qint64(2000000) << qint64(19000 + 40000);
    QTest::newRow("20 001 ₽: 290 + 1.5 %") << qint64(2000100) << qint64(29000 + 30002); // 30001.5 → up
    QTest::newRow("500 000 ₽: 290 + 1.5 %") << qint64(50000000) << qint64(29000 + 750000);
}

void TestTariffEngine::codBrackets()
{
    QFETCH(qint64, cod);
    QFETCH(qint64, fee);
    auto rq = request(4040, "101000", "420000", 700);
    rq.declaredValueKop = cod;
    rq.codKop = cod;
    const auto r = quote(rq, *sampleTariff());
    QVERIFY2(r.ok(), qPrintable(errorCodes(r).join(u',')));
    QCOMPARE(r.quote.codFeeKop, fee);
    QCOMPARE(r.quote.codFeePayer, FeePayer::Recipient);
    QVERIFY(!line(r.quote, QStringLiteral("cod_fee"))); // paid at hand-over, not at the counter
}

void TestTariffEngine::codFeePayer()
{
    auto rq = request(4040, "101000", "420000", 700);
    rq.declaredValueKop = rq.codKop = 200000; // 2 000 ₽: 90 + 80 = 170 ₽
    rq.services = {24};
    const auto r = quote(rq, *sampleTariff());
    QVERIFY(r.ok());
    QCOMPARE(r.quote.codFeePayer, FeePayer::Sender);
    const QuoteLine* cod = line(r.quote, QStringLiteral("cod_fee"));
    QVERIFY(cod);
    QCOMPARE(cod->totalKop, 17000);
    QCOMPARE(cod->vatKop, 0); // money transfers are VAT-exempt in the sample data
}

void TestTariffEngine::lettersAndPacketsWithVat_data()
{
    QTest::addColumn<int>("object");
    QTest::addColumn<int>("weight");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("vat");
    // Published prices include VAT: VAT = round(price × 20/120); from 2026 round(price × 22/122).
    QTest::newRow("simple letter") << 2000 << 20 << QDate(2025, 1, 10) << qint64(2900) << qint64(483);
    QTest::newRow("registered letter") << 2010 << 15 << QDate(2025, 1, 10) << qint64(6700) << qint64(1117);
    QTest::newRow("packet 100 g") << 3000 << 100 << QDate(2025, 1, 10) << qint64(4800) << qint64(800);
    QTest::newRow("registered packet") << 3010 << 100 << QDate(2025, 1, 10) << qint64(8600) << qint64(1433);
    QTest::newRow("simple letter 2026") << 2000 << 20 << QDate(2026, 3, 1) << qint64(2900) << qint64(523);
}

void TestTariffEngine::lettersAndPacketsWithVat()
{
    QFETCH(int, object);
    QFETCH(int, weight);
    QFETCH(QDate, date);
    QFETCH(qint64, total);
    QFETCH(qint64, vat);
    const auto r = quote(request(object, "101000", "690000", weight, date), *sampleTariff());
    QVERIFY2(r.ok(), qPrintable(errorCodes(r).join(u',')));
    QCOMPARE(r.quote.totalKop, total);
    QCOMPARE(r.quote.vatKop, vat);
    QCOMPARE(r.quote.totalExVatKop, total - vat);
}

void TestTariffEngine::weightLimitBoundary()
{
    QVERIFY(quote(request(4030, "101000", "101000", 20000), *sampleTariff()).ok());
    const auto r = quote(request(4030, "101000", "101000", 20001), *sampleTariff());
    QCOMPARE(errorCodes(r), QStringList{QStringLiteral("tariff.weight_over_limit")});
    QVERIFY2(r.errors[0].message.contains(QStringLiteral("20000 g")), qPrintable(r.errors[0].message));
    QVERIFY(quote(request(3000, "101000", "101000", 2000), *sampleTariff()).ok());
    QCOMPARE(errorCodes(quote(request(3000, "101000", "101000", 2001), *sampleTariff())),
             QStringList{QStringLiteral("tariff.weight_over_limit")});
}

void TestTariffEngine::refusals_data()
{
    QTest::addColumn<QuoteRequest>("rq");
    QTest::addColumn<QString>("code");
    auto add = [](const char* name, QuoteRequest rq, const char* code) {
        QTest::newRow(name) << rq << QString::fromLatin1(code);
    };
    add("unknown object", request(9990, "101000", "101000", 500), "tariff.object_unknown");
    add("postcode not six digits", request(4030, "10100", "101000", 500), "tariff.postcode_invalid");
    add("postcode letters", request(4030, "101000", "1O1000", 500), "tariff.postcode_invalid");
    add("postcode does not exist", request(4030, "101000", "999999", 500), "tariff.postcode_unknown");
    add("domestic without to", request(4030, "101000", "", 500), "tariff.destination_invalid");
    auto rq = request(5001, "101000", "", 500);
    add("international without country", rq, "tariff.destination_invalid");
    rq.country = QStringLiteral("XX");
    add("country not served", rq, "tariff.country_not_served");
    add("weight zero", request(4030, "101000", "101000", 0), "tariff.weight_invalid");
    add("weight over limit", request(47030, "101000", "101000", 2501), "tariff.weight_over_limit");
    rq = request(4030, "101000", "101000", 500);
    rq.dimsMm = {1600, 100, 100};
    add("longest side over limit", rq, "tariff.size_over_limit");
    rq.dimsMm = {1400, 1000, 601};
    add("sum of sides over limit", rq, "tariff.size_over_limit");
    rq.dimsMm = {100, 0, 100};
    add("zero dimension", rq, "tariff.size_invalid");
    rq = request(4030, "101000", "101000", 500);
    rq.declaredValueKop = 100;
    add("declared value on ordinary parcel", rq, "tariff.declared_value_not_offered");
    add("declared value missing", request(4020, "101000", "101000", 500), "tariff.declared_value_missing");
    rq = request(3020, "101000", "101000", 500);
    rq.declaredValueKop = 1'000'001; // packets: up to 10 000 ₽
    add("declared value over limit", rq, "tariff.declared_value_over_limit");
    rq = request(4020, "101000", "101000", 500);
    rq.declaredValueKop = 1000;
    rq.codKop = 1000;
    add("COD on a product without COD", rq, "tariff.cod_not_offered");
    rq = request(4040, "101000", "101000", 500);
    rq.declaredValueKop = 1000;
    add("COD product without COD amount", rq, "tariff.cod_missing");
    rq.codKop = 1001;
    add("COD over declared value", rq, "tariff.cod_over_declared_value");
    rq.declaredValueKop = 50'000'001;
    rq.codKop = 50'000'001; // 500 000.01 ₽
    add("COD over 500 000 RUB", rq, "tariff.cod_over_limit");
    rq = request(4030, "101000", "101000", 500);
    rq.services = {999};
    add("unknown service", rq, "tariff.service_unknown");
    rq.services = {22};
    add("service not offered", rq, "tariff.service_not_offered");
    rq.services = {4, 4};
    add("service repeated", rq, "tariff.service_repeated");
    rq.services = {1, 2};
    add("notices exclusive", rq, "tariff.service_conflict");
    rq = request(4040, "101000", "101000", 500, QDate(2022, 12, 31));
    rq.declaredValueKop = rq.codKop = 1000;
    add("date before the tariff", rq, "tariff.no_version");
}

void TestTariffEngine::refusals()
{
    QFETCH(QuoteRequest, rq);
    QFETCH(QString, code);
    const auto r = quote(rq, *sampleTariff());
    QCOMPARE(errorCodes(r), QStringList{code});
    QVERIFY(!r.errors[0].message.isEmpty());
    QVERIFY(r.quote.lines.isEmpty());
}

void TestTariffEngine::severalReasonsAtOnce()
{
    auto rq = request(4040, "101000", "999999", 25000);
    rq.services = {22};
    const auto r = quote(rq, *sampleTariff());
    QCOMPARE(
        errorCodes(r),
        (QStringList{QStringLiteral("tariff.postcode_unknown"), QStringLiteral("tariff.weight_over_limit"),
                     QStringLiteral("tariff.declared_value_missing"), QStringLiteral("tariff.cod_missing"),
                     QStringLiteral("tariff.service_requires_declared_value")}));
}

void TestTariffEngine::deliveryDays()
{
    auto r = quote(request(4030, "101000", "101000", 500), *sampleTariff());
    QCOMPARE(r.quote.deliveryDaysMin, 1);
    QCOMPARE(r.quote.deliveryDaysMax, 3);
    r = quote(request(4030, "101000", "677000", 500), *sampleTariff()); // route override Moscow → Yakutsk
    QCOMPARE(r.quote.deliveryDaysMin, 9);
    QCOMPARE(r.quote.deliveryDaysMax, 20);
    r = quote(request(7030, "101000", "690000", 500), *sampleTariff()); // EMS zone 5
    QCOMPARE(r.quote.deliveryDaysMin, 3);
    QCOMPARE(r.quote.deliveryDaysMax, 6);
}

void TestTariffEngine::international()
{
    auto rq = request(5001, "101000", "", 250);
    rq.country = QStringLiteral("DE"); // group 2: 300 ₽ for 100 g + 2 × 60 ₽
    const auto r = quote(rq, *sampleTariff());
    QVERIFY2(r.ok(), qPrintable(errorCodes(r).join(u',')));
    QCOMPARE(r.quote.zone, 2);
    QCOMPARE(r.quote.totalExVatKop, 42000);
    QVERIFY(r.quote.international);
}

void TestTariffEngine::priceNeverDecreasesWithWeight()
{
    const auto t = sampleTariff();
    const char* destinations[] = {"101000", "420000", "630000", "664000", "690000"};
    for (const Product& p : t->products) {
        if (p.international)
            continue;
        for (const char* to : destinations) {
            std::int64_t previous = 0;
            for (int w = 1; w <= p.maxWeightG; w += (w < 1100 ? 1 : 97)) {
                auto rq = request(p.object, "101000", to, w);
                rq.declaredValueKop = p.declaredValue ? 100000 : 0;
                rq.codKop = p.cod ? 100000 : 0;
                const auto r = quote(rq, *t);
                QVERIFY2(r.ok(), qPrintable(errorCodes(r).join(u',')));
                QVERIFY2(r.quote.totalKop >= previous,
                         qPrintable(QStringLiteral("%1 %2 g").arg(p.object).arg(w)));
                previous = r.quote.totalKop;
            }
        }
    }
}

void TestTariffEngine::totalsAreSumsOfLinesAndVatIsConsistent()
{
    const auto t = sampleTariff();
    const QList<QList<int>> serviceSets = {{}, {4}, {2, 4, 20}, {62, 21, 160, 23}, {24, 1, 4}};
    for (int w : {1, 499, 500, 501, 1999, 7777, 20000})
        for (std::int64_t dv : {1, 99, 12345, 100000, 123457, 50'000'000})
            for (const auto& services : serviceSets) {
                auto rq = request(4040, "190000", "683000", w, QDate(2026, 2, 1));
                rq.declaredValueKop = rq.codKop = dv;
                rq.services = services;
                const auto r = quote(rq, *t);
                QVERIFY2(r.ok(), qPrintable(errorCodes(r).join(u',')));
                std::int64_t ex = 0, vat = 0, total = 0;
                for (const QuoteLine& l : r.quote.lines) {
                    QCOMPARE(l.totalKop, l.exVatKop + l.vatKop);
                    // VAT on the line, half up: |vat − ex × rate| ≤ half a kopeck.
                    const std::int64_t twice = 2 * l.vatKop * 10000 - 2 * l.exVatKop * l.vatRateBp;
                    QVERIFY2(twice >= -10000 && twice <= 10000, qPrintable(l.code));
                    ex += l.exVatKop;
                    vat += l.vatKop;
                    total += l.totalKop;
                }
                QCOMPARE(r.quote.totalExVatKop, ex);
                QCOMPARE(r.quote.vatKop, vat);
                QCOMPARE(r.quote.totalKop, total);
            }
}

void TestTariffEngine::quoteIntoReusesTheResult()
{
    QuoteResult r;
    quoteInto(request(4030, "101000", "999999", 500), *sampleTariff(), r);
    QVERIFY(!r.ok());
    quoteInto(request(4030, "101000", "101000", 500), *sampleTariff(), r);
    QVERIFY(r.ok());
    QCOMPARE(r.quote.lines.size(), 1);
    QCOMPARE(r.quote.totalExVatKop, 15000);
}

QTEST_GUILESS_MAIN(TestTariffEngine)
#include "test_tariff_engine.moc"
