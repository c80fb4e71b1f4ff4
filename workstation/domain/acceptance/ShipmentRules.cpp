#include "domain/acceptance/ShipmentRules.h"

#include "domain/ItemIdentifier.h"
#include "domain/Money.h"
#include "domain/phonesend/PhoneAddressing.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace pc::acceptance {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t satAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? kMax : std::numeric_limits<std::int64_t>::min();
    return r;
}

QString rub(std::int64_t kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::Russian);
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isSixDigits(QStringView s)
{
    return s.size() == 6 && allDigits(s);
}

bool isAlpha2(QStringView s)
{
    return s.size() == 2 && s[0].unicode() < 128 && s[1].unicode() < 128 &&
           isIsoCountryCode(static_cast<char>(s[0].unicode()), static_cast<char>(s[1].unicode()));
}

bool isParcelType(int mailType)
{
    return mailType == 4 || mailType == 7 || mailType == 23 || mailType == 27 || mailType == 47;
}

void add(QList<FieldIssue>& out, QString field, const char* code, QString message)
{
    out.append(FieldIssue{std::move(field), QString::fromLatin1(code), std::move(message)});
}

QString linePath(const char* list, qsizetype i, const char* key)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(i).arg(QLatin1String(key));
}

void checkMoney(const Shipment& s, QList<FieldIssue>& out)
{
    const int category = s.category();
    if (s.declaredValueKop < 0)
        add(out, QStringLiteral("declared_value"), "declared_value.negative",
            QCoreApplication::translate("ShipmentRules", "The declared value cannot be negative."));
    else if (s.declaredValueKop > 0 && category != 2 && category != 4)
        add(out, QStringLiteral("declared_value"), "declared_value.category",
            QCoreApplication::translate(
                "ShipmentRules",
                "A declared value of %1 needs a product with declared value (category 2 or 4); "
                "choose that product or remove the declared value.")
                .arg(rub(s.declaredValueKop)));
    else if (s.declaredValueKop == 0 && s.codKop <= 0 && (category == 2 || category == 4))
        add(out, QStringLiteral("declared_value"), "declared_value.missing",
            QCoreApplication::translate(
                "ShipmentRules", "This product is sent with a declared value: enter the declared value."));

    if (s.codKop < 0) {
        add(out, QStringLiteral("cod"), "cod.negative",
            QCoreApplication::translate("ShipmentRules", "The cash-on-delivery amount cannot be negative."));
    } else if (s.codKop > 0) {
        if (category != 4)
            add(out, QStringLiteral("cod"), "cod.category",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "Cash on delivery of %1 needs a product with declared value and cash on delivery "
                    "(category 4); choose that product or remove the COD amount.")
                    .arg(rub(s.codKop)));
        if (s.declaredValueKop <= 0)
            add(out, QStringLiteral("cod"), "cod.no_declared_value",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "Cash on delivery of %1 needs a declared value of at least that amount; enter the "
                    "declared value.")
                    .arg(rub(s.codKop)));
        else if (s.codKop > s.declaredValueKop)
            add(out, QStringLiteral("cod"), "cod.exceeds_declared_value",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "COD %1 is more than the declared value %2: lower the COD or raise the declared value.")
                    .arg(rub(s.codKop), rub(s.declaredValueKop)));
    }
}

