// The PCQ1 pre-filled shipment payload (docs/prefill-qr.md): built by hand from the documented format
// and read back, round trips, and every refusal with its code.
#include "domain/acceptance/ShipmentJson.h"
#include "domain/prefill/PrefillPayload.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace pc;

namespace {

const QDate kToday(2026, 11, 25);

// The documented construction, written independently of makePrefillPayload.
QString handMade(const QByteArray& json, const QByteArray& version = "PCQ1.")
{
    const QByteArray head =
        version + json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray sum = QCryptographicHash::hash(head, QCryptographicHash::Sha256).toHex().left(8);
    return QString::fromLatin1(head + '.' + sum);
}

acceptance::Shipment parcel()
{
    acceptance::Shipment s;
    s.object = 4040;
    s.declaredValueKop = 300000;
    s.codKop = 250000;
    s.services = {23, 4};
    s.recipient.name = QStringLiteral("Иванова Анна Сергеевна");
    s.recipient.postcode = QStringLiteral("190000");
    s.recipient.place = QStringLiteral("Санкт-Петербург");
    s.recipient.street = QStringLiteral("Невский проспект");
    s.recipient.house = QStringLiteral("28");
    s.sender.name = QStringLiteral("Петров Игорь");
    s.sender.postcode = QStringLiteral("101000");
    s.sender.place = QStringLiteral("Москва");
    s.inventory = {{QStringLiteral("Книга"), 1, 100000}, {QStringLiteral("Лампа"), 2, 200000}};
    return s;
}

} // namespace

