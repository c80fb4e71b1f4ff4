#include "domain/acceptance/BusinessOrder.h"

#include "domain/ItemIdentifier.h"
#include "domain/acceptance/BusinessListText.h"
#include "domain/tariff/JsonLineLocator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace pc::acceptance {

namespace {

struct Named {
    const char* name;
    int value;
};

// DOMAIN.md §2/§3: Отправка mail-type → tariff mail type; mail-category → category digit.
constexpr Named kMailTypes[] = {{"POSTAL_PARCEL", 4}, {"ONLINE_PARCEL", 23}, {"EMS", 7},
                                {"LETTER", 2},        {"BANDEROL", 3},       {"PARCEL_CLASS_1", 47},
                                {"SMALL_PACKET", 5}};
// Real Отправка products that are not handed in at a counter (couriers, returns, combined...).
constexpr const char* kNotAtCounter[] = {"BUSINESS_COURIER",
                                         "BUSINESS_COURIER_ES",
                                         "ONLINE_COURIER",
                                         "EMS_OPTIMAL",
                                         "EMS_RT",
                                         "EMS_TENDER",
                                         "EASY_RETURN",
                                         "ECOM",
                                         "ECOM_MARKETPLACE",
                                         "COMBINED",
                                         "VSD"};
constexpr Named kCategories[] = {{"SIMPLE", 0},
                                 {"ORDERED", 1},
                                 {"WITH_DECLARED_VALUE", 2},
                                 {"ORDINARY", 3},
                                 {"WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY", 4}};
// ISO 3166-1 numeric (mail-direct, country-code) for the destinations a counter sees most.
constexpr Named kCountries[] = {{"RU", 643}, {"BY", 112}, {"KZ", 398}, {"AM", 51},  {"KG", 417}, {"UZ", 860},
                                {"TJ", 762}, {"AZ", 31},  {"GE", 268}, {"CN", 156}, {"DE", 276}, {"US", 840},
                                {"FR", 250}, {"IT", 380}, {"ES", 724}, {"GB", 826}, {"IL", 376}, {"TR", 792},
                                {"AE", 784}, {"FI", 246}, {"PL", 616}, {"RS", 688}, {"IN", 356}, {"TH", 764}};
constexpr Named kCurrencies[] = {{"RUB", 643}, {"USD", 840}, {"EUR", 978}, {"CNY", 156}};
constexpr Named kFlags[] = {{"fragile", 4},
                            {"inventory", 23},
                            {"with-order-of-notice", 2},
                            {"with-simple-notice", 1},
                            {"with-electronic-notice", 62},
                            {"sms-notice-recipient", 20},
                            {"no-return", 160}};

template <std::size_t N> std::optional<int> lookup(const Named (&table)[N], QStringView name)
{
    for (const Named& n : table)
        if (name == QLatin1String(n.name))
            return n.value;
    return std::nullopt;
}

template <std::size_t N> QString nameOf(const Named (&table)[N], std::int64_t value)
{
    for (const Named& n : table)
        if (n.value == value)
            return QLatin1String(n.name);
    return {};
}

class OrderReader {
public:
    OrderReader(const QJsonObject& o, QList<FieldIssue>* issues) : m_o(o), m_issues(issues) {}

    bool has(const char* key) const { return has(m_o, key); }
    static bool has(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        return !(v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()));
    }
    QString str(const char* key) const { return str(m_o, key); }
    static QString str(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble() && std::fabs(v.toDouble()) < 9e15)
            return QString::number(static_cast<qint64>(v.toDouble()));
        return v.isString() ? v.toString().trimmed() : QString();
    }
    // Integers may come as JSON numbers or (CSV) digit strings; anything else is an issue.
    std::optional<std::int64_t> integer(const char* key) { return integer(m_o, key, QLatin1String(key)); }
    std::optional<std::int64_t> integer(const QJsonObject& o, const char* key, const QString& field)
    {
        if (!has(o, key))
            return std::nullopt;
        const QJsonValue v = o.value(QLatin1String(key));
        bool ok = false;
        std::int64_t r = 0;
        if (v.isDouble()) {
            const double d = v.toDouble();
            ok = std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 1e15;
            r = ok ? static_cast<std::int64_t>(d) : 0;
        } else if (v.isString()) {
            r = v.toString().trimmed().toLongLong(&ok);
            ok = ok && std::llabs(r) <= 1'000'000'000'000'000LL;
        }
        if (!ok) {
            issue(field, "order.number_invalid",
                  QCoreApplication::translate("BusinessList", "\"%1\" must be a whole number, not \"%2\".")
                      .arg(field, v.isString() ? v.toString() : QString()));
            return std::nullopt;
        }
        return r;
    }
    bool flag(const char* key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (v.isDouble())
            return v.toDouble() != 0;
        const QString s = v.toString().trimmed().toLower();
        return s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes") ||
               s == QStringLiteral("да");
    }
    void issue(const QString& field, const char* code, const QString& message)
    {
        m_issues->append(FieldIssue{field, QString::fromLatin1(code), message});
    }

