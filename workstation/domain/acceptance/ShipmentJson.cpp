#include "domain/acceptance/ShipmentJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace pc::acceptance {

namespace {

constexpr double kMaxExact = 9007199254740992.0; // 2^53: larger doubles are not exact integers

// Reads typed members of one JSON object; remembers the first error with the field's full path.
class Reader {
public:
    Reader(const QJsonObject& o, QString path, std::optional<Error>* error)
        : m_o(o), m_path(std::move(path)), m_error(error)
    {}

    QString path(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool failed() const { return m_error->has_value(); }

    void fail(const QString& field, const QString& message)
    {
        if (!failed())
            *m_error = Error{QStringLiteral("shipment.json"), message.arg(field)};
    }
    void wrongType(const QString& field, const char* what)
    {
        if (!failed())
            *m_error = Error{QStringLiteral("shipment.json"),
                             QCoreApplication::translate("ShipmentJson", "Field \"%1\" must be %2.")
                                 .arg(field, QCoreApplication::translate("ShipmentJson", what))};
    }

    // Refuses keys the format does not have, so a typo does not silently drop data.
    void onlyKeys(std::initializer_list<const char*> keys)
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it) {
            bool known = false;
            for (const char* k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                fail(path(it.key()), QCoreApplication::translate("ShipmentJson", "Unknown field \"%1\"."));
        }
    }

    QString str(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            wrongType(path(QLatin1String(key)), QT_TRANSLATE_NOOP("ShipmentJson", "a string"));
        return v.toString();
    }

    static bool toInt(const QJsonValue& v, std::int64_t* out)
    {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kMaxExact)
            return false;
        *out = static_cast<std::int64_t>(d);
        return true;
    }

    std::int64_t int64(const char* key, std::int64_t fallback = 0)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        std::int64_t r = 0;
        if (!toInt(v, &r))
            wrongType(path(QLatin1String(key)), QT_TRANSLATE_NOOP("ShipmentJson", "an integer"));
        return r;
    }
    int int32(const char* key, int fallback = 0)
    {
        const std::int64_t r = int64(key, fallback);
        if (r < -2147483647 || r > 2147483647) {
            wrongType(path(QLatin1String(key)), QT_TRANSLATE_NOOP("ShipmentJson", "a smaller integer"));
            return fallback;
        }
        return static_cast<int>(r);
    }
    QJsonArray array(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            wrongType(path(QLatin1String(key)), QT_TRANSLATE_NOOP("ShipmentJson", "an array"));
        return v.toArray();
    }
    bool has(const char* key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    const QJsonObject& object() const { return m_o; }

private:
    QJsonObject m_o;
    QString m_path;
    std::optional<Error>* m_error;
};

