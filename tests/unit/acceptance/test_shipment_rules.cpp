// Shipment rules: each rule damaged once on a shipment that is otherwise good; amounts, limits and
// tolerances worked out by hand in the comments.
#include "AcceptanceTestSupport.h"
#include "domain/acceptance/ShipmentRules.h"

#include <QTest>

using namespace pc::acceptance;
using namespace pc::acceptance::test;

namespace {
const QString nbsp = QStringLiteral("\u00A0");
QString rub(const char* amount)
{
    return QString::fromUtf8(amount).replace(u' ', QChar(0x00A0)) + nbsp + QStringLiteral("₽");
}
} // namespace

class TestShipmentRules : public QObject {
    Q_OBJECT
private slots:
    void goodShipmentsHaveNoIssues();
    void emptyShipmentReportsEverything();
    void customsFormByProductAndValue_data();
    void customsFormByProductAndValue();
    void customsTotals();
    void codRules();
    void declaredValueNeedsItsCategory();
    void inventoryRules();
    void addressRules();
    void phones_data();
    void phones();
    void customsLineRules();
    void declaredValueAboveCustomsValue();
    void weightTolerance_data();
    void weightTolerance();
};

void TestShipmentRules::goodShipmentsHaveNoIssues()
{
    QCOMPARE(codesOf(checkShipment(goodDomesticParcel(), {})), QStringList());
    QCOMPARE(codesOf(checkShipment(goodInternationalParcel(), {})), QStringList());
}

void TestShipmentRules::emptyShipmentReportsEverything()
{
    Shipment s;
    s.object = 4030;
    const auto issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"weight.missing", "address.name_missing", "address.postcode_missing",
                                     "address.street_address_missing", "address.sender_name_missing",
                                     "address.sender_postcode_missing"}));
    QCOMPARE(issues[0].field, QStringLiteral("weight_g"));
    QCOMPARE(issues[2].field, QStringLiteral("recipient.postcode"));
    QCOMPARE(issues[5].field, QStringLiteral("sender.postcode"));
}

void TestShipmentRules::customsFormByProductAndValue_data()
{
    QTest::addColumn<int>("object");
    QTest::addColumn<bool>("withCustoms");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("valueMinor");
    QTest::addColumn<int>("expected");
    const int none = int(CustomsForm::None), cn22 = int(CustomsForm::Cn22), cn23 = int(CustomsForm::Cn23);
    const int docs = int(CustomsCategory::Documents), gift = int(CustomsCategory::Gift);
    // 300 SDR × 115,00 ₽ = 34 500,00 ₽ = 3 450 000 kop.
    QTest::newRow("domestic parcel") << 4030 << true << gift << QStringLiteral("RUB") << qint64(100) << none;
    QTest::newRow("letter, documents") << 2001 << true << docs << QStringLiteral("RUB") << qint64(0) << none;
    QTest::newRow("letter, nothing declared")
        << 2011 << false << gift << QStringLiteral("RUB") << qint64(0) << none;
    QTest::newRow("letter, a gift of 1 000 ₽")
        << 2001 << true << gift << QStringLiteral("RUB") << qint64(100000) << cn22;
    QTest::newRow("parcel, small value")
        << 4031 << true << gift << QStringLiteral("RUB") << qint64(100) << cn23;
    QTest::newRow("EMS international") << 7031 << true << docs << QStringLiteral("RUB") << qint64(0) << cn23;
    QTest::newRow("parcel without declaration")
        << 4031 << false << gift << QStringLiteral("RUB") << qint64(0) << cn23;
    QTest::newRow("small packet at exactly 300 SDR")
        << 5001 << true << gift << QStringLiteral("RUB") << qint64(3450000) << cn22;
    QTest::newRow("small packet 1 kop above")
        << 5001 << true << gift << QStringLiteral("RUB") << qint64(3450001) << cn23;
    // 383,33 USD × 90,00 ₽ = 34 499,70 ₽ ≤ 34 500 ₽; 383,34 USD = 34 500,60 ₽ > 34 500 ₽.
    QTest::newRow("USD just below") << 5011 << true << gift << QStringLiteral("USD") << qint64(38333) << cn22;
    QTest::newRow("USD just above") << 5011 << true << gift << QStringLiteral("USD") << qint64(38334) << cn23;
    QTest::newRow("small packet, documents")
        << 5001 << true << docs << QStringLiteral("RUB") << qint64(0) << cn22;
}

