#pragma once
// Shipments a clerk would fill in, for the sale tests: addresses that pass the rules, a parcel with
// declared value, COD and inventory, a registered letter, international items with customs lines.
#include "domain/acceptance/Shipment.h"

namespace pc::testing {

inline acceptance::Address sender()
{
    acceptance::Address a;
    a.name = QStringLiteral("Орлов Павел Сергеевич");
    a.postcode = QStringLiteral("101000");
    a.place = QStringLiteral("Москва");
    a.street = QStringLiteral("ул. Мясницкая");
    a.house = QStringLiteral("26");
    a.phone = QStringLiteral("+79161234567");
    return a;
}

inline acceptance::Address domesticRecipient(const QString& postcode = QStringLiteral("630099"))
{
    acceptance::Address a;
    a.name = QStringLiteral("Смирнова Екатерина Павловна");
    a.postcode = postcode;
    a.place = QStringLiteral("Новосибирск");
    a.region = QStringLiteral("Новосибирская обл.");
    a.street = QStringLiteral("ул. Ленина");
    a.house = QStringLiteral("45");
    a.room = QStringLiteral("118");
    return a;
}

inline acceptance::Shipment parcelWithValueCodAndInventory()
{
    acceptance::Shipment s;
    s.object = 4040;
    s.weightG = 2350;
    s.declaredValueKop = 500000;
    s.codKop = 450000;
    s.services = {23};
    s.sender = sender();
    s.recipient = domesticRecipient();
    s.inventory = {{QStringLiteral("Книга"), 2, 150000}, {QStringLiteral("Настольная лампа"), 1, 350000}};
    return s;
}

inline acceptance::Shipment registeredLetter()
{
    acceptance::Shipment s;
    s.object = 2010;
    s.weightG = 20;
    s.sender = sender();
    s.recipient = domesticRecipient(QStringLiteral("190000"));
    s.recipient.place = QStringLiteral("Санкт-Петербург");
    return s;
}

inline acceptance::Shipment internationalSmallPacket(qint64 valueMinor, const QString& currency)
{
    acceptance::Shipment s;
    s.object = 5001;
    s.weightG = 450;
    s.sender = sender();
    s.recipient.name = QStringLiteral("Anna Schneider");
    s.recipient.country = QStringLiteral("DE");
    s.recipient.postcode = QStringLiteral("10969");
    s.recipient.place = QStringLiteral("Berlin");
    s.recipient.street = QStringLiteral("Lindenstrasse");
    s.recipient.house = QStringLiteral("12");
    acceptance::CustomsDeclaration d;
    d.category = acceptance::CustomsCategory::Gift;
    d.currency = currency;
    d.lines = {
        {QStringLiteral("Книга / Book"), 1, 400, valueMinor, QStringLiteral("490199"), QStringLiteral("RU")}};
    s.customs = d;
    return s;
}

} // namespace pc::testing