private:
    QJsonObject m_o;
    QList<FieldIssue>* m_issues;
};

QString countryFrom(OrderReader& r, const QJsonObject& o, const char* key, const QString& field)
{
    const QString s = OrderReader::str(o, key).toUpper();
    if (s.isEmpty())
        return {};
    if (s.size() == 2)
        return s;
    const auto num = r.integer(o, key, field);
    const QString alpha = num ? nameOf(kCountries, *num) : QString();
    if (alpha.isEmpty() && num)
        r.issue(field, "order.country_unknown",
                QCoreApplication::translate(
                    "BusinessList", "Country code %1 is not known here: give the two-letter code instead.")
                    .arg(*num));
    return alpha;
}

std::optional<CustomsDeclaration> readCustoms(OrderReader& r, const QJsonObject& order)
{
    const QString field = QStringLiteral("customs-declaration");
    QJsonValue v = order.value(field);
    if (v.isString()) { // CSV: the declaration as JSON text in one cell
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            r.issue(field, "order.customs_invalid",
                    QCoreApplication::translate("BusinessList",
                                                "The customs declaration is not a JSON object: %1.")
                        .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("—")));
            return std::nullopt;
        }
        v = doc.object();
    }
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    CustomsDeclaration c;
    const QString type = OrderReader::str(o, "entries-type");
    static const Named kTypes[] = {{"GIFT", 0},           {"DOCUMENT", 1},
                                   {"SALE_OF_GOODS", 2},  {"COMMERCIAL_SAMPLE", 3},
                                   {"RETURNED_GOODS", 4}, {"OTHER", 5}};
    if (const auto t = lookup(kTypes, type))
        c.category = static_cast<CustomsCategory>(*t);
    else
        r.issue(
            field + QStringLiteral(".entries-type"), "order.customs_type_unknown",
            QCoreApplication::translate("BusinessList", "Unknown customs entries-type \"%1\".").arg(type));
    const QString cur = OrderReader::str(o, "currency").toUpper();
    bool numeric = false;
    const int curNum = cur.toInt(&numeric);
    c.currency = numeric ? nameOf(kCurrencies, curNum) : cur;
    if (c.currency.isEmpty())
        c.currency = cur;
    c.explanation = OrderReader::str(o, "explanation");
    const QJsonArray entries = o.value(QLatin1String("customs-entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        const QString ef = QStringLiteral("%1.customs-entries[%2].").arg(field).arg(i);
        CustomsLine l;
        l.description = OrderReader::str(e, "description");
        l.quantity = static_cast<int>(r.integer(e, "amount", ef + QLatin1String("amount")).value_or(1));
        l.valueMinor = r.integer(e, "value", ef + QLatin1String("value")).value_or(0);
        l.netWeightG = r.integer(e, "weight", ef + QLatin1String("weight")).value_or(0);
        l.hsCode = OrderReader::str(e, "tnved-code");
        l.originCountry = countryFrom(r, e, "country-code", ef + QLatin1String("country-code"));
        c.lines.append(l);
    }
    return c;
}

std::array<int, 3> readDims(OrderReader& r, const QJsonObject& order)
{
    std::array<int, 3> d{};
    const QJsonValue v = order.value(QLatin1String("dimension"));
    QJsonObject o = v.toObject();
    if (v.isString()) { // CSV: "300x200x150"
        QString t = v.toString();
        t.replace(QChar(0x00D7), u'x').replace(u'X', u'x').replace(u'*', u'x');
        const QStringList parts = t.split(u'x');
        if (parts.size() == 3) {
            o.insert(QLatin1String("length"), parts[0].trimmed());
            o.insert(QLatin1String("width"), parts[1].trimmed());
            o.insert(QLatin1String("height"), parts[2].trimmed());
        } else {
            r.issue(QStringLiteral("dimension"), "order.number_invalid",
                    QCoreApplication::translate(
                        "BusinessList", "\"dimension\" must be length x width x height in mm, not \"%1\".")
                        .arg(v.toString()));
        }
    }
    if (v.isUndefined()) {
        for (const char* k : {"length", "width", "height"}) {
            const QString col = QStringLiteral("dimension-") + QLatin1String(k);
            if (order.contains(col))
                o.insert(QLatin1String(k), order.value(col));
        }
    }
    const char* keys[] = {"length", "width", "height"};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto mm =
            r.integer(o, keys[i], QStringLiteral("dimension.") + QLatin1String(keys[i])).value_or(0);
        d[i] = mm >= 0 && mm <= 100000 ? static_cast<int>(mm) : 0;
    }
    return d;
}

} // namespace