void TestShipmentRules::customsFormByProductAndValue()
{
    QFETCH(int, object);
    QFETCH(bool, withCustoms);
    QFETCH(int, category);
    QFETCH(QString, currency);
    QFETCH(qint64, valueMinor);
    QFETCH(int, expected);
    Shipment s;
    s.object = object;
    if (withCustoms) {
        CustomsDeclaration c;
        c.category = static_cast<CustomsCategory>(category);
        c.currency = currency;
        // Two lines so the total, not a single line, is what counts.
        c.lines = {
            CustomsLine{QStringLiteral("a"), 1, 100, valueMinor / 2, {}, QStringLiteral("RU")},
            CustomsLine{QStringLiteral("b"), 1, 100, valueMinor - valueMinor / 2, {}, QStringLiteral("RU")}};
        s.customs = c;
    }
    QCOMPARE(int(requiredCustomsForm(s, CustomsRules{})), expected);
}

void TestShipmentRules::customsTotals()
{
    CustomsDeclaration c;
    c.currency = QStringLiteral("EUR");
    c.lines = {CustomsLine{QStringLiteral("a"), 1, 250, 1000, {}, {}},
               CustomsLine{QStringLiteral("b"), 3, 120, 2450, {}, {}}};
    QCOMPARE(customsTotalValueMinor(c), qint64(3450));
    QCOMPARE(customsTotalNetWeightG(c), qint64(370));
    // 34,50 EUR × 100,00 ₽ = 3 450,00 ₽ = 345 000 kop = 30 SDR at 115 ₽.
    QCOMPARE(customsTotalValueKop(c, {}), std::optional<std::int64_t>(345000));
    QCOMPARE(customsTotalValueSdr(c, {}), std::optional<double>(30.0));
    c.currency = QStringLiteral("XYZ");
    QVERIFY(!customsTotalValueKop(c, {}));
}

void TestShipmentRules::codRules()
{
    Shipment s = goodDomesticParcel();
    s.codKop = 450000; // > declared 3 000,00 ₽
    auto issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"cod.exceeds_declared_value"}));
    QCOMPARE(issues[0].field, QStringLiteral("cod"));
    QVERIFY2(issues[0].message.contains(rub("4 500,00")) && issues[0].message.contains(rub("3 000,00")),
             qPrintable(issues[0].message));

    s.codKop = 300000; // equal is allowed
    QCOMPARE(codesOf(checkShipment(s, {})), QStringList());

    s = goodDomesticParcel();
    s.object = 4020; // declared value without COD
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"cod.category"}));

    s = goodDomesticParcel();
    s.declaredValueKop = 0;
    s.services = {};
    s.inventory = {};
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"cod.no_declared_value"}));
}

void TestShipmentRules::declaredValueNeedsItsCategory()
{
    Shipment s = goodDomesticParcel();
    s.object = 4030;
    s.codKop = 0;
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"declared_value.category"}));
    s.object = 4020;
    s.declaredValueKop = 0;
    s.services = {};
    s.inventory = {};
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"declared_value.missing"}));
}

