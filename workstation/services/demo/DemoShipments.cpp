#include "DemoShipments.h"

namespace pc::services::demo {

using acceptance::Address;
using acceptance::Shipment;

namespace {
Address moscowSender()
{
    return person("Орлов Павел Сергеевич", "101000", "Москва", "ул. Мясницкая", "26", "14", "+79161234567");
}

acceptance::CustomsDeclaration gift(const char* currency, QList<acceptance::CustomsLine> lines)
{
    acceptance::CustomsDeclaration d;
    d.category = acceptance::CustomsCategory::Gift;
    d.currency = QString::fromLatin1(currency);
    d.lines = std::move(lines);
    return d;
}
} // namespace

Address person(const char* name, const char* postcode, const char* place, const char* street,
               const char* house, const char* room, const char* phone, const char* country)
{
    Address a;
    a.name = QString::fromUtf8(name);
    a.postcode = QString::fromUtf8(postcode);
    a.place = QString::fromUtf8(place);
    a.street = QString::fromUtf8(street);
    a.house = QString::fromUtf8(house);
    a.room = QString::fromUtf8(room);
    a.phone = QString::fromUtf8(phone);
    a.country = QString::fromLatin1(country);
    return a;
}

QList<DemoCustomer> demoCustomers()
{
    // 1. A parcel with declared value, COD and an inventory, and a registered letter: one basket.
    Shipment parcel;
    parcel.object = 4040;
    parcel.weightG = 2350;
    parcel.declaredValueKop = 500000;
    parcel.codKop = 450000;
    parcel.services = {23};
    parcel.sender = moscowSender();
    parcel.recipient = person("Смирнова Екатерина Павловна", "630099", "Новосибирск", "ул. Ленина", "45",
                              "118", "+79135550123");
    parcel.recipient.region = QStringLiteral("Новосибирская обл.");
    parcel.inventory = {{QStringLiteral("Книга «Мастер и Маргарита»"), 1, 95000},
                        {QStringLiteral("Книга «Война и мир», 4 тома"), 1, 380000},
                        {QStringLiteral("Закладка кожаная"), 1, 25000}};
    Shipment letter;
    letter.object = 2010;
    letter.weightG = 20;
    letter.sender = moscowSender();
    letter.recipient =
        person("Кузнецов Андрей Игоревич", "190000", "Санкт-Петербург", "ул. Большая Морская", "8", "3", "");

    // 2. A parcel that already carries a label, marked fragile.
    Shipment fragile;
    fragile.barcode = QStringLiteral("80082240994512");
    fragile.object = 4030;
    fragile.weightG = 3400;
    fragile.services = {4};
    fragile.sender =
        person("Белова Мария Андреевна", "101000", "Москва", "Чистопрудный б-р", "12", "5", "+79031112233");
    fragile.recipient = person("Ким Алексей Олегович", "690000", "Владивосток", "ул. Светланская", "29", "41",
                               "+79242223344");
    fragile.recipient.region = QStringLiteral("Приморский край");

    // 3. An international small packet (CN 22) and 4. an international parcel (CN 23).
    Shipment packet;
    packet.object = 5001;
    packet.weightG = 450;
    packet.sender = moscowSender();
    packet.recipient =
        person("Anna Schneider", "10969", "Berlin", "Lindenstrasse", "12", "", "+49301234567", "DE");
    packet.customs = gift("EUR", {{QStringLiteral("Книга / Book"), 1, 380, 3000, QStringLiteral("490199"),
                                   QStringLiteral("RU")}});
    Shipment intlParcel;
    intlParcel.object = 4031;
    intlParcel.weightG = 2300;
    intlParcel.sender = moscowSender();
    intlParcel.recipient =
        person("Айгерим Нурланова", "050000", "Almaty", "Abay avenue", "10", "7", "+77011234567", "KZ");
    intlParcel.customs = gift("RUB", {{QStringLiteral("Шерстяной свитер / Wool sweater"), 1, 900, 450000,
                                       QStringLiteral("611011"), QStringLiteral("RU")},
                                      {QStringLiteral("Мёд, 2 банки / Honey, 2 jars"), 2, 1100, 120000,
                                       QStringLiteral("040900"), QStringLiteral("RU")}});
    intlParcel.customs->comments = QStringLiteral("Подарок / Gift");

    // 5. EMS across the country.
    Shipment ems;
    ems.object = 7030;
    ems.weightG = 1200;
    ems.sender = moscowSender();
    ems.recipient =
        person("ООО «Уралснаб»", "620000", "Екатеринбург", "пр-т Ленина", "50", "301", "+73432223344");

    // 6. A parcel sent by the recipient's phone number: no address, the recipient chooses the office.
    Shipment byPhone;
    byPhone.object = 4030;
    byPhone.weightG = 1200;
    byPhone.sender = moscowSender();
    byPhone.recipient.name = QStringLiteral("Петрова Анна Викторовна");
    byPhone.recipient.phone = QStringLiteral("+79167776655");
    byPhone.addressing = acceptance::Addressing::ByRecipientPhone;

    using acceptance::PaymentMethod;
    return {{{parcel, letter}, 100000, PaymentMethod::Cash},
            {{fragile}, 0, PaymentMethod::Card}, // on the (simulated) card terminal
            {{packet}, 50000, PaymentMethod::Cash},
            {{intlParcel}, 100000, PaymentMethod::Cash},
            {{ems}, 0, PaymentMethod::Cash},
            {{byPhone}, 10000, PaymentMethod::Cash}};
}

} // namespace pc::services::demo
