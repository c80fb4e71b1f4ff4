#include "TariffParser.h"

#include "TariffByPhoneRule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>
#include <initializer_list>

Q_LOGGING_CATEGORY(lcTariffParser, "pc.tariff")

namespace pc::tariff {

namespace {

using detail::kMaxKop;
using detail::kMaxPriceKop;
using detail::kMaxWeightG;

class Parser : public detail::ByPhoneRuleReader {
public:
    using ByPhoneRuleReader::ByPhoneRuleReader;
    std::shared_ptr<TariffVersion> run(const QJsonObject& root);

private:
    bool parseVat(const QJsonObject& root, TariffVersion& t);
    bool parseRegions(const QJsonObject& root, TariffVersion& t);
    bool parsePostcodes(const QJsonObject& root, TariffVersion& t);
    bool parseCountries(const QJsonObject& root, TariffVersion& t);
    bool parseDelivery(const QJsonObject& root, TariffVersion& t);
    bool parseServices(const QJsonObject& root, TariffVersion& t);
    bool parseCod(const QJsonObject& root, TariffVersion& t);
    bool parseProducts(const QJsonObject& root, TariffVersion& t);
    bool parseProduct(const QJsonObject& o, const TariffVersion& t, Product& p);
    bool parsePrices(const QJsonObject& o, const char* key, std::size_t expected,
                     std::vector<std::int64_t>* out);
    int regionByCode(const TariffVersion& t, const QString& code) const
    {
        for (std::size_t i = 0; i < t.regions.size(); ++i)
            if (t.regions[i].code == code)
                return int(i);
        return -1;
    }
};

std::shared_ptr<TariffVersion> Parser::run(const QJsonObject& root)
{
    auto t = std::make_shared<TariffVersion>();
    QString format;
    if (!keys(root, {"format", "name", "sample", "description", "effective_from", "vat", "zone_count",
                     "regions", "zone_matrix", "postcodes", "country_groups", "countries", "delivery",
                     "services", "exclusive_services", "cod", "products", "by_phone"}) ||
        !string(root, "format", &format))
        return nullptr;
    if (format != QLatin1String(kTariffFormat)) {
        Scope s(*this, "format");
        fail(QCoreApplication::translate("TariffParser", "unsupported format \"%1\"; this build reads \"%2\"")
                 .arg(format, QLatin1String(kTariffFormat)));
        return nullptr;
    }
    if (!string(root, "name", &t->name) || !boolean(root, "sample", &t->sample) ||
        !string(root, "description", &t->description, false) ||
        !date(root, "effective_from", &t->effectiveFrom) ||
        !integerAs(root, "zone_count", 1, kMaxZones, &t->zoneCount) || !parseVat(root, *t) ||
        !parseRegions(root, *t) || !parsePostcodes(root, *t) || !parseCountries(root, *t) ||
        !parseDelivery(root, *t) || !parseServices(root, *t) || !parseCod(root, *t) ||
        !parseProducts(root, *t) || !parseByPhone(root, *t))
        return nullptr;
    t->declaredValueLineName = QCoreApplication::translate("TariffParser", "Declared value fee");
    return t;
}

bool Parser::parseVat(const QJsonObject& root, TariffVersion& t)
{
    QJsonArray a;
    if (!array(root, "vat", &a))
        return false;
    Scope s(*this, "vat");
    for (int i = 0; i < a.size(); ++i) {
        Scope si(*this, i);
        QJsonObject o;
        VatPeriod p;
        if (!object(a[i], &o) || !keys(o, {"from", "percent"}) || !date(o, "from", &p.from) ||
            !percent(o, "percent", &p.rateBp))
            return false;
        if (!t.vat.empty() && p.from <= t.vat.back().from)
            return fail(QCoreApplication::translate("TariffParser",
                                                    "VAT periods must be in ascending order of \"from\""));
        t.vat.push_back(p);
    }
    if (t.vat.front().from > t.effectiveFrom)
        return fail(QCoreApplication::translate(
            "TariffParser",
            "the first VAT period starts after effective_from: no VAT rate for the first days"));
    return true;
}

bool Parser::parseRegions(const QJsonObject& root, TariffVersion& t)
{
    QJsonArray a;
    if (!array(root, "regions", &a))
        return false;
    {
        Scope s(*this, "regions");
        if (a.size() > kMaxRegions)
            return fail(QCoreApplication::translate("TariffParser", "at most %1 regions").arg(kMaxRegions));
        for (int i = 0; i < a.size(); ++i) {
            Scope si(*this, i);
            QJsonObject o;
            Region r;
            if (!object(a[i], &o) || !keys(o, {"code", "name"}) || !string(o, "code", &r.code) ||
                !string(o, "name", &r.name))
                return false;
            if (regionByCode(t, r.code) >= 0)
                return fail(
                    QCoreApplication::translate("TariffParser", "region \"%1\" is listed twice").arg(r.code));
            t.regions.push_back(r);
        }
    }
    QJsonArray m;
    if (!array(root, "zone_matrix", &m))
        return false;
    Scope s(*this, "zone_matrix");
    const int n = int(t.regions.size());
    if (m.size() != n)
        return fail(QCoreApplication::translate("TariffParser", "has %1 rows, expected %2 (one per region)")
                        .arg(m.size())
                        .arg(n));
    t.zoneMatrix.assign(std::size_t(n) * std::size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        Scope si(*this, i);
        if (!m[i].isArray() || m[i].toArray().size() != n)
            return fail(
                QCoreApplication::translate("TariffParser", "expected a row of %1 zones (one per region)")
                    .arg(n));
        const QJsonArray row = m[i].toArray();
        for (int j = 0; j < n; ++j) {
            Scope sj(*this, j);
            std::int64_t z = 0;
            if (!integer(row[j], 0, t.zoneCount, &z))
                return false;
            t.zoneMatrix[std::size_t(i) * std::size_t(n) + std::size_t(j)] = std::uint8_t(z);
        }
    }
    return true;
}

bool Parser::parsePostcodes(const QJsonObject& root, TariffVersion& t)
{
    QJsonArray a;
    if (!array(root, "postcodes", &a))
        return false;
    Scope s(*this, "postcodes");
    t.postcodeRegion.assign(kPostcodeSpace, 0);
    for (int i = 0; i < a.size(); ++i) {
        Scope si(*this, i);
        QJsonObject o;
        int from = -1, to = -1;
        QString region;
        if (!object(a[i], &o) || !keys(o, {"from", "to", "region"}) || !postcode(o, "from", &from, true) ||
            !postcode(o, "to", &to, false) || !string(o, "region", &region))
            return false;
        if (to < 0)
            to = from;
        if (to < from)
            return fail(QCoreApplication::translate("TariffParser", "\"to\" is before \"from\""));
        const int r = regionByCode(t, region);
        if (r < 0)
            return fail(
                QCoreApplication::translate("TariffParser", "unknown region \"%1\" (not in \"regions\")")
                    .arg(region));
        auto first = t.postcodeRegion.begin() + from, last = t.postcodeRegion.begin() + to + 1;
        if (auto clash = std::find_if(first, last, [](std::uint8_t x) { return x != 0; }); clash != last)
            return fail(
                QCoreApplication::translate("TariffParser", "postcode %1 is already in an earlier row")
                    .arg(int(clash - t.postcodeRegion.begin()), 6, 10, QLatin1Char('0')));
        std::fill(first, last, std::uint8_t(r + 1));
    }
    return true;
}

bool Parser::parseCountries(const QJsonObject& root, TariffVersion& t)
{
    QJsonArray groups, countries;
    if (!array(root, "country_groups", &groups, false, false) ||
        !array(root, "countries", &countries, false, false))
        return false;
    {
        Scope s(*this, "country_groups");
        for (int i = 0; i < groups.size(); ++i) {
            Scope si(*this, i);
            QJsonObject o;
            int g = 0;
            QString name;
            if (!object(groups[i], &o) || !keys(o, {"group", "name"}) || !integerAs(o, "group", 1, 255, &g) ||
                !string(o, "name", &name))
                return false;
            if (g != i + 1)
                return fail(QCoreApplication::translate("TariffParser",
                                                        "groups are numbered 1, 2, 3… in order; expected %1")
                                .arg(i + 1));
            t.countryGroupNames.push_back(name);
        }
    }
    Scope s(*this, "countries");
    for (int i = 0; i < countries.size(); ++i) {
        Scope si(*this, i);
        QJsonObject o;
        QString code;
        int g = 0;
        if (!object(countries[i], &o) || !keys(o, {"code", "group"}) || !string(o, "code", &code) ||
            !integerAs(o, "group", 1, int(t.countryGroupNames.size()), &g))
            return false;
        if (code.size() != 2 || code[0] < u'A' || code[0] > u'Z' || code[1] < u'A' || code[1] > u'Z')
            return fail(QCoreApplication::translate(
                            "TariffParser", "expected an ISO 3166-1 alpha-2 code in capitals, not \"%1\"")
                            .arg(code));
        std::uint8_t& slot =
            t.countryGroup[std::size_t((code[0].unicode() - 'A') * 26 + (code[1].unicode() - 'A'))];
        if (slot != 0)
            return fail(QCoreApplication::translate("TariffParser", "country %1 is listed twice").arg(code));
        slot = std::uint8_t(g);
    }
    return true;
}

bool Parser::parseDelivery(const QJsonObject& root, TariffVersion& t)
{
    QJsonArray a;
    if (!array(root, "delivery", &a))
        return false;
    Scope s(*this, "delivery");
    const std::size_t n = t.regions.size();
    auto dayRange = [&](const QJsonValue& v, DayRange* out) {
        if (!v.isArray() || v.toArray().size() != 2)
            return fail(QCoreApplication::translate("TariffParser", "expected [min, max] days"));
        std::int64_t lo = 0, hi = 0;
        if (!integer(v.toArray()[0], 0, 255, &lo) || !integer(v.toArray()[1], lo, 255, &hi))
            return false;
        *out = {std::uint8_t(lo), std::uint8_t(hi)};
        return true;
    };
    for (int i = 0; i < a.size(); ++i) {
        Scope si(*this, i);
        QJsonObject o;
        DeliveryClass c;
        QJsonArray byZone, routes;
        if (!object(a[i], &o) || !keys(o, {"id", "by_zone", "routes"}) || !string(o, "id", &c.id) ||
            !array(o, "by_zone", &byZone) || !array(o, "routes", &routes, false, false))
            return false;
        {
            Scope sz(*this, "by_zone");
            for (int z = 0; z < byZone.size(); ++z) {
                Scope szi(*this, z);
                DayRange d;
                if (!dayRange(byZone[z], &d))
                    return false;
                c.byZone.push_back(d);
            }
        }
        c.byRoute.assign(n * n, {});
        for (std::size_t from = 0; from < n; ++from)
            for (std::size_t to = 0; to < n; ++to) {
                const int zone = t.zoneMatrix[from * n + to];
                if (zone > 0 && std::size_t(zone) <= c.byZone.size())
                    c.byRoute[from * n + to] = c.byZone[std::size_t(zone) - 1];
            }
        Scope sr(*this, "routes");
        for (int r = 0; r < routes.size(); ++r) {
            Scope sri(*this, r);
            QJsonObject ro;
            QString from, to;
            DayRange d;
            std::int64_t lo = 0, hi = 0;
            if (!object(routes[r], &ro) || !keys(ro, {"from", "to", "min", "max"}) ||
                !string(ro, "from", &from) || !string(ro, "to", &to) || !integer(ro, "min", 0, 255, &lo) ||
                !integer(ro, "max", lo, 255, &hi))
                return false;
            const int fi = regionByCode(t, from), ti = regionByCode(t, to);
            if (fi < 0 || ti < 0)
                return fail(QCoreApplication::translate("TariffParser", "unknown region \"%1\"")
                                .arg(fi < 0 ? from : to));
            c.byRoute[std::size_t(fi) * n + std::size_t(ti)] = {std::uint8_t(lo), std::uint8_t(hi)};
        }
        t.delivery.push_back(std::move(c));
    }
    return true;
}

bool Parser::parseServices(const QJsonObject& root, TariffVersion& t)
{
    QJsonArray a, exclusive;
    if (!array(root, "services", &a, false, false) ||
        !array(root, "exclusive_services", &exclusive, false, false))
        return false;
    {
        Scope s(*this, "services");
        if (a.size() > kMaxServices)
            return fail(QCoreApplication::translate("TariffParser", "at most %1 services").arg(kMaxServices));
        for (int i = 0; i < a.size(); ++i) {
            Scope si(*this, i);
            QJsonObject o, fee;
            Service sv;
            QString requires_;
            if (!object(a[i], &o) || !keys(o, {"code", "name", "fee", "requires"}) ||
                !integerAs(o, "code", 1, 9999, &sv.code) || !string(o, "name", &sv.name) ||
                !string(o, "requires", &requires_, false))
                return false;
            if (t.serviceIndex(sv.code) >= 0)
                return fail(
                    QCoreApplication::translate("TariffParser", "service %1 is listed twice").arg(sv.code));
            {
                QJsonValue fv;
                if (!value(o, "fee", &fv, true))
                    return false;
                Scope sf(*this, "fee");
                if (!object(fv, &fee) ||
                    !keys(fee, {"fixed_kop", "percent_of_postage", "none", "includes_vat"}) ||
                    !boolean(fee, "includes_vat", &sv.includesVat))
                    return false;
                if (fee.contains(QLatin1String("fixed_kop"))) {
                    sv.fee = ServiceFeeKind::Fixed;
                    if (!integer(fee, "fixed_kop", 0, kMaxKop, &sv.fixedKop))
                        return false;
                } else if (fee.contains(QLatin1String("percent_of_postage"))) {
                    sv.fee = ServiceFeeKind::PercentOfPostage;
                    if (!percent(fee, "percent_of_postage", &sv.percentBp))
                        return false;
                } else if (fee.value(QLatin1String("none")) != QJsonValue(true)) {
                    return fail(QCoreApplication::translate(
                        "TariffParser", "expected one of fixed_kop, percent_of_postage or \"none\": true"));
                }
            }
            if (requires_ == QLatin1String("cod"))
                sv.requires_ = ServiceRequires::Cod;
            else if (requires_ == QLatin1String("declared_value"))
                sv.requires_ = ServiceRequires::DeclaredValue;
            else if (!requires_.isEmpty()) {
                Scope sr(*this, "requires");
                return fail(QCoreApplication::translate(
                                "TariffParser", "\"requires\" is \"cod\" or \"declared_value\", not \"%1\"")
                                .arg(requires_));
            }
            sv.lineCode = QStringLiteral("service.%1").arg(sv.code);
            if (t.serviceIndexByCode.size() <= std::size_t(sv.code))
                t.serviceIndexByCode.resize(std::size_t(sv.code) + 1, -1);
            t.serviceIndexByCode[std::size_t(sv.code)] = std::int16_t(t.services.size());
            t.services.push_back(std::move(sv));
        }
    }
    Scope s(*this, "exclusive_services");
    for (int i = 0; i < exclusive.size(); ++i) {
        Scope si(*this, i);
        if (!exclusive[i].isArray())
            return fail(QCoreApplication::translate("TariffParser", "expected an array of service codes"));
        std::uint64_t mask = 0;
        const QJsonArray group = exclusive[i].toArray();
        for (int j = 0; j < group.size(); ++j) {
            Scope sj(*this, j);
            std::int64_t code = 0;
            if (!integer(group[j], 1, 9999, &code))
                return false;
            const int idx = t.serviceIndex(int(code));
            if (idx < 0)
                return fail(QCoreApplication::translate("TariffParser", "service %1 is not in \"services\"")
                                .arg(code));
            mask |= std::uint64_t(1) << idx;
        }
        for (std::size_t k = 0; k < t.services.size(); ++k)
            if (mask & (std::uint64_t(1) << k))
                t.services[k].exclusiveWith |= mask & ~(std::uint64_t(1) << k);
    }
    return true;
}

bool Parser::parseCod(const QJsonObject& root, TariffVersion& t)
{
    QJsonValue v;
    if (!value(root, "cod", &v, true))
        return false;
    Scope s(*this, "cod");
    QJsonObject o;
    QJsonArray brackets;
    if (!object(v, &o) || !keys(o, {"object", "name", "vat_exempt", "brackets"}) ||
        !integerAs(o, "object", 1, 99999, &t.cod.object) || !string(o, "name", &t.cod.name) ||
        !boolean(o, "vat_exempt", &t.cod.vatExempt) || !array(o, "brackets", &brackets))
        return false;
    Scope sb(*this, "brackets");
    for (int i = 0; i < brackets.size(); ++i) {
        Scope si(*this, i);
        QJsonObject b;
        CodBracket cb;
        if (!object(brackets[i], &b) || !keys(b, {"up_to_kop", "fixed_kop", "percent"}) ||
            !integer(b, "up_to_kop", 1, kMaxKop, &cb.upToKop) ||
            !integer(b, "fixed_kop", 0, kMaxKop, &cb.fixedKop) || !percent(b, "percent", &cb.percentBp))
            return false;
        if (!t.cod.brackets.empty() && cb.upToKop <= t.cod.brackets.back().upToKop)
            return fail(QCoreApplication::translate("TariffParser",
                                                    "brackets must be in ascending order of up_to_kop"));
        t.cod.brackets.push_back(cb);
    }
    return true;
}

bool Parser::parsePrices(const QJsonObject& o, const char* key, std::size_t expected,
                         std::vector<std::int64_t>* out)
{
    QJsonArray a;
    if (!array(o, key, &a))
        return false;
    Scope s(*this, key);
    if (a.size() != 1 && std::size_t(a.size()) != expected)
        return fail(QCoreApplication::translate("TariffParser", "has %1 prices, expected 1 (flat) or %2")
                        .arg(a.size())
                        .arg(expected));
    for (int i = 0; i < a.size(); ++i) {
        Scope si(*this, i);
        std::int64_t kop = -1;
        if (!a[i].isNull() && !integer(a[i], 0, kMaxPriceKop, &kop))
            return false;
        out->push_back(kop); // null = not served
    }
    return true;
}

bool Parser::parseProduct(const QJsonObject& o, const TariffVersion& t, Product& p)
{
    QString delivery;
    QJsonArray services;
    if (!keys(o, {"object", "name", "delivery", "max_weight_g", "max_dims_mm", "postage", "declared_value",
                  "services"}) ||
        !integerAs(o, "object", 1, 99999, &p.object) || !string(o, "name", &p.name) ||
        !string(o, "delivery", &delivery) || !integerAs(o, "max_weight_g", 1, kMaxWeightG, &p.maxWeightG) ||
        !array(o, "services", &services, true, false))
        return false;
    p.objectText = QString::number(p.object);
    p.category = p.object / 10 % 100;
    const int direction = p.object % 10;
    if (direction > 1) {
        Scope s(*this, "object");
        return fail(
            QCoreApplication::translate(
                "TariffParser", "object %1: the last digit (direction) is 0 domestic or 1 international")
                .arg(p.object));
    }
    p.international = direction == 1;
    p.declaredValue = p.category == 2 || p.category == 4;
    p.cod = p.category == 4;
    auto cls = std::find_if(t.delivery.begin(), t.delivery.end(),
                            [&](const DeliveryClass& c) { return c.id == delivery; });
    if (cls == t.delivery.end()) {
        Scope s(*this, "delivery");
        return fail(
            QCoreApplication::translate("TariffParser", "unknown delivery class \"%1\"").arg(delivery));
    }
    p.deliveryClass = int(cls - t.delivery.begin());
    if (o.contains(QLatin1String("max_dims_mm"))) {
        Scope s(*this, "max_dims_mm");
        QJsonObject d;
        if (!object(o.value(QLatin1String("max_dims_mm")), &d) || !keys(d, {"sum", "longest"}) ||
            !integerAs(d, "sum", 1, 100'000, &p.maxSumMm, false) ||
            !integerAs(d, "longest", 1, 100'000, &p.maxLongestMm, false))
            return false;
    }
    {
        QJsonValue pv;
        if (!value(o, "postage", &pv, true))
            return false;
        Scope s(*this, "postage");
        QJsonObject po;
        const std::size_t expected = p.international ? t.countryGroupNames.size() : std::size_t(t.zoneCount);
        if (!object(pv, &po) || !keys(po, {"first_g", "step_g", "first_kop", "step_kop", "includes_vat"}) ||
            !integerAs(po, "first_g", 0, kMaxWeightG, &p.postage.firstG) ||
            !integerAs(po, "step_g", 1, kMaxWeightG, &p.postage.stepG) ||
            !parsePrices(po, "first_kop", expected, &p.postage.firstKop) ||
            !parsePrices(po, "step_kop", expected, &p.postage.stepKop) ||
            !boolean(po, "includes_vat", &p.postage.includesVat))
            return false;
        if (p.postage.firstKop.size() != p.postage.stepKop.size())
            return fail(QCoreApplication::translate(
                "TariffParser", "first_kop and step_kop must have the same number of prices"));
        if (expected == 0)
            return fail(QCoreApplication::translate("TariffParser",
                                                    "an international product needs \"country_groups\""));
    }
    const bool hasDv = o.contains(QLatin1String("declared_value"));
    if (hasDv != p.declaredValue) {
        Scope s(*this, "declared_value");
        return fail(p.declaredValue
                        ? QCoreApplication::translate(
                              "TariffParser", "object %1 (category %2) is priced with a declared value: add "
                                              "\"declared_value\"")
                              .arg(p.object)
                              .arg(p.category)
                        : QCoreApplication::translate("TariffParser",
                                                      "object %1 (category %2) takes no declared value")
                              .arg(p.object)
                              .arg(p.category));
    }
    if (hasDv) {
        Scope s(*this, "declared_value");
        QJsonObject d;
        if (!object(o.value(QLatin1String("declared_value")), &d) || !keys(d, {"max_kop", "percent"}) ||
            !integer(d, "max_kop", 1, kMaxKop, &p.maxDeclaredKop) ||
            !percent(d, "percent", &p.declaredPercentBp))
            return false;
    }
    if (p.cod && t.cod.brackets.empty())
        return fail(
            QCoreApplication::translate("TariffParser", "object %1 takes COD but \"cod\" has no brackets")
                .arg(p.object));
    Scope s(*this, "services");
    for (int i = 0; i < services.size(); ++i) {
        Scope si(*this, i);
        std::int64_t code = 0;
        if (!integer(services[i], 1, 9999, &code))
            return false;
        const int idx = t.serviceIndex(int(code));
        if (idx < 0)
            return fail(
                QCoreApplication::translate("TariffParser", "service %1 is not in \"services\"").arg(code));
        p.servicesOffered |= std::uint64_t(1) << idx;
    }
    return true;
}

bool Parser::parseProducts(const QJsonObject& root, TariffVersion& t)
{
    QJsonArray a;
    if (!array(root, "products", &a))
        return false;
    Scope s(*this, "products");
    for (int i = 0; i < a.size(); ++i) {
        Scope si(*this, i);
        QJsonObject o;
        Product p;
        if (!object(a[i], &o) || !parseProduct(o, t, p))
            return false;
        if (t.product(p.object))
            return fail(
                QCoreApplication::translate("TariffParser", "object %1 is listed twice").arg(p.object));
        // Kept sorted as we go so product() can binary-search, also for the duplicate check above.
        t.products.insert(std::upper_bound(t.products.begin(), t.products.end(), p.object,
                                           [](int obj, const Product& x) { return obj < x.object; }),
                          std::move(p));
    }
    return true;
}

} // namespace

QString TariffFileError::message() const
{
    if (path.isEmpty())
        return QCoreApplication::translate("TariffParser", "line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(reason);
    return QCoreApplication::translate("TariffParser", "line %1: %2: %3").arg(line).arg(path, reason);
}

Result<std::shared_ptr<const TariffVersion>> parseTariff(const QByteArray& json, TariffFileError* detail)
{
    TariffFileError err;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    std::shared_ptr<TariffVersion> t;
    if (pe.error != QJsonParseError::NoError) {
        jsonLineColumn(json, pe.offset, &err.line, &err.column);
        err.reason = pe.errorString();
    } else if (!doc.isObject()) {
        err.line = 1;
        err.column = 1;
        err.reason = QCoreApplication::translate("TariffParser", "a tariff file is one JSON object {…}");
    } else {
        Parser parser(json);
        t = parser.run(doc.object());
        if (!t)
            err = parser.error();
    }
    if (!t) {
        if (detail)
            *detail = err;
        qCDebug(lcTariffParser) << "tariff file refused:" << err.message();
        return Error{QStringLiteral("tariff.file_invalid"), err.message()};
    }
    return std::shared_ptr<const TariffVersion>(std::move(t));
}

} // namespace pc::tariff