void TestShipmentRules::inventoryRules()
{
    Shipment s = goodDomesticParcel();
    s.inventory[1].declaredValueKop = 150000; // 1 000 + 1 500 = 2 500,00 ₽ ≠ 3 000,00 ₽
    auto issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"inventory.sum_mismatch"}));
    QCOMPARE(issues[0].field, QStringLiteral("inventory"));
    QVERIFY2(issues[0].message.contains(rub("2 500,00")) && issues[0].message.contains(rub("3 000,00")),
             qPrintable(issues[0].message));

    s = goodDomesticParcel();
    s.inventory[0].description = QStringLiteral("  ");
    s.inventory[1].quantity = 0;
    issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"inventory.description_missing", "inventory.quantity_invalid"}));
    QCOMPARE(issues[0].field, QStringLiteral("inventory[0].description"));
    QCOMPARE(issues[1].field, QStringLiteral("inventory[1].quantity"));

    s = goodDomesticParcel();
    s.services = {4};
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"inventory.without_service"}));

    s = goodDomesticParcel();
    s.inventory.clear();
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"inventory.empty"}));

    s = goodDomesticParcel();
    s.object = 4030;
    s.codKop = 0;
    s.declaredValueKop = 0;
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"inventory.no_declared_value"}));
}

void TestShipmentRules::addressRules()
{
    Shipment s = goodDomesticParcel();
    s.recipient.postcode = QStringLiteral("19000");
    s.recipient.house.clear();
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"address.postcode_invalid", "address.house_missing"}));

    s = goodDomesticParcel();
    s.recipient.type = AddressType::PosteRestante;
    s.recipient.street.clear();
    s.recipient.house.clear();
    s.recipient.room.clear();
    s.recipient.place.clear();
    QCOMPARE(codesOf(checkShipment(s, {})), QStringList());

    s.recipient.type = AddressType::PoBox;
    auto issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"address.po_box_missing"}));
    QCOMPARE(issues[0].field, QStringLiteral("recipient.room"));

    s = goodInternationalParcel();
    s.recipient.country = QStringLiteral("RU");
    s.recipient.place.clear();
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"address.country_invalid", "address.place_missing"}));
    s.recipient.country = QStringLiteral("XX"); // not an ISO code
    s.recipient.place = QStringLiteral("Berlin");
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"address.country_invalid"}));

    s = goodDomesticParcel();
    s.recipient.country = QStringLiteral("DE");
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"address.country_not_domestic"}));

    s = goodDomesticParcel();
    s.sender.postcode = QStringLiteral("1010OO");
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"address.sender_postcode_invalid"}));
}

void TestShipmentRules::phones_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("+7 and 10") << QStringLiteral("+7 916 123-45-67") << true;
    QTest::newRow("8 and 10") << QStringLiteral("8 (916) 123-45-67") << true;
    QTest::newRow("+7 and 9") << QStringLiteral("+7916123456") << false;
    QTest::newRow("8 and 9") << QStringLiteral("8916123456") << false;
    QTest::newRow("German") << QStringLiteral("+49 170 1234567") << true;
    QTest::newRow("+ and 8 digits") << QStringLiteral("+12345678") << true;
    QTest::newRow("+ and 7 digits") << QStringLiteral("+1234567") << false;
    QTest::newRow("+ and 16 digits") << QStringLiteral("+1234567890123456") << false;
    QTest::newRow("no prefix") << QStringLiteral("9161234567") << false;
    QTest::newRow("letters") << QStringLiteral("+7 916 ABC-45-67") << false;
    QTest::newRow("plus inside") << QStringLiteral("7+9161234567") << false;
}

void TestShipmentRules::phones()
{
    QFETCH(QString, phone);
    QFETCH(bool, plausible);
    QCOMPARE(isPlausiblePhone(phone), plausible);
    Shipment s = goodDomesticParcel();
    s.recipient.phone = phone;
    QCOMPARE(checkShipment(s, {}).isEmpty(), plausible);
}