class TestPrefillPayload : public QObject {
    Q_OBJECT
private slots:
    void readsAHandMadePayload()
    {
        const QByteArray json = R"({"created":"2026-11-20","expires":"2026-12-01","shipment":)"
                                R"({"object":27030,"recipient":{"name":"Сидоров","postcode":"630000",)"
                                R"("place":"Новосибирск","street":"Ленина","house":"1"}}})";
        auto p = prefill::parsePrefillPayload(handMade(json), kToday);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->shipment.object, 27030);
        QCOMPARE(p->shipment.recipient.name, QStringLiteral("Сидоров"));
        QCOMPARE(p->shipment.recipient.postcode, QStringLiteral("630000"));
        QCOMPARE(p->created, QDate(2026, 11, 20));
        QCOMPARE(p->expires, QDate(2026, 12, 1));
    }

    void roundTripIsAsciiAndKeepsEveryField()
    {
        auto payload = prefill::makePrefillPayload(parcel(), kToday, kToday.addDays(14));
        QVERIFY(payload.ok());
        for (QChar c : *payload)
            QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, "a keyboard wedge must type it in any layout");
        QVERIFY(payload->startsWith(QStringLiteral("PCQ1.")));
        auto p = prefill::parsePrefillPayload(*payload, kToday);
        QVERIFY(p.ok());
        QCOMPARE(acceptance::shipmentToJson(p->shipment), acceptance::shipmentToJson(parcel()));
        QCOMPARE(p->expires, kToday.addDays(14));
    }

    void oneChangedCharacterIsCaught()
    {
        const QString payload = *prefill::makePrefillPayload(parcel(), kToday, kToday.addDays(3));
        // Change a character in the middle of the body (keeps it valid base64url).
        QString tampered = payload;
        const qsizetype i = payload.size() / 2;
        tampered[i] = payload[i] == u'A' ? u'B' : u'A';
        auto p = prefill::parsePrefillPayload(tampered, kToday);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, QStringLiteral("prefill.checksum"));
        // The checksum itself edited.
        QString badSum = payload;
        badSum[payload.size() - 1] = payload.back() == u'0' ? u'1' : u'0';
        QCOMPARE(prefill::parsePrefillPayload(badSum, kToday).error().code,
                 QStringLiteral("prefill.checksum"));
    }

    void staleAndFutureCodesAreRefused()
    {
        const QString payload =
            *prefill::makePrefillPayload(parcel(), QDate(2026, 11, 1), QDate(2026, 11, 24));
        auto stale = prefill::parsePrefillPayload(payload, kToday);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, QStringLiteral("prefill.stale"));
        QVERIFY(stale.error().message.contains(QStringLiteral("24.11.2026")));
        QVERIFY(prefill::parsePrefillPayload(payload, QDate(2026, 11, 24)).ok()); // the last day counts
        const QString future = *prefill::makePrefillPayload(parcel(), QDate(2026, 12, 1), QDate(2026, 12, 5));
        QCOMPARE(prefill::parsePrefillPayload(future, kToday).error().code, QStringLiteral("prefill.stale"));
    }

    void newerVersionAndForeignCodesAreNamed()
    {
        const QByteArray json =
            R"({"created":"2026-11-20","expires":"2026-12-01","shipment":{"object":27030}})";
        auto v2 = prefill::parsePrefillPayload(handMade(json, "PCQ2."), kToday);
        QCOMPARE(v2.error().code, QStringLiteral("prefill.version"));
        QVERIFY(v2.error().message.contains(QStringLiteral("PCQ2")));
        QCOMPARE(prefill::parsePrefillPayload(QStringLiteral("https://pochta.ru/"), kToday).error().code,
                 QStringLiteral("prefill.format"));
        QCOMPARE(prefill::parsePrefillPayload(QStringLiteral("PCQ1.!!!.00000000"), kToday).error().code,
                 QStringLiteral("prefill.format"));
        QCOMPARE(prefill::parsePrefillPayload(handMade("[1,2]"), kToday).error().code,
                 QStringLiteral("prefill.format"));
    }

    void contentErrorsNameTheField()
    {
        const QByteArray badType = R"({"created":"2026-11-20","expires":"2026-12-01","shipment":)"
                                   R"({"object":27030,"declared_value_kop":"many"}})";
        auto p = prefill::parsePrefillPayload(handMade(badType), kToday);
        QCOMPARE(p.error().code, QStringLiteral("prefill.content"));
        QVERIFY2(p.error().message.contains(QStringLiteral("declared_value_kop")),
                 qPrintable(p.error().message));
        const QByteArray withBarcode = R"({"created":"2026-11-20","expires":"2026-12-01","shipment":)"
                                       R"({"object":27030,"barcode":"80085316546620"}})";
        QCOMPARE(prefill::parsePrefillPayload(handMade(withBarcode), kToday).error().code,
                 QStringLiteral("prefill.content"));
        const QByteArray extra =
            R"({"created":"2026-11-20","expires":"2026-12-01","shipment":{"object":27030},"price":1})";
        QCOMPARE(prefill::parsePrefillPayload(handMade(extra), kToday).error().code,
                 QStringLiteral("prefill.content"));
        const QByteArray tooLong =
            R"({"created":"2026-11-01","expires":"2026-12-20","shipment":{"object":27030}})";
        QCOMPARE(prefill::parsePrefillPayload(handMade(tooLong), kToday).error().code,
                 QStringLiteral("prefill.content"));
    }

    void makeRefusesWhatTheCounterDecides()
    {
        acceptance::Shipment s = parcel();
        s.weightG = 1500;
        QCOMPARE(prefill::makePrefillPayload(s, kToday, kToday.addDays(1)).error().code,
                 QStringLiteral("prefill.content"));
        s = parcel();
        QVERIFY(!prefill::makePrefillPayload(s, kToday, kToday.addDays(31)).ok());
        QVERIFY(!prefill::makePrefillPayload(s, kToday, kToday.addDays(-1)).ok());
        s.inventory.clear();
        for (int i = 0; i < 60; ++i)
            s.inventory.append({QStringLiteral("Подробное описание вложения номер %1").arg(i), 1, 5000});
        auto big = prefill::makePrefillPayload(s, kToday, kToday.addDays(1));
        QVERIFY(!big.ok());
        QVERIFY(big.error().message.contains(QStringLiteral("QR")));
    }
};

QTEST_GUILESS_MAIN(TestPrefillPayload)
#include "test_prefill_payload.moc"
