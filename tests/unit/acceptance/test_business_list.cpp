// Business lists: the demo list of 20 reads clean; in the bad files each bad line has exactly one
// named problem at the line counted by hand (JSON: one order per line from line 2; CSV: the first
// record's quoted name spans lines 2-3, so the others start at 4..10).
#include "domain/ItemIdentifier.h"
#include "domain/acceptance/BusinessOrder.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace pc::acceptance;

namespace {
QByteArray readData(const char* name)
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/acceptance/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
QString str(const char* s)
{
    return QString::fromUtf8(s);
}
} // namespace

class TestBusinessList : public QObject {
    Q_OBJECT
private slots:
    void demoListIsClean();
    void badJsonLines();
    void badCsvLines();
    void objectWrapperAndCommaCsv();
    void syntaxErrors();
    void mapping();
    void shelfLifeBounds();
};

void TestBusinessList::demoListIsClean()
{
    const QByteArray text = readData("business-list-20.json");
    QVERIFY(!text.isEmpty());
    // Where each order starts, found independently: the lines that are exactly "  {".
    QList<int> starts;
    const QList<QByteArray> rows = text.split('\n');
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows[i] == "  {")
            starts.append(int(i + 1));
    QCOMPARE(starts.size(), 20);
    const auto list = parseBusinessList(text, QStringLiteral("business-list-20.json"));
    QVERIFY2(list, list ? "" : qPrintable(list.error().message));
    QCOMPARE(list->format, QStringLiteral("json"));
    QCOMPARE(list->lines.size(), 20);
    for (int i = 0; i < 20; ++i) {
        const BusinessListLine& l = list->lines[i];
        QVERIFY2(l.importable(), qPrintable(QStringLiteral("line %1: %2")
                                                .arg(l.line)
                                                .arg(l.issues.isEmpty() ? QString() : l.issues[0].message)));
        QCOMPARE(l.line, starts[i]);
        QVERIFY(pc::parseItemId(l.barcode).ok());
        QVERIFY(l.barcode.startsWith(QStringLiteral("10100093")));
        QVERIFY(l.shipment->weightG >= 300 && l.shipment->weightG <= 9000);
        QCOMPARE(l.shipment->declaredWeightG, std::optional<std::int64_t>(l.shipment->weightG));
        QVERIFY(l.shipment->codKop <= l.shipment->declaredValueKop);
    }
    // The first four by hand: POSTAL_PARCEL ORDINARY, 27 WITH_DECLARED_VALUE (the sample tariff prices
    // no "online parcel"), 27 ORDINARY, POSTAL_PARCEL WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY (too big
    // for a 1st-class parcel's 360 mm).
    QCOMPARE(list->lines[0].shipment->object, 4030);
    QCOMPARE(list->lines[1].shipment->object, 27020);
    QCOMPARE(list->lines[2].shipment->object, 27030);
    QCOMPARE(list->lines[3].shipment->object, 4040);
    QCOMPARE(list->lines[0].barcode, QStringLiteral("10100093000011"));
    QCOMPARE(list->lines[0].shipment->recipient.postcode, QStringLiteral("190000"));
    QVERIFY(list->lines[0].shipment->hasService(4)); // fragile
    QVERIFY(list->lines[0].shipment->hasService(1)); // with-simple-notice
    QCOMPARE(list->lines[0].shipment->dimsMm, (std::array<int, 3>{260, 170, 80}));
}

namespace {
struct Expected {
    int line;
    const char* code; // nullptr: a good line
};
void checkBad(const BusinessList& list, const QList<Expected>& expected, int duplicateOf)
{
    QCOMPARE(list.lines.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const BusinessListLine& l = list.lines[i];
        QCOMPARE(l.line, expected[i].line);
        if (!expected[i].code) {
            QVERIFY2(l.importable(), qPrintable(l.issues.isEmpty() ? QString() : l.issues[0].code));
            continue;
        }
        QCOMPARE(l.issues.size(), 1);
        QCOMPARE(l.issues[0].code, QLatin1String(expected[i].code));
        QVERIFY(!l.importable());
        QVERIFY(!l.issues[0].message.isEmpty());
        if (l.issues[0].code == QLatin1String("order.barcode_duplicate"))
            QVERIFY2(l.issues[0].message.contains(QStringLiteral("line %1").arg(duplicateOf)),
                     qPrintable(l.issues[0].message));
        if (l.issues[0].code == QLatin1String("order.mail_type_unknown"))
            QVERIFY(!l.shipment);
        if (l.issues[0].code == QLatin1String("order.barcode_invalid")) // parseItemId's own reason
            QCOMPARE(l.issues[0].message, pc::parseItemId(l.barcode).error().message);
    }
}
} // namespace

