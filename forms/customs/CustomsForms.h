#pragma once
// Customs declarations CN 22 (contents up to 300 SDR) and CN 23 (above, and parcels), with every box
// of DOMAIN.md §5. UPU forms: French/English labels with Russian.
#include "forms/layout/JsonFields.h"
#include "forms/layout/Layout.h"

namespace pc::forms {

enum class CustomsCategory { Gift, CommercialSample, Documents, ReturnedGoods, SaleOfGoods, Other };

struct CustomsLine {
    QString description;
    std::int64_t quantity = 1;
    std::int64_t weightGrams = 0; // net weight
    Money value;
    QString hsCode; // tariff number, optional
    QString origin; // country of origin, ISO alpha-2
};

struct CustomsData {
    ItemId id;
    CustomsCategory category = CustomsCategory::Gift;
    QString explanation; // for "other" (CN 23 box 10)
    QString currency;    // "EUR", "USD", "RUB"
    std::vector<CustomsLine> lines;
    QString date;      // dd.MM.yyyy
    QString signature; // the sender's name signing box 8 / 15
    // CN 23 only.
    layout::Party sender, recipient;
    QString senderCustomsRef, importerRef, importerContact;
    std::int64_t grossWeightGrams = 0; // box 4
    Money postalCharges;               // box 9
    QString comments, licence, certificate, invoice, office;

    std::int64_t totalNetGrams() const;
    Money totalValue() const;
};

// cn23 = true reads and checks the CN 23 boxes too.
Result<CustomsData> customsFromJson(const QJsonObject& json, bool cn23);
Result<CustomsData> cn22FromJson(const QJsonObject& json);
Result<CustomsData> cn23FromJson(const QJsonObject& json);
Result<layout::Document> buildCn22(const CustomsData& data);
Result<layout::Document> buildCn23(const CustomsData& data);

// "gift" → CustomsCategory::Gift …; the JSON names.
bool customsCategoryFromName(const QString& name, CustomsCategory* out);
// Bilingual box label: "Cadeau / Gift / Подарок".
QString customsCategoryLabel(CustomsCategory c);

} // namespace pc::forms