void checkInventory(const Shipment& s, QList<FieldIssue>& out)
{
    const bool service = s.hasService(23);
    if (!service) {
        if (!s.inventory.isEmpty())
            add(out, QStringLiteral("inventory"), "inventory.without_service",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "An inventory of contents is filled in but the inventory service (Ф.107) is not "
                    "selected: select the service or clear the inventory."));
        return;
    }
    if (s.declaredValueKop <= 0)
        add(out, QStringLiteral("inventory"), "inventory.no_declared_value",
            QCoreApplication::translate(
                "ShipmentRules",
                "An inventory of contents (Ф.107) is only possible with a declared value: enter the "
                "declared value."));
    if (s.inventory.isEmpty()) {
        add(out, QStringLiteral("inventory"), "inventory.empty",
            QCoreApplication::translate(
                "ShipmentRules",
                "The inventory service (Ф.107) is selected but the inventory has no lines: list the "
                "contents."));
        return;
    }
    std::int64_t sum = 0;
    for (qsizetype i = 0; i < s.inventory.size(); ++i) {
        const InventoryLine& l = s.inventory[i];
        if (l.description.trimmed().isEmpty())
            add(out, linePath("inventory", i, "description"), "inventory.description_missing",
                QCoreApplication::translate("ShipmentRules",
                                            "Inventory line %1 has no description: describe the item.")
                    .arg(i + 1));
        if (l.quantity < 1)
            add(out, linePath("inventory", i, "quantity"), "inventory.quantity_invalid",
                QCoreApplication::translate("ShipmentRules",
                                            "Inventory line %1: the quantity must be at least 1.")
                    .arg(i + 1));
        if (l.declaredValueKop < 0)
            add(out, linePath("inventory", i, "declared_value_kop"), "inventory.value_negative",
                QCoreApplication::translate("ShipmentRules",
                                            "Inventory line %1: the declared value cannot be negative.")
                    .arg(i + 1));
        sum = satAdd(sum, l.declaredValueKop);
    }
    if (s.declaredValueKop > 0 && sum != s.declaredValueKop)
        add(out, QStringLiteral("inventory"), "inventory.sum_mismatch",
            QCoreApplication::translate(
                "ShipmentRules",
                "The inventory lines add up to %1 but the item's declared value is %2: they must be "
                "equal.")
                .arg(rub(sum), rub(s.declaredValueKop)));
}

void checkCustomsLines(const Shipment& s, const CustomsDeclaration& c, QList<FieldIssue>& out)
{
    const bool commercial =
        c.category == CustomsCategory::SaleOfGoods || c.category == CustomsCategory::CommercialSample;
    for (qsizetype i = 0; i < c.lines.size(); ++i) {
        const CustomsLine& l = c.lines[i];
        const int n = static_cast<int>(i + 1);
        if (l.description.trimmed().isEmpty())
            add(out, linePath("customs.lines", i, "description"), "customs.description_missing",
                QCoreApplication::translate(
                    "ShipmentRules", "Customs line %1 has no description: describe the contents in detail.")
                    .arg(n));
        if (l.quantity < 1)
            add(out, linePath("customs.lines", i, "quantity"), "customs.quantity_invalid",
                QCoreApplication::translate("ShipmentRules",
                                            "Customs line %1: the quantity must be at least 1.")
                    .arg(n));
        if (l.netWeightG <= 0)
            add(out, linePath("customs.lines", i, "net_weight_g"), "customs.net_weight_missing",
                QCoreApplication::translate("ShipmentRules",
                                            "Customs line %1: enter the net weight in grams.")
                    .arg(n));
        if (l.valueMinor < 0)
            add(out, linePath("customs.lines", i, "value_minor"), "customs.value_negative",
                QCoreApplication::translate("ShipmentRules", "Customs line %1: the value cannot be negative.")
                    .arg(n));
        else if (l.valueMinor == 0 && commercial)
            add(out, linePath("customs.lines", i, "value_minor"), "customs.value_missing",
                QCoreApplication::translate(
                    "ShipmentRules", "Customs line %1: goods sold or commercial samples need their value.")
                    .arg(n));
        const QString hs = l.hsCode.trimmed();
        if (hs.isEmpty()) {
            if (commercial)
                add(out, linePath("customs.lines", i, "hs_code"), "customs.hs_code_missing",
                    QCoreApplication::translate(
                        "ShipmentRules",
                        "Customs line %1: goods sold or commercial samples need an HS code (6 to 10 digits).")
                        .arg(n));
        } else if (!allDigits(hs) || (commercial && (hs.size() < 6 || hs.size() > 10)) || hs.size() > 10) {
            add(out, linePath("customs.lines", i, "hs_code"), "customs.hs_code_invalid",
                QCoreApplication::translate("ShipmentRules",
                                            "Customs line %1: the HS code \"%2\" must be 6 to 10 digits.")
                    .arg(n)
                    .arg(hs));
        }
        if (!isAlpha2(l.originCountry))
            add(out, linePath("customs.lines", i, "origin_country"), "customs.origin_invalid",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "Customs line %1: enter the country of origin as a two-letter code (e.g. RU, CN).")
                    .arg(n));
    }
    const std::int64_t net = customsTotalNetWeightG(c);
    if (s.weightG > 0 && net > s.weightG)
        add(out, QStringLiteral("customs.lines"), "customs.net_weight_exceeds",
            QCoreApplication::translate(
                "ShipmentRules",
                "The customs lines weigh %1 g net, more than the whole item (%2 g): correct the weights.")
                .arg(net)
                .arg(s.weightG));
}