std::optional<int> objectForOrder(const QString& mailType, const QString& mailCategory, bool international)
{
    std::optional<int> type = lookup(kMailTypes, mailType);
    bool numeric = false;
    const int n = mailType.toInt(&numeric);
    if (!type && numeric && n > 0 && n < 100)
        type = n;
    const std::optional<int> category = lookup(kCategories, mailCategory);
    if (!type || !category)
        return std::nullopt;
    return *type * 1000 + *category * 10 + (international ? 1 : 0);
}

BusinessListLine mapBusinessOrder(const QJsonObject& order, int line, const ShipmentRules& rules)
{
    BusinessListLine out;
    out.line = line;
    OrderReader r(order, &out.issues);
    Shipment s;

    out.barcode = r.str("barcode");
    if (out.barcode.isEmpty()) {
        r.issue(QStringLiteral("barcode"), "order.barcode_missing",
                QCoreApplication::translate("BusinessList",
                                            "The order has no barcode: the client must assign one."));
    } else if (const auto id = parseItemId(out.barcode)) {
        out.barcode = id->text;
    } else {
        r.issue(QStringLiteral("barcode"), "order.barcode_invalid", id.error().message);
    }
    s.barcode = out.barcode;

    // Recipient.
    Address& a = s.recipient;
    a.name = r.str("recipient-name");
    if (a.name.isEmpty()) {
        QStringList parts;
        for (const char* k : {"surname", "given-name", "middle-name"})
            if (r.has(k))
                parts.append(r.str(k));
        a.name = parts.join(u' ');
    }
    QString country = countryFrom(r, order, "country-to", QStringLiteral("country-to"));
    const QString direct = countryFrom(r, order, "mail-direct", QStringLiteral("mail-direct"));
    if (country.isEmpty())
        country = direct.isEmpty() ? QStringLiteral("RU") : direct;
    a.country = country;
    const bool international =
        country != QLatin1String("RU") || (!direct.isEmpty() && direct != QLatin1String("RU"));
    a.postcode = international && r.has("str-index-to") ? r.str("str-index-to") : r.str("index-to");
    a.region = r.str("region-to");
    a.place = r.str("place-to");
    a.street = r.str("street-to");
    a.house = r.str("house-to");
    a.room = r.str("room-to");
    a.phone = r.str("tel-address");
    if (a.phone.size() == 11 && a.phone.startsWith(u'7') && !a.phone.contains(u' '))
        a.phone.prepend(u'+'); // Отправка gives phones as numbers: 79161234567
    if (r.has("address-type-to")) {
        static const Named kTypes[] = {{"DEFAULT", 0}, {"PO_BOX", 1}, {"DEMAND", 2}, {"UNIT", 3}};
        const QString t = r.str("address-type-to");
        if (const auto at = lookup(kTypes, t))
            a.type = static_cast<AddressType>(*at);
        else
            r.issue(
                QStringLiteral("address-type-to"), "order.address_type_unknown",
                QCoreApplication::translate(
                    "BusinessList", "Unknown address-type-to \"%1\": use DEFAULT, PO_BOX, DEMAND or UNIT.")
                    .arg(t));
    }

    // Sender: the client's own address, when the list carries it per order.
    s.sender.name = r.str("sender-name");
    s.sender.postcode = r.has("index-from") ? r.str("index-from") : r.str("postoffice-code");
    s.sender.region = r.str("region-from");
    s.sender.place = r.str("place-from");
    s.sender.street = r.str("street-from");
    s.sender.house = r.str("house-from");
    s.sender.room = r.str("room-from");

    // Weight, size, money, services.
    if (const auto mass = r.integer("mass")) {
        s.weightG = *mass;
        s.declaredWeightG = *mass;
    }
    s.dimsMm = readDims(r, order);
    s.declaredValueKop = r.integer("insr-value").value_or(0);
    s.codKop = r.integer("payment").value_or(0);
    for (const Named& f : kFlags)
        if (r.flag(f.name))
            s.services.append(f.value);
    if (const auto days = r.integer("shelf-life-days")) {
        if (*days < 15 || *days > 60)
            r.issue(QStringLiteral("shelf-life-days"), "order.shelf_life_out_of_range",
                    QCoreApplication::translate(
                        "BusinessList", "shelf-life-days is %1: a storage period must be 15 to 60 days.")
                        .arg(*days));
        else
            s.shelfLifeDays = static_cast<int>(*days);
    }
    if (order.contains(QLatin1String("customs-declaration")))
        s.customs = readCustoms(r, order);

    // Product.
    const QString mailType = r.str("mail-type");
    const QString mailCategory = r.str("mail-category");
    const auto object = objectForOrder(mailType, mailCategory, international);
    bool mapped = true;
    if (!lookup(kMailTypes, mailType) && !object) {
        mapped = false;
        bool refused = false;
        for (const char* n : kNotAtCounter)
            refused = refused || mailType == QLatin1String(n);
        if (refused)
            r.issue(QStringLiteral("mail-type"), "order.mail_type_not_accepted",
                    QCoreApplication::translate(
                        "BusinessList", "mail-type %1 is not accepted at a post-office counter: hand it to "
                                        "the courier service.")
                        .arg(mailType));
        else
            r.issue(QStringLiteral("mail-type"), "order.mail_type_unknown",
                    QCoreApplication::translate("BusinessList", "Unknown mail-type \"%1\".").arg(mailType));
    } else if (!object) {
        mapped = false;
        r.issue(
            QStringLiteral("mail-category"), "order.mail_category_unknown",
            QCoreApplication::translate("BusinessList", "Unknown mail-category \"%1\".").arg(mailCategory));
    }
    if (!mapped)
        return out;
    s.object = *object;
    out.issues += checkShipment(s, rules);
    out.shipment = std::move(s);
    return out;
}