QString indexed(const QString& path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

// The value at a path must be an object; reports otherwise.
bool objectAt(Reader& parent, const QJsonValue& v, const QString& field, QJsonObject* out)
{
    if (!v.isObject()) {
        parent.wrongType(field, QT_TRANSLATE_NOOP("ShipmentJson", "an object"));
        return false;
    }
    *out = v.toObject();
    return true;
}

Address readAddress(const QJsonObject& o, const QString& path, std::optional<Error>* error)
{
    Reader r(o, path, error);
    r.onlyKeys({"name", "postcode", "country", "region", "place", "street", "house", "room", "phone",
                "address_type"});
    Address a;
    a.name = r.str("name");
    a.postcode = r.str("postcode");
    if (r.has("country"))
        a.country = r.str("country");
    a.region = r.str("region");
    a.place = r.str("place");
    a.street = r.str("street");
    a.house = r.str("house");
    a.room = r.str("room");
    a.phone = r.str("phone");
    if (r.has("address_type")) {
        const auto t = addressTypeFromName(r.str("address_type"));
        if (t)
            a.type = *t;
        else
            r.fail(r.path(QStringLiteral("address_type")),
                   QCoreApplication::translate(
                       "ShipmentJson", "Field \"%1\" must be one of street, po_box, poste_restante, unit."));
    }
    return a;
}

CustomsDeclaration readCustoms(const QJsonObject& o, std::optional<Error>* error)
{
    Reader r(o, QStringLiteral("customs"), error);
    r.onlyKeys(
        {"category", "currency", "lines", "explanation", "comments", "licence", "certificate", "invoice"});
    CustomsDeclaration c;
    if (r.has("category")) {
        const auto cat = customsCategoryFromName(r.str("category"));
        if (cat)
            c.category = *cat;
        else
            r.fail(r.path(QStringLiteral("category")),
                   QCoreApplication::translate("ShipmentJson",
                                               "Field \"%1\" must be one of gift, documents, sale_of_goods, "
                                               "commercial_sample, returned_goods, other."));
    }
    if (r.has("currency"))
        c.currency = r.str("currency");
    c.explanation = r.str("explanation");
    c.comments = r.str("comments");
    c.licence = r.str("licence");
    c.certificate = r.str("certificate");
    c.invoice = r.str("invoice");
    const QJsonArray lines = r.array("lines");
    for (qsizetype i = 0; i < lines.size() && !r.failed(); ++i) {
        const QString lp = indexed(QStringLiteral("customs.lines"), i);
        QJsonObject lo;
        if (!objectAt(r, lines[i], lp, &lo))
            break;
        Reader lr(lo, lp, error);
        lr.onlyKeys({"description", "quantity", "net_weight_g", "value_minor", "hs_code", "origin_country"});
        CustomsLine l;
        l.description = lr.str("description");
        l.quantity = lr.int32("quantity", 1);
        l.netWeightG = lr.int64("net_weight_g");
        l.valueMinor = lr.int64("value_minor");
        l.hsCode = lr.str("hs_code");
        l.originCountry = lr.str("origin_country");
        c.lines.append(l);
    }
    return c;
}

QJsonObject addressToJson(const Address& a)
{
    QJsonObject o;
    auto put = [&](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("name", a.name);
    put("postcode", a.postcode);
    o.insert(QLatin1String("country"), a.country);
    put("region", a.region);
    put("place", a.place);
    put("street", a.street);
    put("house", a.house);
    put("room", a.room);
    put("phone", a.phone);
    o.insert(QLatin1String("address_type"), addressTypeName(a.type));
    return o;
}

const char* const kAddressTypes[] = {"street", "po_box", "poste_restante", "unit"};
const char* const kCategories[] = {"gift",           "documents", "sale_of_goods", "commercial_sample",
                                   "returned_goods", "other"};

} // namespace

QJsonObject addressJson(const Address& a)
{
    return addressToJson(a);
}

Result<Address> addressFromJson(const QJsonObject& json, const QString& path)
{
    std::optional<Error> error;
    Address a = readAddress(json, path, &error);
    if (error)
        return *error;
    return a;
}

QString addressTypeName(AddressType type)
{
    return QLatin1String(kAddressTypes[static_cast<int>(type)]);
}

std::optional<AddressType> addressTypeFromName(QStringView name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kAddressTypes[i]))
            return static_cast<AddressType>(i);
    return std::nullopt;
}

QString customsCategoryName(CustomsCategory category)
{
    return QLatin1String(kCategories[static_cast<int>(category)]);
}

std::optional<CustomsCategory> customsCategoryFromName(QStringView name)
{
    for (int i = 0; i < 6; ++i)
        if (name == QLatin1String(kCategories[i]))
            return static_cast<CustomsCategory>(i);
    return std::nullopt;
}

QJsonObject shipmentToJson(const Shipment& s)
{
    QJsonObject o;
    o.insert(QLatin1String("barcode"), s.barcode);
    o.insert(QLatin1String("object"), s.object);
    o.insert(QLatin1String("weight_g"), static_cast<double>(s.weightG));
    o.insert(QLatin1String("dims_mm"), QJsonArray{s.dimsMm[0], s.dimsMm[1], s.dimsMm[2]});
    o.insert(QLatin1String("declared_value_kop"), static_cast<double>(s.declaredValueKop));
    o.insert(QLatin1String("cod_kop"), static_cast<double>(s.codKop));
    QJsonArray services;
    for (int code : s.services)
        services.append(code);
    o.insert(QLatin1String("services"), services);
    o.insert(QLatin1String("recipient"), addressToJson(s.recipient));
    o.insert(QLatin1String("sender"), addressToJson(s.sender));
    if (s.customs) {
        const CustomsDeclaration& c = *s.customs;
        QJsonObject co;
        co.insert(QLatin1String("category"), customsCategoryName(c.category));
        co.insert(QLatin1String("currency"), c.currency);
        QJsonArray lines;
        for (const CustomsLine& l : c.lines)
            lines.append(QJsonObject{{QLatin1String("description"), l.description},
                                     {QLatin1String("quantity"), l.quantity},
                                     {QLatin1String("net_weight_g"), static_cast<double>(l.netWeightG)},
                                     {QLatin1String("value_minor"), static_cast<double>(l.valueMinor)},
                                     {QLatin1String("hs_code"), l.hsCode},
                                     {QLatin1String("origin_country"), l.originCountry}});
        co.insert(QLatin1String("lines"), lines);
        for (auto [key, value] : {std::pair{"explanation", &c.explanation},
                                  std::pair{"comments", &c.comments}, std::pair{"licence", &c.licence},
                                  std::pair{"certificate", &c.certificate}, std::pair{"invoice", &c.invoice}})
            if (!value->isEmpty())
                co.insert(QLatin1String(key), *value);
        o.insert(QLatin1String("customs"), co);
    }
    QJsonArray inventory;
    for (const InventoryLine& l : s.inventory)
        inventory.append(
            QJsonObject{{QLatin1String("description"), l.description},
                        {QLatin1String("quantity"), l.quantity},
                        {QLatin1String("declared_value_kop"), static_cast<double>(l.declaredValueKop)}});
    o.insert(QLatin1String("inventory"), inventory);
    if (!s.businessListRef.isEmpty())
        o.insert(QLatin1String("business_list"), s.businessListRef);
    if (s.declaredWeightG)
        o.insert(QLatin1String("declared_weight_g"), static_cast<double>(*s.declaredWeightG));
    if (s.shelfLifeDays != 0)
        o.insert(QLatin1String("shelf_life_days"), s.shelfLifeDays);
    if (!s.returnCode.isEmpty())
        o.insert(QLatin1String("return_code"), s.returnCode);
    if (s.byRecipientPhone())
        o.insert(QLatin1String("addressing"), QStringLiteral("by_recipient_phone"));
    return o;
}

