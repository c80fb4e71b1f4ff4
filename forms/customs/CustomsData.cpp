#include "CustomsForms.h"
#include "forms/label/ParcelLabel.h"

#include <array>

namespace pc::forms {

using namespace layout;

namespace {
struct CategoryName {
    CustomsCategory category;
    const char* json;
    const char* label;
};
constexpr std::array<CategoryName, 6> kCategories{{
    {CustomsCategory::Gift, "gift", "Cadeau / Gift / Подарок"},
    {CustomsCategory::CommercialSample, "commercial_sample",
     "Échantillon commercial / Commercial sample / Торговый образец"},
    {CustomsCategory::Documents, "documents", "Documents / Documents / Документы"},
    {CustomsCategory::ReturnedGoods, "returned_goods",
     "Marchandise retournée / Returned goods / Возврат товара"},
    {CustomsCategory::SaleOfGoods, "sale_of_goods", "Vente de marchandises / Sale of goods / Продажа товара"},
    {CustomsCategory::Other, "other", "Autre / Other / Прочее"},
}};
} // namespace

bool customsCategoryFromName(const QString& name, CustomsCategory* out)
{
    for (const auto& c : kCategories)
        if (name == QLatin1StringView(c.json)) {
            *out = c.category;
            return true;
        }
    return false;
}

QString customsCategoryLabel(CustomsCategory category)
{
    for (const auto& c : kCategories)
        if (c.category == category)
            return QString::fromUtf8(c.label);
    return {};
}

std::int64_t CustomsData::totalNetGrams() const
{
    std::int64_t g = 0;
    for (const CustomsLine& l : lines)
        g += l.weightGrams;
    return g;
}

Money CustomsData::totalValue() const
{
    std::int64_t kop = 0;
    for (const CustomsLine& l : lines)
        kop += l.value.kopecks();
    return Money::fromKopecks(kop);
}

Result<CustomsData> customsFromJson(const QJsonObject& json, bool cn23)
{
    JsonFields f(json);
    CustomsData d;
    d.id = f.itemId(QStringLiteral("id"));
    const QString category = f.text(QStringLiteral("category"));
    if (!category.isEmpty() && !customsCategoryFromName(category, &d.category))
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"category\": \"%1\" is not one of gift, commercial_sample, documents, "
                              "returned_goods, sale_of_goods, other")
                   .arg(category));
    d.explanation = f.text(QStringLiteral("explanation"), d.category == CustomsCategory::Other, 120);
    d.currency = f.text(QStringLiteral("currency"), true, 3);
    // CN 22 has four lines; CN 23 continues on further pages.
    const QJsonArray items = f.array(QStringLiteral("items"), true, 1, cn23 ? 200 : 4);
    const QString weightKey = cn23 ? QStringLiteral("net_weight_g") : QStringLiteral("weight_g");
    for (int i = 0; i < items.size(); ++i) {
        JsonFields e = f.element(items, QStringLiteral("items"), i);
        CustomsLine l;
        l.description = e.text(QStringLiteral("description"), true, 120);
        l.quantity = e.integer(QStringLiteral("quantity"), true, 1, 100000);
        l.weightGrams = e.grams(weightKey);
        l.value = e.money(QStringLiteral("value"));
        l.hsCode = e.text(QStringLiteral("hs_code"), false, 12);
        l.origin = e.text(QStringLiteral("origin"), true, 40);
        d.lines.push_back(l);
    }
    d.date = readDate(f, QStringLiteral("date"));
    d.signature = f.text(QStringLiteral("signature"), true, 60);
    if (cn23) {
        d.sender = f.party(QStringLiteral("sender"), true, false);
        d.recipient = f.party(QStringLiteral("recipient"), true, true);
        d.senderCustomsRef = f.text(QStringLiteral("sender_customs_ref"), false, 40);
        d.importerRef = f.text(QStringLiteral("importer_ref"), false, 40);
        d.importerContact = f.text(QStringLiteral("importer_contact"), false, 80);
        d.grossWeightGrams = f.grams(QStringLiteral("gross_weight_g"));
        d.postalCharges = f.money(QStringLiteral("postal_charges"));
        d.comments = f.text(QStringLiteral("comments"), false, 200);
        d.licence = f.text(QStringLiteral("licence"), false, 40);
        d.certificate = f.text(QStringLiteral("certificate"), false, 40);
        d.invoice = f.text(QStringLiteral("invoice"), false, 40);
        d.office = f.text(QStringLiteral("office"), true, 80);
        if (!f.error() && d.grossWeightGrams < d.totalNetGrams())
            f.fail(QStringLiteral("forms.field_invalid"),
                   QStringLiteral("field \"gross_weight_g\" (%1 g) is less than the net weight of the items "
                                  "(%2 g)")
                       .arg(d.grossWeightGrams)
                       .arg(d.totalNetGrams()));
    }
    if (f.error())
        return *f.error();
    return d;
}

Result<CustomsData> cn22FromJson(const QJsonObject& json)
{
    return customsFromJson(json, false);
}

Result<CustomsData> cn23FromJson(const QJsonObject& json)
{
    return customsFromJson(json, true);
}

} // namespace pc::forms