void checkCustoms(const Shipment& s, const ShipmentRules& rules, QList<FieldIssue>& out)
{
    if (!s.international())
        return;
    const CustomsForm form = requiredCustomsForm(s, rules.customs);
    if (!s.customs) {
        if (form != CustomsForm::None)
            add(out, QStringLiteral("customs"), "customs.missing",
                form == CustomsForm::Cn23
                    ? QCoreApplication::translate(
                          "ShipmentRules",
                          "This international item needs a customs declaration CN 23: fill it in.")
                    : QCoreApplication::translate(
                          "ShipmentRules",
                          "This international item needs a customs declaration CN 22: fill it in."));
        return;
    }
    const CustomsDeclaration& c = *s.customs;
    if (form != CustomsForm::None && c.lines.isEmpty())
        add(out, QStringLiteral("customs.lines"), "customs.no_lines",
            QCoreApplication::translate("ShipmentRules",
                                        "The customs declaration has no lines: list the contents."));
    const bool knownCurrency = rules.customs.kopPerCurrencyUnit.contains(c.currency);
    if (!knownCurrency)
        add(out, QStringLiteral("customs.currency"), "customs.currency_unknown",
            QCoreApplication::translate(
                "ShipmentRules",
                "The currency \"%1\" has no exchange rate configured: declare the value in RUB, USD, EUR or "
                "another configured currency.")
                .arg(c.currency));
    if (c.category == CustomsCategory::Other && c.explanation.trimmed().isEmpty())
        add(out, QStringLiteral("customs.explanation"), "customs.explanation_missing",
            QCoreApplication::translate(
                "ShipmentRules", "The customs category is \"Other\": explain the nature of the contents."));
    checkCustomsLines(s, c, out);
    if (knownCurrency && s.declaredValueKop > 0) {
        const std::int64_t total = customsTotalValueKop(c, rules.customs).value_or(0);
        if (s.declaredValueKop > total)
            add(out, QStringLiteral("declared_value"), "customs.declared_value_exceeds",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "The declared value %1 is more than the customs value of the contents (%2): lower the "
                    "declared value or correct the customs lines.")
                    .arg(rub(s.declaredValueKop), rub(total)));
    }
}

} // namespace

std::int64_t customsTotalValueMinor(const CustomsDeclaration& customs)
{
    std::int64_t sum = 0;
    for (const CustomsLine& l : customs.lines)
        sum = satAdd(sum, l.valueMinor);
    return sum;
}

std::int64_t customsTotalNetWeightG(const CustomsDeclaration& customs)
{
    std::int64_t sum = 0;
    for (const CustomsLine& l : customs.lines)
        sum = satAdd(sum, l.netWeightG);
    return sum;
}

std::optional<std::int64_t> customsTotalValueKop(const CustomsDeclaration& customs, const CustomsRules& rules)
{
    const auto it = rules.kopPerCurrencyUnit.constFind(customs.currency);
    if (it == rules.kopPerCurrencyUnit.cend())
        return std::nullopt;
    // Minor units are hundredths of the major unit for every currency we configure.
    const auto r = Money::fromKopecks(customsTotalValueMinor(customs)).scaled(*it, 100);
    return r ? r->kopecks() : kMax;
}