Result<BusinessList> parseBusinessList(const QByteArray& input, const QString& fileNameHint,
                                       const ShipmentRules& rules)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    BusinessList list;
    const QString lower = fileNameHint.toLower();
    bool json = lower.endsWith(QLatin1String(".json"));
    if (!json && !lower.endsWith(QLatin1String(".csv"))) {
        const QByteArray head = bytes.left(64).trimmed();
        json = head.startsWith('[') || head.startsWith('{');
    }

    if (json) {
        list.format = QStringLiteral("json");
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (pe.error != QJsonParseError::NoError) {
            int l = 1, c = 1;
            tariff::jsonLineColumn(bytes, pe.offset, &l, &c);
            return Result<BusinessList>::fail(
                QStringLiteral("business_list.syntax"),
                QCoreApplication::translate("BusinessList", "line %1, column %2: %3")
                    .arg(l)
                    .arg(c)
                    .arg(pe.errorString()));
        }
        QJsonArray orders;
        if (doc.isArray())
            orders = doc.array();
        else if (doc.object().value(QLatin1String("orders")).isArray())
            orders = doc.object().value(QLatin1String("orders")).toArray();
        else
            return Result<BusinessList>::fail(
                QStringLiteral("business_list.shape"),
                QCoreApplication::translate(
                    "BusinessList", "The file is JSON but neither an array of orders nor an object with "
                                    "\"orders\": [...]."));
        const QList<int> lines = detail::jsonOrderLines(bytes);
        list.lines.reserve(orders.size());
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const int line = i < lines.size() ? lines[i] : 1;
            if (!orders[i].isObject()) {
                BusinessListLine bad;
                bad.line = line;
                bad.issues.append(FieldIssue{
                    QStringLiteral("order"), QStringLiteral("order.not_object"),
                    QCoreApplication::translate("BusinessList", "An order must be a JSON object.")});
                list.lines.append(bad);
                continue;
            }
            list.lines.append(mapBusinessOrder(orders[i].toObject(), line, rules));
        }
    } else {
        list.format = QStringLiteral("csv");
        auto records = detail::readCsvOrders(bytes);
        if (!records)
            return records.error();
        list.lines.reserve(records->size());
        for (const detail::CsvOrder& rec : *records) {
            BusinessListLine l = mapBusinessOrder(rec.order, rec.line, rules);
            if (!rec.columnIssue.isEmpty())
                l.issues.prepend(FieldIssue{QStringLiteral("order"), QStringLiteral("order.csv_columns"),
                                            rec.columnIssue});
            list.lines.append(std::move(l));
        }
    }

    // Duplicates: the second occurrence names the first.
    QHash<QString, int> first;
    first.reserve(list.lines.size());
    for (BusinessListLine& l : list.lines) {
        if (l.barcode.isEmpty())
            continue;
        const auto it = first.constFind(l.barcode);
        if (it == first.cend()) {
            first.insert(l.barcode, l.line);
            continue;
        }
        l.issues.append(FieldIssue{
            QStringLiteral("barcode"), QStringLiteral("order.barcode_duplicate"),
            QCoreApplication::translate("BusinessList", "Barcode %1 is already used by the order at line %2.")
                .arg(l.barcode)
                .arg(*it)});
    }
    return list;
}

} // namespace pc::acceptance
