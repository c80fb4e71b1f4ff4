#pragma once
// What the clerk fills in for one item at the counter (or what a business client pre-registered):
// product, weight, money, services, addresses, customs and inventory. Pure data; the rules that
// check it live in ShipmentRules.h, its JSON form in ShipmentJson.h.
#include <QList>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>

namespace pc::acceptance {

// "Отправка" address-type-to: street address, P.O. box, poste restante (до востребования), military unit.
enum class AddressType { Street, PoBox, PosteRestante, Unit };

// By the recipient's address, or by the recipient's mobile phone and name only: the recipient
// chooses the delivery office after acceptance (docs/phone-send.md).
enum class Addressing { Address, ByRecipientPhone };

struct Address {
    QString name;     // person or organisation
    QString postcode; // six digits for Russia; the foreign postcode as written otherwise
    QString country = QStringLiteral("RU"); // ISO 3166-1 alpha-2
    QString region;
    QString place; // settlement
    QString street;
    QString house;
    QString room;
    QString phone;
    AddressType type = AddressType::Street;
    bool isEmpty() const { return name.isEmpty() && postcode.isEmpty() && place.isEmpty(); }
};

// CN 22 / CN 23 box 10.
enum class CustomsCategory { Gift, Documents, SaleOfGoods, CommercialSample, ReturnedGoods, Other };

struct CustomsLine {
    QString description;
    int quantity = 1;
    std::int64_t netWeightG = 0;
    std::int64_t valueMinor = 0; // in the declaration's currency, minor units (kopecks, cents)
    QString hsCode;              // 6–10 digits (ТН ВЭД)
    QString originCountry;       // ISO alpha-2
};

enum class CustomsForm { None, Cn22, Cn23 };

struct CustomsDeclaration {
    CustomsCategory category = CustomsCategory::SaleOfGoods;
    QString currency = QStringLiteral("RUB"); // ISO 4217
    QList<CustomsLine> lines;
    QString explanation; // box 10 when category is Other
    QString comments;
    QString licence;
    QString certificate;
    QString invoice;
};

// Ф.107 line.
struct InventoryLine {
    QString description;
    int quantity = 1;
    std::int64_t declaredValueKop = 0;
};

struct Shipment {
    QString barcode; // scanned or pre-registered identifier; empty → allocate at commit
    int object = 0;  // tariff object code (DOMAIN.md §2)
    std::int64_t weightG = 0;
    std::array<int, 3> dimsMm{};
    std::int64_t declaredValueKop = 0;
    std::int64_t codKop = 0;
    QList<int> services; // additional service codes (DOMAIN.md §2)
    Address recipient;
    Address sender;
    std::optional<CustomsDeclaration> customs;
    QList<InventoryLine> inventory;
    // Pre-registered by a business client: the list it came from and the weight they declared.
    QString businessListRef;
    std::optional<std::int64_t> declaredWeightG;
    int shelfLifeDays = 0; // 0 = the product's standard storage period
    // An easy return to an online shop (docs/easy-return.md): the shop's code; its contract pays.
    QString returnCode;
    Addressing addressing = Addressing::Address;

    bool international() const { return object % 10 == 1; }
    int mailType() const { return object / 1000; }
    int category() const { return (object / 10) % 100; }
    bool hasService(int code) const { return services.contains(code); }
    bool byRecipientPhone() const { return addressing == Addressing::ByRecipientPhone; }
};

} // namespace pc::acceptance
