#pragma once
// The rules a shipment must satisfy before it is accepted (DOMAIN.md §2, §5): addresses, money,
// inventory (Ф.107) and customs (CN 22 / CN 23). Pure functions: every problem is reported at once,
// each tied to the field a clerk has to correct.
#include "domain/acceptance/Shipment.h"

#include <QHash>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace pc::acceptance {

struct FieldIssue {
    QString field;   // path, e.g. "recipient.postcode", "customs.lines[2].hs_code", "inventory", "cod"
    QString code;    // stable, e.g. "address.postcode_invalid"
    QString message; // translated, says what to do

    friend bool operator==(const FieldIssue&, const FieldIssue&) = default;
};

struct CustomsRules {
    // SAMPLE rates for tests and the demo; real ones come from configuration (they change daily).
    std::int64_t kopPerSdr = 11500; // 1 SDR = 115,00 ₽
    // Kopecks per one major unit of the currency (1 RUB = 100 kop, 1 USD = 90,00 ₽, ...).
    QHash<QString, std::int64_t> kopPerCurrencyUnit{
        {QStringLiteral("RUB"), 100},
        {QStringLiteral("USD"), 9000},
        {QStringLiteral("EUR"), 10000},
        {QStringLiteral("CNY"), 1250},
    };
    int cn22LimitSdr = 300; // above this value a CN 23 is needed instead of a CN 22
};

struct ShipmentRules {
    CustomsRules customs;
    int weightToleranceG = 20;      // measured vs declared weight: absolute floor...
    int weightTolerancePercent = 5; // ...or this share of the declared weight, whichever is larger
};

// CN 22 / CN 23 totals (boxes 6/7 of CN 22, 4/6 of CN 23). Sums saturate instead of overflowing.
std::int64_t customsTotalValueMinor(const CustomsDeclaration& customs);
std::int64_t customsTotalNetWeightG(const CustomsDeclaration& customs);
// Total value converted to kopecks; nullopt when the currency has no rate in the rules.
std::optional<std::int64_t> customsTotalValueKop(const CustomsDeclaration& customs,
                                                 const CustomsRules& rules);
// Total value in SDR (for display); nullopt when the currency has no rate.
std::optional<double> customsTotalValueSdr(const CustomsDeclaration& customs, const CustomsRules& rules);

// Which declaration the item needs. International letters with documents only (or nothing
// declared) need none; parcels always a CN 23; other letter-post items a CN 22 up to
// cn22LimitSdr SDR (inclusive), a CN 23 above. An unknown currency counts as within the limit
// (checkShipment reports the currency itself).
CustomsForm requiredCustomsForm(const Shipment& shipment, const CustomsRules& rules);

// Every problem of the shipment, in field order; empty when it can be accepted.
QList<FieldIssue> checkShipment(const Shipment& shipment, const ShipmentRules& rules);

// Address rules alone (prefix is "recipient" or "sender"), used by checkShipment.
QList<FieldIssue> checkRecipient(const Address& address, bool international);
QList<FieldIssue> checkSender(const Address& address);
bool isPlausiblePhone(QStringView phone);

// Flags a measured weight too far from what the business client declared:
// |measured − declared| > max(weightToleranceG, declared × weightTolerancePercent / 100).
std::optional<FieldIssue> weightMismatch(const Shipment& shipment, std::int64_t measuredG,
                                         const ShipmentRules& rules);

} // namespace pc::acceptance