std::optional<double> customsTotalValueSdr(const CustomsDeclaration& customs, const CustomsRules& rules)
{
    const auto kop = customsTotalValueKop(customs, rules);
    if (!kop || rules.kopPerSdr <= 0)
        return std::nullopt;
    return static_cast<double>(*kop) / static_cast<double>(rules.kopPerSdr);
}

CustomsForm requiredCustomsForm(const Shipment& shipment, const CustomsRules& rules)
{
    if (!shipment.international())
        return CustomsForm::None;
    if (isParcelType(shipment.mailType()))
        return CustomsForm::Cn23;
    if (shipment.mailType() == 2) {
        if (!shipment.customs || shipment.customs->category == CustomsCategory::Documents)
            return CustomsForm::None;
    }
    if (!shipment.customs)
        return CustomsForm::Cn22;
    const auto kop = customsTotalValueKop(*shipment.customs, rules);
    std::int64_t limitKop = 0;
    if (__builtin_mul_overflow(std::int64_t{rules.cn22LimitSdr}, rules.kopPerSdr, &limitKop))
        limitKop = kMax;
    return kop && *kop > limitKop ? CustomsForm::Cn23 : CustomsForm::Cn22;
}

bool isPlausiblePhone(QStringView phone)
{
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < phone.size(); ++i) {
        const QChar c = phone[i];
        if (c == u'+' && i == 0 && !plus) {
            plus = true;
        } else if (c >= u'0' && c <= u'9') {
            digits += c;
        } else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != QChar(0x00A0)) {
            return false;
        }
    }
    if (plus && digits.startsWith(u'7') && !digits.startsWith(QLatin1String("77")))
        return digits.size() == 11; // +7 and 10 digits (Kazakhstan's +77 falls through below)
    if (plus)
        return digits.size() >= 8 && digits.size() <= 15;
    return digits.size() == 11 && digits.startsWith(u'8');
}

QList<FieldIssue> checkRecipient(const Address& a, bool international)
{
    QList<FieldIssue> out;
    if (a.name.trimmed().isEmpty())
        add(out, QStringLiteral("recipient.name"), "address.name_missing",
            QCoreApplication::translate("ShipmentRules", "Enter the recipient's name."));
    if (international) {
        if (!isAlpha2(a.country) || a.country == QLatin1String("RU"))
            add(out, QStringLiteral("recipient.country"), "address.country_invalid",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "An international item needs the recipient's country as a two-letter code other than RU "
                    "(e.g. DE, CN)."));
        if (a.place.trimmed().isEmpty())
            add(out, QStringLiteral("recipient.place"), "address.place_missing",
                QCoreApplication::translate("ShipmentRules", "Enter the recipient's town or city."));
    } else {
        if (!a.country.isEmpty() && a.country != QLatin1String("RU"))
            add(out, QStringLiteral("recipient.country"), "address.country_not_domestic",
                QCoreApplication::translate(
                    "ShipmentRules",
                    "A domestic item goes to Russia (RU), not to \"%1\": choose an international product.")
                    .arg(a.country));
        if (a.postcode.isEmpty())
            add(out, QStringLiteral("recipient.postcode"), "address.postcode_missing",
                QCoreApplication::translate("ShipmentRules", "Enter the recipient's postcode (6 digits)."));
        else if (!isSixDigits(a.postcode))
            add(out, QStringLiteral("recipient.postcode"), "address.postcode_invalid",
                QCoreApplication::translate("ShipmentRules",
                                            "The recipient's postcode \"%1\" must be exactly 6 digits.")
                    .arg(a.postcode));
        if (a.type == AddressType::Street) {
            const bool noStreet = a.street.trimmed().isEmpty();
            const bool noHouse = a.house.trimmed().isEmpty();
            if (noStreet && noHouse)
                add(out, QStringLiteral("recipient.street"), "address.street_address_missing",
                    QCoreApplication::translate(
                        "ShipmentRules",
                        "The recipient's address is missing: enter the street and house (or choose P.O. box "
                        "or poste restante)."));
            else if (noStreet)
                add(out, QStringLiteral("recipient.street"), "address.street_missing",
                    QCoreApplication::translate("ShipmentRules", "Enter the recipient's street."));
            else if (noHouse)
                add(out, QStringLiteral("recipient.house"), "address.house_missing",
                    QCoreApplication::translate("ShipmentRules", "Enter the recipient's house number."));
        }
    }
    if (a.type == AddressType::PoBox && a.room.trimmed().isEmpty())
        add(out, QStringLiteral("recipient.room"), "address.po_box_missing",
            QCoreApplication::translate("ShipmentRules", "A P.O. box address needs the box number."));
    if (!a.phone.isEmpty() && !isPlausiblePhone(a.phone))
        add(out, QStringLiteral("recipient.phone"), "address.phone_invalid",
            QCoreApplication::translate("ShipmentRules", "The phone number \"%1\" is not plausible: use +7 "
                                                         "and 10 digits, 8 and 10 digits, or + and the "
                                                         "international number.")
                .arg(a.phone));
    return out;
}