void TestShipmentRules::customsLineRules()
{
    Shipment s = goodInternationalParcel();
    s.customs->lines.append(
        CustomsLine{QString(), 0, 0, 0, QStringLiteral("12AB"), QStringLiteral("Russia")});
    auto issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues),
             codes({"customs.description_missing", "customs.quantity_invalid", "customs.net_weight_missing",
                    "customs.value_missing", "customs.hs_code_invalid", "customs.origin_invalid"}));
    QCOMPARE(issues[4].field, QStringLiteral("customs.lines[1].hs_code"));

    s = goodInternationalParcel();
    s.customs->lines[0].hsCode.clear();
    issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"customs.hs_code_missing"}));
    QCOMPARE(issues[0].field, QStringLiteral("customs.lines[0].hs_code"));
    s.customs->category = CustomsCategory::Gift; // optional for gifts...
    QCOMPARE(codesOf(checkShipment(s, {})), QStringList());
    s.customs->lines[0].hsCode = QStringLiteral("6117"); // ...but digits when given
    QCOMPARE(codesOf(checkShipment(s, {})), QStringList());
    s.customs->lines[0].hsCode = QStringLiteral("61-17");
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"customs.hs_code_invalid"}));

    s = goodInternationalParcel();
    s.customs->category = CustomsCategory::Other;
    s.customs->currency = QStringLiteral("XYZ");
    s.customs->lines.append(
        CustomsLine{QStringLiteral("Boots"), 1, 1500, 100, QStringLiteral("640399"), QStringLiteral("CN")});
    // Net 600 + 1 500 = 2 100 g > the item's 2 000 g.
    issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"customs.currency_unknown", "customs.explanation_missing",
                                     "customs.net_weight_exceeds"}));

    s = goodInternationalParcel();
    s.customs.reset();
    issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"customs.missing"}));
    QVERIFY(issues[0].message.contains(QStringLiteral("CN 23")));
    s = goodInternationalParcel();
    s.customs->lines.clear();
    QCOMPARE(codesOf(checkShipment(s, {})), codes({"customs.no_lines"}));
}

void TestShipmentRules::declaredValueAboveCustomsValue()
{
    Shipment s = goodInternationalParcel();
    s.object = 4021;
    s.declaredValueKop = 450000; // customs: 50,00 USD × 90 ₽ = 4 500,00 ₽: equal is fine
    QCOMPARE(codesOf(checkShipment(s, {})), QStringList());
    s.declaredValueKop = 450001;
    const auto issues = checkShipment(s, {});
    QCOMPARE(codesOf(issues), codes({"customs.declared_value_exceeds"}));
    QCOMPARE(issues[0].field, QStringLiteral("declared_value"));
    QVERIFY2(issues[0].message.contains(rub("4 500,00")), qPrintable(issues[0].message));
}

void TestShipmentRules::weightTolerance_data()
{
    QTest::addColumn<qint64>("declared");
    QTest::addColumn<qint64>("measured");
    QTest::addColumn<bool>("flagged");
    // 1 000 g: max(20, 5 % = 50) = 50 g either way.
    QTest::newRow("1000 +50") << qint64(1000) << qint64(1050) << false;
    QTest::newRow("1000 +51") << qint64(1000) << qint64(1051) << true;
    QTest::newRow("1000 -50") << qint64(1000) << qint64(950) << false;
    QTest::newRow("1000 -51") << qint64(1000) << qint64(949) << true;
    // 200 g: 5 % is 10 g, so the 20 g floor applies.
    QTest::newRow("200 +20") << qint64(200) << qint64(220) << false;
    QTest::newRow("200 +21") << qint64(200) << qint64(221) << true;
    QTest::newRow("200 -21") << qint64(200) << qint64(179) << true;
    // 9 000 g: 450 g.
    QTest::newRow("9000 +450") << qint64(9000) << qint64(9450) << false;
    QTest::newRow("9000 +451") << qint64(9000) << qint64(9451) << true;
}

void TestShipmentRules::weightTolerance()
{
    QFETCH(qint64, declared);
    QFETCH(qint64, measured);
    QFETCH(bool, flagged);
    Shipment s = goodDomesticParcel();
    QVERIFY(!weightMismatch(s, measured, {})); // nothing declared: nothing to compare
    s.declaredWeightG = declared;
    const auto issue = weightMismatch(s, measured, {});
    QCOMPARE(issue.has_value(), flagged);
    if (issue) {
        QCOMPARE(issue->code, QStringLiteral("weight.mismatch"));
        QVERIFY(issue->message.contains(QString::number(measured)));
        QVERIFY(issue->message.contains(QString::number(declared)));
    }
}

QTEST_GUILESS_MAIN(TestShipmentRules)
#include "test_shipment_rules.moc"
