#pragma once
// A shipment that satisfies every rule, for tests to damage one field at a time.
#include "domain/acceptance/Shipment.h"

#include <QStringList>
#include <initializer_list>

namespace pc::acceptance::test {

// Domestic parcel with declared value 3 000,00 ₽, COD 2 500,00 ₽ and an inventory of two lines.
inline Shipment goodDomesticParcel()
{
    Shipment s;
    s.barcode = QStringLiteral("10100093000011");
    s.object = 4040;
    s.weightG = 1500;
    s.dimsMm = {300, 200, 150};
    s.declaredValueKop = 300000;
    s.codKop = 250000;
    s.services = {23, 4};
    s.recipient.name = QStringLiteral("Иванова Анна Сергеевна");
    s.recipient.postcode = QStringLiteral("190000");
    s.recipient.region = QStringLiteral("Санкт-Петербург");
    s.recipient.place = QStringLiteral("Санкт-Петербург");
    s.recipient.street = QStringLiteral("Невский проспект");
    s.recipient.house = QStringLiteral("28");
    s.recipient.room = QStringLiteral("12");
    s.recipient.phone = QStringLiteral("+7 916 123-45-67");
    s.sender.name = QStringLiteral("Петров Игорь Викторович");
    s.sender.postcode = QStringLiteral("101000");
    s.sender.place = QStringLiteral("Москва");
    s.sender.street = QStringLiteral("ул. Мясницкая");
    s.sender.house = QStringLiteral("26");
    s.inventory = {InventoryLine{QStringLiteral("Книга «Война и мир»"), 1, 100000},
                   InventoryLine{QStringLiteral("Настольная лампа"), 2, 200000}};
    return s;
}

// International parcel (4031) to Germany with a CN 23 of one line sold goods, 50,00 USD.
inline Shipment goodInternationalParcel()
{
    Shipment s;
    s.object = 4031;
    s.weightG = 2000;
    s.recipient.name = QStringLiteral("Hans Müller");
    s.recipient.country = QStringLiteral("DE");
    s.recipient.postcode = QStringLiteral("10115");
    s.recipient.place = QStringLiteral("Berlin");
    s.recipient.street = QStringLiteral("Invalidenstraße");
    s.recipient.house = QStringLiteral("1");
    s.sender.name = QStringLiteral("Петров Игорь Викторович");
    s.sender.postcode = QStringLiteral("101000");
    CustomsDeclaration c;
    c.category = CustomsCategory::SaleOfGoods;
    c.currency = QStringLiteral("USD");
    c.lines = {CustomsLine{QStringLiteral("Wool scarf"), 2, 600, 5000, QStringLiteral("611710"),
                           QStringLiteral("RU")}};
    s.customs = c;
    return s;
}

inline QStringList codes(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* c : list)
        out.append(QString::fromLatin1(c));
    return out;
}

template <typename Issues> QStringList codesOf(const Issues& issues)
{
    QStringList out;
    for (const auto& i : issues)
        out.append(i.code);
    return out;
}

} // namespace pc::acceptance::test
