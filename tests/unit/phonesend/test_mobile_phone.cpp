// Sending by phone number: the recipient's mobile number (every written form a customer gives, and
// every refusal), its masked form for labels, and the recipient rules of an item with no address.
#include "domain/acceptance/ShipmentJson.h"
#include "domain/acceptance/ShipmentRules.h"
#include "domain/phonesend/MobilePhone.h"
#include "domain/phonesend/PhoneAddressing.h"

#include <QTest>

using namespace pc;
using namespace pc::phonesend;

namespace {

acceptance::Shipment parcelByPhone()
{
    acceptance::Shipment s;
    s.object = 4030;
    s.weightG = 1200;
    s.sender.name = QStringLiteral("Иванов Иван");
    s.sender.postcode = QStringLiteral("101000");
    s.sender.place = QStringLiteral("Москва");
    s.recipient.name = QStringLiteral("Петрова Анна");
    s.recipient.phone = QStringLiteral("+79161234567");
    s.addressing = acceptance::Addressing::ByRecipientPhone;
    return s;
}

QStringList codes(const QList<acceptance::FieldIssue>& issues)
{
    QStringList out;
    for (const auto& i : issues)
        out << i.code;
    return out;
}

} // namespace

class TestMobilePhone : public QObject {
    Q_OBJECT
private slots:
    void normalizesTheWrittenForms_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("e164");
        QTest::newRow("E.164") << "+79161234567"
                               << "+79161234567";
        QTest::newRow("+7 spaced") << "+7 916 123-45-67"
                                   << "+79161234567";
        QTest::newRow("+7 brackets") << "+7 (916) 123-45-67"
                                     << "+79161234567";
        QTest::newRow("8 prefix") << "89161234567"
                                  << "+79161234567";
        QTest::newRow("8 spaced") << "8 (916) 123 45 67"
                                  << "+79161234567";
        QTest::newRow("7 without plus") << "79161234567"
                                        << "+79161234567";
        QTest::newRow("ten digits") << "9161234567"
                                    << "+79161234567";
        QTest::newRow("dots and nbsp") << "8.916.123\u00a045.67"
                                       << "+79161234567";
        QTest::newRow("surrounding spaces") << "  +79031112233 "
                                            << "+79031112233";
    }
    void normalizesTheWrittenForms()
    {
        QFETCH(QString, given);
        QFETCH(QString, e164);
        const auto r = normalizeMobilePhone(given);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, e164);
    }

    void refusesWhatIsNotARussianMobile_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "" << errc::PhoneMissing;
        QTest::newRow("blank") << "   " << errc::PhoneMissing;
        QTest::newRow("letters") << "abc" << errc::PhoneInvalid;
        QTest::newRow("digits and letters") << "+7916abc4567" << errc::PhoneInvalid;
        QTest::newRow("too short") << "+7916123456" << errc::PhoneInvalid;
        QTest::newRow("too long") << "+791612345678" << errc::PhoneInvalid;
        QTest::newRow("nine digits") << "916123456" << errc::PhoneInvalid;
        QTest::newRow("plus twice") << "++79161234567" << errc::PhoneInvalid;
        QTest::newRow("plus inside") << "7916+1234567" << errc::PhoneInvalid;
        QTest::newRow("Moscow landline +7 495") << "+7 495 123-45-67" << errc::PhoneNotMobile;
        QTest::newRow("St Petersburg landline 8 812") << "8 812 123-45-67" << errc::PhoneNotMobile;
        QTest::newRow("Kazakhstan +7 701") << "+7 701 123 45 67" << errc::PhoneNotMobile;
        QTest::newRow("UK mobile") << "+44 7700 900123" << errc::PhoneNotMobile;
    }
    void refusesWhatIsNotARussianMobile()
    {
        QFETCH(QString, given);
        QFETCH(QString, code);
        const auto r = normalizeMobilePhone(given);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void formatsAndMasks()
    {
        QCOMPARE(formatMobilePhone(QStringLiteral("+79161234567")), QStringLiteral("+7 916 123-45-67"));
        QCOMPARE(maskMobilePhone(QStringLiteral("+79161234567")), QStringLiteral("+7 916 ***-**-67"));
        // Never prints a number it cannot mask.
        QCOMPARE(maskMobilePhone(QStringLiteral("84951234567")), QStringLiteral("***"));
    }

    void anItemByPhoneNeedsNoAddress()
    {
        const auto issues = acceptance::checkShipment(parcelByPhone(), {});
        QVERIFY2(issues.isEmpty(), qPrintable(codes(issues).join(u',')));
        // The same recipient on an addressed item lacks the postcode and street.
        acceptance::Shipment addressed = parcelByPhone();
        addressed.addressing = acceptance::Addressing::Address;
        QVERIFY(codes(acceptance::checkShipment(addressed, {})).contains(u"address.postcode_missing"));
    }

    void recipientRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<int>("object");
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << ""
                                 << "+79161234567"
                                 << "" << 4030 << "phone_send.name_missing";
        QTest::newRow("no phone") << "Анна"
                                  << ""
                                  << "" << 4030 << errc::PhoneMissing;
        QTest::newRow("landline") << "Анна"
                                  << "+74951234567"
                                  << "" << 4030 << errc::PhoneNotMobile;
        QTest::newRow("address given") << "Анна"
                                       << "+79161234567"
                                       << "190000" << 4030 << "phone_send.address_given";
        QTest::newRow("international") << "Анна"
                                       << "+79161234567"
                                       << "" << 4031 << "phone_send.international";
    }
    void recipientRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, postcode);
        QFETCH(int, object);
        QFETCH(QString, code);
        acceptance::Shipment s = parcelByPhone();
        s.recipient.name = name;
        s.recipient.phone = phone;
        s.recipient.postcode = postcode;
        s.object = object;
        QVERIFY2(codes(checkPhoneRecipient(s)).contains(code),
                 qPrintable(codes(checkPhoneRecipient(s)).join(u',')));
    }

    void sendByRecipientPhoneReplacesTheAddress()
    {
        acceptance::Shipment s = parcelByPhone();
        s.addressing = acceptance::Addressing::Address;
        s.recipient.postcode = QStringLiteral("190000");
        s.recipient.street = QStringLiteral("Невский пр.");
        QVERIFY(sendByRecipientPhone(s, QStringLiteral(" Петрова Анна "), QStringLiteral("8 916 123-45-67"))
                    .ok());
        QVERIFY(s.byRecipientPhone());
        QCOMPARE(s.recipient.name, QStringLiteral("Петрова Анна"));
        QCOMPARE(s.recipient.phone, QStringLiteral("+79161234567"));
        QVERIFY(s.recipient.postcode.isEmpty());
        QVERIFY(s.recipient.street.isEmpty());

        acceptance::Shipment untouched = parcelByPhone();
        untouched.addressing = acceptance::Addressing::Address;
        const auto bad =
            sendByRecipientPhone(untouched, QStringLiteral("Анна"), QStringLiteral("+7 812 000-00-00"));
        QCOMPARE(bad.error().code, QString::fromLatin1(errc::PhoneNotMobile));
        QVERIFY(!untouched.byRecipientPhone());
        QCOMPARE(sendByRecipientPhone(untouched, QString(), QStringLiteral("+79161234567")).error().code,
                 QStringLiteral("phone_send.name_missing"));
    }

    void theMarkTravelsInTheItemJson()
    {
        const QJsonObject o = acceptance::shipmentToJson(parcelByPhone());
        QCOMPARE(o.value(u"addressing").toString(), QStringLiteral("by_recipient_phone"));
        const auto back = acceptance::shipmentFromJson(o);
        QVERIFY(back.ok());
        QVERIFY(back->byRecipientPhone());
        // An addressed item writes no key; an unknown value is refused with the field named.
        acceptance::Shipment plain = parcelByPhone();
        plain.addressing = acceptance::Addressing::Address;
        QVERIFY(!acceptance::shipmentToJson(plain).contains(u"addressing"));
        QJsonObject bad = o;
        bad.insert(QStringLiteral("addressing"), QStringLiteral("by_email"));
        const auto refused = acceptance::shipmentFromJson(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"addressing"));
    }
};

QTEST_GUILESS_MAIN(TestMobilePhone)
#include "test_mobile_phone.moc"