void TestBusinessList::badJsonLines()
{
    const auto list = parseBusinessList(readData("business-list-bad.json"), QStringLiteral("x.json"));
    QVERIFY(list);
    checkBad(*list,
             {{2, nullptr},
              {3, "order.barcode_invalid"},
              {4, "address.street_address_missing"},
              {5, "cod.no_declared_value"},
              {6, "order.barcode_duplicate"},
              {7, "order.mail_type_unknown"},
              {8, "order.shelf_life_out_of_range"},
              {9, nullptr}},
             2);
}

void TestBusinessList::badCsvLines()
{
    const QByteArray bytes = readData("business-list-bad.csv");
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto list = parseBusinessList(bytes, QStringLiteral("upload.CSV"));
    QVERIFY2(list, list ? "" : qPrintable(list.error().message));
    QCOMPARE(list->format, QStringLiteral("csv"));
    checkBad(*list,
             {{2, nullptr},
              {4, "order.barcode_invalid"},
              {5, "address.street_address_missing"},
              {6, "cod.no_declared_value"},
              {7, "order.barcode_duplicate"},
              {8, "order.mail_type_unknown"},
              {9, "order.shelf_life_out_of_range"},
              {10, nullptr}},
             2);
    const Shipment& first = *list->lines[0].shipment;
    QCOMPARE(first.recipient.name, str("ООО \"Ромашка\";\nотдел закупок"));
    QCOMPARE(first.weightG, qint64(1200));
    QVERIFY(first.hasService(4));
    QCOMPARE(list->lines[7].shipment->declaredValueKop, qint64(300000));
    QCOMPARE(list->lines[7].shipment->object, 4020);
}

void TestBusinessList::objectWrapperAndCommaCsv()
{
    const QByteArray json =
        "{\n  \"client\": {\"name\": \"x\", \"n\": [1, {\"a\": \"]\"}]},\n  \"orders\": [\n"
        "    {\"barcode\": \"10100093000011\",\n     \"mail-type\": \"EMS\"},\n"
        "    {\"barcode\": \"10100093000028\", \"mail-type\": \"BUSINESS_COURIER\"}\n  ]\n}\n";
    const auto list = parseBusinessList(json, QString());
    QVERIFY(list);
    QCOMPARE(list->lines.size(), 2);
    QCOMPARE(list->lines[0].line, 4);
    QCOMPARE(list->lines[1].line, 6);
    QCOMPARE(list->lines[1].issues[0].code, QStringLiteral("order.mail_type_not_accepted"));

    // Comma-separated, CRLF, dimension as "LxWxH", an international order by mail-direct.
    const QByteArray csv = "barcode,mail-type,mail-category,mass,dimension,mail-direct,index-to,str-index-to,"
                           "place-to,recipient-name,sender-name,index-from,customs-declaration\r\n"
                           "RA644000005RU,POSTAL_PARCEL,ORDINARY,2000,300x200x150,276,,10115,Berlin,Hans,"
                           "Shop,101000,\"{\"\"entries-type\"\":\"\"GIFT\"\",\"\"currency\"\":840,"
                           "\"\"customs-entries\"\":[{\"\"description\"\":\"\"Scarf\"\",\"\"amount\"\":1,"
                           "\"\"value\"\":5000,\"\"weight\"\":600,\"\"country-code\"\":643}]}\"\r\n";
    const auto c = parseBusinessList(csv, QStringLiteral("list"));
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    QCOMPARE(c->format, QStringLiteral("csv"));
    QCOMPARE(c->lines.size(), 1);
    const BusinessListLine& l = c->lines[0];
    QVERIFY2(l.importable(), qPrintable(l.issues.isEmpty() ? QString() : l.issues[0].message));
    QCOMPARE(l.line, 2);
    QCOMPARE(l.shipment->object, 4031);
    QCOMPARE(l.shipment->recipient.country, QStringLiteral("DE"));
    QCOMPARE(l.shipment->recipient.postcode, QStringLiteral("10115"));
    QCOMPARE(l.shipment->dimsMm, (std::array<int, 3>{300, 200, 150}));
    QCOMPARE(l.shipment->customs->currency, QStringLiteral("USD"));
    QCOMPARE(l.shipment->customs->lines[0].originCountry, QStringLiteral("RU"));
    QCOMPARE(int(l.shipment->customs->category), int(CustomsCategory::Gift));
}