QList<FieldIssue> checkSender(const Address& a)
{
    QList<FieldIssue> out;
    if (a.name.trimmed().isEmpty())
        add(out, QStringLiteral("sender.name"), "address.sender_name_missing",
            QCoreApplication::translate("ShipmentRules", "Enter the sender's name."));
    if (a.postcode.isEmpty())
        add(out, QStringLiteral("sender.postcode"), "address.sender_postcode_missing",
            QCoreApplication::translate("ShipmentRules", "Enter the sender's postcode (6 digits)."));
    else if (!isSixDigits(a.postcode))
        add(out, QStringLiteral("sender.postcode"), "address.sender_postcode_invalid",
            QCoreApplication::translate("ShipmentRules",
                                        "The sender's postcode \"%1\" must be exactly 6 digits.")
                .arg(a.postcode));
    return out;
}

QList<FieldIssue> checkShipment(const Shipment& s, const ShipmentRules& rules)
{
    QList<FieldIssue> out;
    if (s.weightG <= 0)
        add(out, QStringLiteral("weight_g"), "weight.missing",
            QCoreApplication::translate("ShipmentRules", "Weigh the item: its weight must be above 0 g."));
    out += s.byRecipientPhone() ? phonesend::checkPhoneRecipient(s)
                                : checkRecipient(s.recipient, s.international());
    out += checkSender(s.sender);
    checkMoney(s, out);
    checkInventory(s, out);
    checkCustoms(s, rules, out);
    return out;
}

std::optional<FieldIssue> weightMismatch(const Shipment& s, std::int64_t measuredG,
                                         const ShipmentRules& rules)
{
    if (!s.declaredWeightG)
        return std::nullopt;
    const std::int64_t declared = *s.declaredWeightG;
    // Bounded by what a scale can show; keeps the arithmetic far from overflow.
    if (declared < 0 || declared > 1'000'000'000 || measuredG < 0 || measuredG > 1'000'000'000)
        return FieldIssue{
            QStringLiteral("weight_g"), QStringLiteral("weight.mismatch"),
            QCoreApplication::translate(
                "ShipmentRules", "The declared or measured weight is out of range: weigh the item again.")};
    const std::int64_t diff = measuredG > declared ? measuredG - declared : declared - measuredG;
    const std::int64_t allowed =
        std::max<std::int64_t>(rules.weightToleranceG, declared * rules.weightTolerancePercent / 100);
    if (diff <= allowed)
        return std::nullopt;
    return FieldIssue{
        QStringLiteral("weight_g"), QStringLiteral("weight.mismatch"),
        QCoreApplication::translate(
            "ShipmentRules",
            "The item weighs %1 g but the sender declared %2 g: the difference of %3 g is more than "
            "the %4 g allowed. Refuse the item or have the sender correct the weight.")
            .arg(measuredG)
            .arg(declared)
            .arg(diff)
            .arg(allowed)};
}

} // namespace pc::acceptance