Result<Shipment> shipmentFromJson(const QJsonObject& json)
{
    std::optional<Error> error;
    Reader r(json, QString(), &error);
    r.onlyKeys({"barcode", "object", "weight_g", "dims_mm", "declared_value_kop", "cod_kop", "services",
                "recipient", "sender", "customs", "inventory", "business_list", "declared_weight_g",
                "shelf_life_days", "return_code", "addressing"});
    Shipment s;
    s.barcode = r.str("barcode");
    if (!r.has("object"))
        r.fail(QStringLiteral("object"),
               QCoreApplication::translate("ShipmentJson",
                                           "Field \"%1\" is required: the tariff object code, "
                                           "e.g. 4030 for a domestic parcel."));
    s.object = r.int32("object");
    s.weightG = r.int64("weight_g");
    const QJsonArray dims = r.array("dims_mm");
    if (!dims.isEmpty() && dims.size() != 3)
        r.fail(QStringLiteral("dims_mm"),
               QCoreApplication::translate("ShipmentJson",
                                           "Field \"%1\" must list three sizes in mm [l, w, h]."));
    for (qsizetype i = 0; i < dims.size() && i < 3; ++i) {
        std::int64_t v = 0;
        if (!Reader::toInt(dims[i], &v) || v < 0 || v > 100000)
            r.wrongType(indexed(QStringLiteral("dims_mm"), i),
                        QT_TRANSLATE_NOOP("ShipmentJson", "a size in millimetres"));
        s.dimsMm[static_cast<std::size_t>(i)] = static_cast<int>(v);
    }
    s.declaredValueKop = r.int64("declared_value_kop");
    s.codKop = r.int64("cod_kop");
    const QJsonArray services = r.array("services");
    for (qsizetype i = 0; i < services.size(); ++i) {
        std::int64_t v = 0;
        if (!Reader::toInt(services[i], &v) || v < 0 || v > 100000)
            r.wrongType(indexed(QStringLiteral("services"), i),
                        QT_TRANSLATE_NOOP("ShipmentJson", "a service code"));
        s.services.append(static_cast<int>(v));
    }
    QJsonObject sub;
    if (r.has("recipient") &&
        objectAt(r, json.value(QLatin1String("recipient")), QStringLiteral("recipient"), &sub))
        s.recipient = readAddress(sub, QStringLiteral("recipient"), &error);
    if (r.has("sender") && objectAt(r, json.value(QLatin1String("sender")), QStringLiteral("sender"), &sub))
        s.sender = readAddress(sub, QStringLiteral("sender"), &error);
    if (r.has("customs") &&
        objectAt(r, json.value(QLatin1String("customs")), QStringLiteral("customs"), &sub))
        s.customs = readCustoms(sub, &error);
    const QJsonArray inventory = r.array("inventory");
    for (qsizetype i = 0; i < inventory.size() && !r.failed(); ++i) {
        const QString lp = indexed(QStringLiteral("inventory"), i);
        QJsonObject lo;
        if (!objectAt(r, inventory[i], lp, &lo))
            break;
        Reader lr(lo, lp, &error);
        lr.onlyKeys({"description", "quantity", "declared_value_kop"});
        s.inventory.append(
            InventoryLine{lr.str("description"), lr.int32("quantity", 1), lr.int64("declared_value_kop")});
    }
    s.businessListRef = r.str("business_list");
    if (r.has("declared_weight_g"))
        s.declaredWeightG = r.int64("declared_weight_g");
    s.shelfLifeDays = r.int32("shelf_life_days");
    s.returnCode = r.str("return_code");
    if (const QString a = r.str("addressing"); a == QLatin1String("by_recipient_phone"))
        s.addressing = Addressing::ByRecipientPhone;
    else if (!a.isEmpty() && a != QLatin1String("address"))
        r.fail(QStringLiteral("addressing"),
               QCoreApplication::translate("ShipmentJson",
                                           "Field \"%1\" is \"address\" or \"by_recipient_phone\"."));
    if (error)
        return *error;
    return s;
}

} // namespace pc::acceptance