void TestBusinessList::syntaxErrors()
{
    // The missing comma is noticed at the second key, on line 3 (Qt reports the column just past its quote).
    const auto j = parseBusinessList("[\n {\"barcode\": \"1\"\n  \"mass\": 5}\n]", QStringLiteral("a.json"));
    QVERIFY(!j);
    QCOMPARE(j.error().code, QStringLiteral("business_list.syntax"));
    QVERIFY2(j.error().message.startsWith(QStringLiteral("line 3, column ")), qPrintable(j.error().message));

    const auto c = parseBusinessList("barcode;mass\n\"10100093000011;5\n", QStringLiteral("a.csv"));
    QVERIFY(!c);
    QVERIFY2(c.error().message.startsWith(QStringLiteral("line 2, column 1")), qPrintable(c.error().message));

    QCOMPARE(parseBusinessList("", QStringLiteral("a.csv")).error().code,
             QStringLiteral("business_list.empty"));
    QCOMPARE(parseBusinessList("{\"x\": 1}", QStringLiteral("a.json")).error().code,
             QStringLiteral("business_list.shape"));
}

void TestBusinessList::mapping()
{
    QCOMPARE(objectForOrder(QStringLiteral("POSTAL_PARCEL"), QStringLiteral("ORDINARY"), false), 4030);
    QCOMPARE(objectForOrder(QStringLiteral("POSTAL_PARCEL"), QStringLiteral("WITH_DECLARED_VALUE"), true),
             4021);
    QCOMPARE(objectForOrder(QStringLiteral("ONLINE_PARCEL"),
                            QStringLiteral("WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY"), false),
             23040);
    QCOMPARE(objectForOrder(QStringLiteral("EMS"), QStringLiteral("ORDINARY"), true), 7031);
    QCOMPARE(objectForOrder(QStringLiteral("LETTER"), QStringLiteral("SIMPLE"), false), 2000);
    QCOMPARE(objectForOrder(QStringLiteral("LETTER"), QStringLiteral("ORDERED"), true), 2011);
    QCOMPARE(objectForOrder(QStringLiteral("BANDEROL"), QStringLiteral("ORDERED"), false), 3010);
    QCOMPARE(objectForOrder(QStringLiteral("SMALL_PACKET"), QStringLiteral("ORDERED"), true), 5011);
    QCOMPARE(objectForOrder(QStringLiteral("PARCEL_CLASS_1"), QStringLiteral("ORDINARY"), false), 47030);
    QVERIFY(!objectForOrder(QStringLiteral("POSTAL_PARCEL"), QStringLiteral("COMBINED_ORDINARY"), false));
    QVERIFY(!objectForOrder(QStringLiteral("BUSINESS_COURIER"), QStringLiteral("ORDINARY"), false));

    const QJsonObject order = QJsonDocument::fromJson(R"({
        "barcode": "10100093000011", "mail-type": "POSTAL_PARCEL", "mail-category": "ORDINARY", "mass": 900,
        "index-to": 190000, "address-type-to": "DEMAND", "recipient-name": "R", "tel-address": 79161234567,
        "sender-name": "S", "index-from": 101000, "fragile": true, "inventory": false,
        "with-order-of-notice": 1, "with-electronic-notice": "true", "sms-notice-recipient": 1, "no-return": true,
        "with-simple-notice": 0})")
                                  .object();
    const BusinessListLine l = mapBusinessOrder(order, 7);
    QCOMPARE(l.line, 7);
    QVERIFY2(l.importable(), qPrintable(l.issues.isEmpty() ? QString() : l.issues[0].message));
    QCOMPARE(l.shipment->services, (QList<int>{4, 2, 62, 20, 160}));
    QCOMPARE(int(l.shipment->recipient.type), int(AddressType::PosteRestante));
    QCOMPARE(l.shipment->recipient.phone, QStringLiteral("+79161234567"));
    QCOMPARE(l.shipment->sender.postcode, QStringLiteral("101000"));
}

void TestBusinessList::shelfLifeBounds()
{
    for (int days : {14, 15, 60, 61}) {
        QJsonObject order{{QStringLiteral("barcode"), QStringLiteral("10100093000011")},
                          {QStringLiteral("mail-type"), QStringLiteral("POSTAL_PARCEL")},
                          {QStringLiteral("mail-category"), QStringLiteral("ORDINARY")},
                          {QStringLiteral("mass"), 500},
                          {QStringLiteral("index-to"), QStringLiteral("190000")},
                          {QStringLiteral("address-type-to"), QStringLiteral("DEMAND")},
                          {QStringLiteral("recipient-name"), QStringLiteral("R")},
                          {QStringLiteral("sender-name"), QStringLiteral("S")},
                          {QStringLiteral("index-from"), QStringLiteral("101000")},
                          {QStringLiteral("shelf-life-days"), days}};
        const BusinessListLine l = mapBusinessOrder(order, 1);
        const bool ok = days >= 15 && days <= 60;
        QCOMPARE(l.importable(), ok);
        if (ok)
            QCOMPARE(l.shipment->shelfLifeDays, days);
        else
            QCOMPARE(l.issues[0].code, QStringLiteral("order.shelf_life_out_of_range"));
    }
}

QTEST_GUILESS_MAIN(TestBusinessList)
#include "test_business_list.moc"
