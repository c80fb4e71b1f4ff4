// The item JSON: a hand-written document reads into the expected fields, a full shipment survives
// a round trip, and every kind of bad field is refused with its path.
#include "AcceptanceTestSupport.h"
#include "domain/acceptance/ShipmentJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace pc::acceptance;
using namespace pc::acceptance::test;

class TestShipmentJson : public QObject {
    Q_OBJECT
private slots:
    void readsHandWrittenItem();
    void roundTrip();
    void refusals_data();
    void refusals();
};

void TestShipmentJson::readsHandWrittenItem()
{
    const QByteArray text = R"({
      "barcode": "10100093000011", "object": 4040, "weight_g": 1500, "dims_mm": [300, 200, 150],
      "declared_value_kop": 300000, "cod_kop": 250000, "services": [23, 4],
      "recipient": {"name": "A", "postcode": "190000", "place": "P", "street": "S", "house": "28",
                    "address_type": "po_box", "room": "17"},
      "sender": {"name": "B", "postcode": "101000"},
      "inventory": [{"description": "Book", "quantity": 2, "declared_value_kop": 300000}],
      "declared_weight_g": 1480, "shelf_life_days": 30, "business_list": "L-7"
    })";
    const auto r = shipmentFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    const Shipment& s = *r;
    QCOMPARE(s.object, 4040);
    QCOMPARE(s.weightG, qint64(1500));
    QCOMPARE(s.dimsMm[2], 150);
    QCOMPARE(s.codKop, qint64(250000));
    QCOMPARE(s.services, (QList<int>{23, 4}));
    QCOMPARE(int(s.recipient.type), int(AddressType::PoBox));
    QCOMPARE(s.recipient.room, QStringLiteral("17"));
    QCOMPARE(s.recipient.country, QStringLiteral("RU")); // default
    QCOMPARE(s.inventory.size(), 1);
    QCOMPARE(s.inventory[0].quantity, 2);
    QCOMPARE(s.declaredWeightG, std::optional<std::int64_t>(1480));
    QCOMPARE(s.shelfLifeDays, 30);
    QCOMPARE(s.businessListRef, QStringLiteral("L-7"));
    QVERIFY(!s.customs);
}

void TestShipmentJson::roundTrip()
{
    Shipment s = goodInternationalParcel();
    s.barcode = QStringLiteral("RA644000005RU");
    s.customs->category = CustomsCategory::Other;
    s.customs->explanation = QStringLiteral("Spare parts");
    s.customs->comments = QStringLiteral("c");
    s.customs->licence = QStringLiteral("L1");
    s.customs->certificate = QStringLiteral("C1");
    s.customs->invoice = QStringLiteral("I1");
    s.recipient.type = AddressType::Unit;
    s.recipient.phone = QStringLiteral("+49 170 1234567");
    s.declaredWeightG = 1990;
    s.inventory = {InventoryLine{QStringLiteral("x"), 3, 7}};
    const QJsonObject json = shipmentToJson(s);
    QCOMPARE(json.value(QStringLiteral("customs")).toObject().value(QStringLiteral("category")).toString(),
             QStringLiteral("other"));
    QCOMPARE(
        json.value(QStringLiteral("recipient")).toObject().value(QStringLiteral("address_type")).toString(),
        QStringLiteral("unit"));
    const auto back = shipmentFromJson(json);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->barcode, s.barcode);
    QCOMPARE(back->customs->lines[0].hsCode, QStringLiteral("611710"));
    QCOMPARE(back->customs->lines[0].valueMinor, qint64(5000));
    QCOMPARE(back->customs->invoice, QStringLiteral("I1"));
    QCOMPARE(back->recipient.phone, s.recipient.phone);
    QCOMPARE(shipmentToJson(*back), json);

    const Shipment d = goodDomesticParcel();
    const auto d2 = shipmentFromJson(shipmentToJson(d));
    QVERIFY(d2);
    QCOMPARE(shipmentToJson(*d2), shipmentToJson(d));
    QCOMPARE(d2->inventory[1].declaredValueKop, qint64(200000));
    QVERIFY(!d2->declaredWeightG);
}

void TestShipmentJson::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("no object") << QByteArray(R"({"weight_g": 5})") << QStringLiteral("\"object\"");
    QTest::newRow("typo") << QByteArray(R"({"object": 4030, "weigth_g": 5})")
                          << QStringLiteral("\"weigth_g\"");
    QTest::newRow("fraction") << QByteArray(R"({"object": 4030, "weight_g": 5.5})")
                              << QStringLiteral("\"weight_g\"");
    QTest::newRow("string number") << QByteArray(R"({"object": "4030"})") << QStringLiteral("\"object\"");
    QTest::newRow("address type") << QByteArray(
                                         R"({"object": 4030, "recipient": {"address_type": "castle"}})")
                                  << QStringLiteral("\"recipient.address_type\"");
    QTest::newRow("sender key") << QByteArray(R"({"object": 4030, "sender": {"nmae": "x"}})")
                                << QStringLiteral("\"sender.nmae\"");
    QTest::newRow("category") << QByteArray(R"({"object": 4031, "customs": {"category": "present"}})")
                              << QStringLiteral("\"customs.category\"");
    QTest::newRow("line quantity")
        << QByteArray(R"({"object": 4031, "customs": {"lines": [{}, {"quantity": "two"}]}})")
        << QStringLiteral("\"customs.lines[1].quantity\"");
    QTest::newRow("inventory value")
        << QByteArray(R"({"object": 4030, "inventory": [{"declared_value_kop": true}]})")
        << QStringLiteral("\"inventory[0].declared_value_kop\"");
    QTest::newRow("dims") << QByteArray(R"({"object": 4030, "dims_mm": [1, 2]})")
                          << QStringLiteral("\"dims_mm\"");
    QTest::newRow("service") << QByteArray(R"({"object": 4030, "services": ["fragile"]})")
                             << QStringLiteral("\"services[0]\"");
}

void TestShipmentJson::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    QVERIFY(doc.isObject());
    const auto r = shipmentFromJson(doc.object());
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("shipment.json"));
    QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestShipmentJson)
#include "test_shipment_json.moc"
