#include "TariffByPhoneRule.h"

namespace pc::tariff::detail {

bool ByPhoneRuleReader::parseByPhone(const QJsonObject& root, TariffVersion& t)
{
    QJsonValue v;
    if (!value(root, "by_phone", &v, false))
        return false;
    if (v.isUndefined())
        return true;
    Scope s(*this, "by_phone");
    QJsonObject o;
    QJsonArray objects;
    ByPhoneRule rule;
    if (!object(v, &o) || !keys(o, {"objects", "zone", "fee"}) || !array(o, "objects", &objects))
        return false;
    {
        Scope so(*this, "objects");
        for (int i = 0; i < objects.size(); ++i) {
            Scope si(*this, i);
            std::int64_t code = 0;
            if (!integer(objects[i], 1, 99999, &code))
                return false;
            const Product* p = t.product(int(code));
            if (!p)
                return fail(QCoreApplication::translate("TariffParser", "object %1 is not in \"products\"")
                                .arg(code));
            if (p->international)
                return fail(QCoreApplication::translate(
                                "TariffParser", "object %1 is international: only domestic items are sent "
                                                "by the recipient's phone number")
                                .arg(code));
            if (rule.allows(int(code)))
                return fail(
                    QCoreApplication::translate("TariffParser", "object %1 is listed twice").arg(code));
            rule.objects.push_back(int(code));
        }
    }
    {
        const QJsonValue z = o.value(QLatin1String("zone"));
        Scope sz(*this, "zone");
        if (z.isUndefined())
            return fail(QCoreApplication::translate("TariffParser", "missing key \"zone\""));
        if (z.isString()) {
            if (z.toString() != QLatin1String("farthest"))
                return fail(QCoreApplication::translate(
                                "TariffParser", "\"zone\" is \"farthest\" or a zone number, not \"%1\"")
                                .arg(z.toString()));
        } else {
            std::int64_t zone = 0;
            if (!integer(z, 1, t.zoneCount, &zone))
                return false;
            rule.zone = int(zone);
            // Every listed product must have a price in that zone, or no item could be priced.
            for (int code : rule.objects) {
                const auto& prices = t.product(code)->postage.firstKop;
                if (prices.size() > 1 && prices[std::size_t(zone) - 1] < 0)
                    return fail(
                        QCoreApplication::translate("TariffParser", "object %1 is not served in zone %2")
                            .arg(code)
                            .arg(zone));
            }
        }
    }
    QJsonValue fv;
    if (!value(o, "fee", &fv, false))
        return false;
    if (!fv.isUndefined()) {
        Scope sf(*this, "fee");
        QJsonObject fee;
        if (!object(fv, &fee) || !keys(fee, {"name", "fixed_kop", "includes_vat"}) ||
            !string(fee, "name", &rule.feeName) || !integer(fee, "fixed_kop", 0, kMaxKop, &rule.feeKop) ||
            !boolean(fee, "includes_vat", &rule.feeIncludesVat))
            return false;
    }
    rule.offered = true;
    t.byPhone = std::move(rule);
    return true;
}

} // namespace pc::tariff::detail
