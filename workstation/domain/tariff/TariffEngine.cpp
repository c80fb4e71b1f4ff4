#include "TariffEngine.h"

#include "TariffRounding.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <algorithm>
#include <bit>

namespace pc::tariff {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TariffEngine", text);
}

QString rub(std::int64_t kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::English, false) + QStringLiteral(" RUB");
}

// "101000" → 101000; -1 unless exactly six ASCII digits.
int parsePostcode(const QString& s)
{
    if (s.size() != 6)
        return -1;
    int v = 0;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

int countryGroup(const TariffVersion& t, const QString& code)
{
    if (code.size() != 2)
        return 0;
    const char16_t a = code[0].unicode(), b = code[1].unicode();
    if (a < u'A' || a > u'Z' || b < u'A' || b > u'Z')
        return 0;
    return t.countryGroup[std::size_t((a - u'A') * 26 + (b - u'A'))];
}

class QuoteBuilder {
public:
    QuoteBuilder(const QuoteRequest& rq, const TariffVersion& t, QuoteResult& r) : m_rq(rq), m_t(t), m_r(r) {}

    void run();

private:
    void refuse(const char* code, const QString& message)
    {
        m_r.errors.append(Error{QLatin1String(code), message});
    }
    int region(const QString& postcode, const char* which);
    void checkRoute();
    void checkByPhoneRoute();
    void checkWeightAndSize();
    void checkMoney();
    void checkServices();
    void price();
    void addLine(const QString& code, const QString& name, std::int64_t amount, bool includesVat, int rateBp);

    const QuoteRequest& m_rq;
    const TariffVersion& m_t;
    QuoteResult& m_r;
    const Product* m_p = nullptr;
    int m_from = -1;
    int m_to = -1;
    int m_priceIndex = -1;
    std::uint64_t m_services = 0;
};

void QuoteBuilder::run()
{
    m_r.errors.clear();
    Quote& q = m_r.quote;
    q.lines.clear();
    q.tariffVersion = m_t.name;
    q.sampleTariff = m_t.sample;
    q.object = m_rq.object;
    q.productName.clear();
    q.international = false;
    q.zone = 0;
    q.totalExVatKop = q.vatKop = q.totalKop = q.codFeeKop = 0;
    q.vatRateBp = 0;
    q.codFeePayer = FeePayer::Recipient;
    q.deliveryDaysMin = q.deliveryDaysMax = 0;

    m_p = m_t.product(m_rq.object);
    if (!m_p) {
        refuse(
            errc::ObjectUnknown,
            QCoreApplication::translate(
                "TariffEngine", "Object %1 is not priced by tariff \"%2\": check the product and category.")
                .arg(m_rq.object)
                .arg(m_t.name));
        return;
    }
    q.productName = m_p->name;
    q.international = m_p->international;
    if (!m_rq.date.isValid())
        refuse(errc::DateInvalid,
               QCoreApplication::translate("TariffEngine", "The quote needs a valid date."));
    else if (m_rq.date < m_t.effectiveFrom)
        refuse(errc::NoVersion,
               QCoreApplication::translate("TariffEngine",
                                           "Tariff \"%1\" takes effect on %2; there is no tariff for %3.")
                   .arg(m_t.name, m_t.effectiveFrom.toString(Qt::ISODate), m_rq.date.toString(Qt::ISODate)));
    checkRoute();
    checkWeightAndSize();
    checkMoney();
    checkServices();
    if (m_r.errors.isEmpty())
        price();
}

int QuoteBuilder::region(const QString& postcode, const char* which)
{
    const int code = parsePostcode(postcode);
    if (code < 0) {
        refuse(errc::PostcodeInvalid,
               QCoreApplication::translate("TariffEngine", "The %1 postcode \"%2\" is not six digits.")
                   .arg(tr(which), postcode));
        return -1;
    }
    const int r = m_t.regionIndex(code);
    if (r < 0)
        refuse(errc::PostcodeUnknown,
               QCoreApplication::translate("TariffEngine", "Postcode %1 does not exist in tariff \"%2\".")
                   .arg(postcode, m_t.name));
    return r;
}

void QuoteBuilder::checkRoute()
{
    m_from = region(m_rq.fromPostcode, QT_TRANSLATE_NOOP("TariffEngine", "sender's"));
    const auto& prices = m_p->postage.firstKop;
    if (!m_p->international && m_rq.byRecipientPhone) {
        checkByPhoneRoute();
        return;
    }
    if (!m_p->international) {
        if (m_rq.toPostcode.isEmpty()) {
            refuse(errc::DestinationInvalid,
                   QCoreApplication::translate(
                       "TariffEngine", "%1 is a domestic item: give the recipient's postcode (\"to\").")
                       .arg(m_p->name));
            return;
        }
        m_to = region(m_rq.toPostcode, QT_TRANSLATE_NOOP("TariffEngine", "recipient's"));
        if (m_from < 0 || m_to < 0)
            return;
        const int zone = m_t.zoneMatrix[std::size_t(m_from) * m_t.regions.size() + std::size_t(m_to)];
        m_priceIndex = prices.size() == 1 ? 0 : zone - 1;
        if (zone == 0 || m_priceIndex >= int(prices.size()) || prices[std::size_t(m_priceIndex)] < 0) {
            m_priceIndex = -1;
            refuse(errc::RouteNotPriced,
                   QCoreApplication::translate("TariffEngine",
                                               "The route %1 → %2 (%3 → %4) cannot be priced for %5.")
                       .arg(m_rq.fromPostcode, m_rq.toPostcode, m_t.regions[std::size_t(m_from)].name,
                            m_t.regions[std::size_t(m_to)].name, m_p->name));
            return;
        }
        m_r.quote.zone = zone;
        return;
    }
    if (m_rq.country.isEmpty()) {
        refuse(errc::DestinationInvalid,
               QCoreApplication::translate(
                   "TariffEngine", "%1 is an international item: give the destination country (\"country\").")
                   .arg(m_p->name));
        return;
    }
    const int group = countryGroup(m_t, m_rq.country);
    m_priceIndex = prices.size() == 1 ? 0 : group - 1;
    if (group == 0 || m_priceIndex >= int(prices.size()) || prices[std::size_t(m_priceIndex)] < 0) {
        m_priceIndex = -1;
        refuse(errc::CountryNotServed,
               QCoreApplication::translate("TariffEngine", "%1 is not accepted for country \"%2\".")
                   .arg(m_p->name, m_rq.country));
        return;
    }
    m_r.quote.zone = group;
}

// The office is not known yet: the tariff's by_phone rule names the zone (a fixed one, or the farthest
// the product serves from the sender's region).
void QuoteBuilder::checkByPhoneRoute()
{
    const ByPhoneRule& rule = m_t.byPhone;
    if (!rule.offered || !rule.allows(m_p->object)) {
        refuse(errc::ByPhoneNotOffered,
               QCoreApplication::translate("TariffEngine",
                                           "%1 cannot be sent by the recipient's phone number under tariff "
                                           "\"%2\": take the recipient's address, or choose another product.")
                   .arg(m_p->name, m_t.name));
        return;
    }
    if (m_from < 0)
        return;
    const auto& prices = m_p->postage.firstKop;
    auto served = [&](int zone) {
        const std::size_t i = prices.size() == 1 ? 0 : std::size_t(zone) - 1;
        return zone > 0 && i < prices.size() && prices[i] >= 0;
    };
    int zone = rule.zone;
    if (zone == 0) {
        const std::size_t n = m_t.regions.size();
        for (std::size_t to = 0; to < n; ++to) {
            const int z = m_t.zoneMatrix[std::size_t(m_from) * n + to];
            if (z > zone && served(z))
                zone = z;
        }
    }
    if (!served(zone)) {
        refuse(errc::RouteNotPriced,
               QCoreApplication::translate("TariffEngine",
                                           "%1 sent by phone number from %2 cannot be priced: the tariff "
                                           "serves no zone for it.")
                   .arg(m_p->name, m_rq.fromPostcode));
        return;
    }
    m_priceIndex = prices.size() == 1 ? 0 : zone - 1;
    m_r.quote.zone = zone;
}

void QuoteBuilder::checkWeightAndSize()
{
    if (m_rq.weightG <= 0)
        refuse(errc::WeightInvalid, QCoreApplication::translate(
                                        "TariffEngine", "Weigh the item: the weight must be at least 1 g."));
    else if (m_rq.weightG > m_p->maxWeightG)
        refuse(errc::WeightOverLimit,
               QCoreApplication::translate("TariffEngine", "%1 g is over the %2 g limit of %3.")
                   .arg(m_rq.weightG)
                   .arg(m_p->maxWeightG)
                   .arg(m_p->name));
    if (!m_rq.hasDims())
        return;
    const auto& d = m_rq.dimsMm;
    if (d[0] <= 0 || d[1] <= 0 || d[2] <= 0) {
        refuse(errc::SizeInvalid,
               QCoreApplication::translate("TariffEngine", "Each dimension must be at least 1 mm."));
        return;
    }
    const std::int64_t sum = std::int64_t(d[0]) + d[1] + d[2];
    const int longest = std::max({d[0], d[1], d[2]});
    if (m_p->maxLongestMm > 0 && longest > m_p->maxLongestMm)
        refuse(errc::SizeOverLimit,
               QCoreApplication::translate("TariffEngine",
                                           "The longest side, %1 mm, is over the %2 mm limit of %3.")
                   .arg(longest)
                   .arg(m_p->maxLongestMm)
                   .arg(m_p->name));
    if (m_p->maxSumMm > 0 && sum > m_p->maxSumMm)
        refuse(errc::SizeOverLimit,
               QCoreApplication::translate("TariffEngine",
                                           "The sum of the sides, %1 mm, is over the %2 mm limit of %3.")
                   .arg(sum)
                   .arg(m_p->maxSumMm)
                   .arg(m_p->name));
}

void QuoteBuilder::checkMoney()
{
    const std::int64_t dv = m_rq.declaredValueKop, cod = m_rq.codKop;
    if (dv < 0)
        refuse(errc::DeclaredValueInvalid,
               QCoreApplication::translate("TariffEngine", "The declared value cannot be negative."));
    else if (dv > 0 && !m_p->declaredValue)
        refuse(errc::DeclaredValueNotOffered,
               QCoreApplication::translate(
                   "TariffEngine", "%1 takes no declared value: choose the product \"with declared value\".")
                   .arg(m_p->name));
    else if (dv == 0 && m_p->declaredValue)
        refuse(errc::DeclaredValueMissing,
               QCoreApplication::translate("TariffEngine", "%1 needs a declared value.").arg(m_p->name));
    else if (dv > m_p->maxDeclaredKop)
        refuse(
            errc::DeclaredValueOverLimit,
            QCoreApplication::translate("TariffEngine", "The declared value %1 is over the %2 limit of %3.")
                .arg(rub(dv), rub(m_p->maxDeclaredKop), m_p->name));

    if (cod < 0) {
        refuse(errc::CodInvalid, QCoreApplication::translate(
                                     "TariffEngine", "The cash-on-delivery amount cannot be negative."));
        return;
    }
    if (cod > 0 && !m_p->cod) {
        refuse(errc::CodNotOffered,
               QCoreApplication::translate(
                   "TariffEngine",
                   "%1 takes no cash on delivery: choose the product \"with declared value and COD\".")
                   .arg(m_p->name));
        return;
    }
    if (cod == 0) {
        if (m_p->cod)
            refuse(errc::CodMissing,
                   QCoreApplication::translate("TariffEngine", "%1 needs the cash-on-delivery amount.")
                       .arg(m_p->name));
        return;
    }
    if (dv <= 0)
        refuse(errc::CodWithoutDeclaredValue,
               QCoreApplication::translate("TariffEngine", "Cash on delivery needs a declared value."));
    else if (cod > dv)
        refuse(errc::CodOverDeclaredValue,
               QCoreApplication::translate("TariffEngine",
                                           "The cash-on-delivery amount %1 is over the declared value %2.")
                   .arg(rub(cod), rub(dv)));
    if (cod > m_t.cod.maxKop())
        refuse(errc::CodOverLimit, QCoreApplication::translate(
                                       "TariffEngine", "The cash-on-delivery amount %1 is over the %2 limit.")
                                       .arg(rub(cod), rub(m_t.cod.maxKop())));
}

void QuoteBuilder::checkServices()
{
    for (int code : m_rq.services) {
        const int idx = m_t.serviceIndex(code);
        if (idx < 0) {
            refuse(errc::ServiceUnknown,
                   QCoreApplication::translate("TariffEngine", "Service %1 does not exist in tariff \"%2\".")
                       .arg(code)
                       .arg(m_t.name));
            continue;
        }
        const std::uint64_t bit = std::uint64_t(1) << idx;
        const Service& s = m_t.services[std::size_t(idx)];
        if (!(m_p->servicesOffered & bit)) {
            refuse(errc::ServiceNotOffered,
                   QCoreApplication::translate("TariffEngine", "%1 does not offer service %2 (%3).")
                       .arg(m_p->name)
                       .arg(code)
                       .arg(s.name));
            continue;
        }
        if (m_services & bit) {
            refuse(errc::ServiceRepeated,
                   QCoreApplication::translate("TariffEngine", "Service %1 (%2) is listed twice.")
                       .arg(code)
                       .arg(s.name));
            continue;
        }
        if (const std::uint64_t clash = m_services & s.exclusiveWith) {
            const Service& other = m_t.services[std::size_t(std::countr_zero(clash))];
            refuse(errc::ServiceConflict,
                   QCoreApplication::translate("TariffEngine",
                                               "Service %1 (%2) cannot be combined with %3 (%4).")
                       .arg(code)
                       .arg(s.name)
                       .arg(other.code)
                       .arg(other.name));
        }
        if (s.requires_ == ServiceRequires::Cod && m_rq.codKop <= 0)
            refuse(errc::ServiceRequiresCod,
                   QCoreApplication::translate("TariffEngine", "Service %1 (%2) needs cash on delivery.")
                       .arg(code)
                       .arg(s.name));
        if (s.requires_ == ServiceRequires::DeclaredValue && m_rq.declaredValueKop <= 0)
            refuse(errc::ServiceRequiresDeclaredValue,
                   QCoreApplication::translate("TariffEngine", "Service %1 (%2) needs a declared value.")
                       .arg(code)
                       .arg(s.name));
        m_services |= bit;
    }
}

void QuoteBuilder::addLine(const QString& code, const QString& name, std::int64_t amount, bool includesVat,
                           int rateBp)
{
    QuoteLine l;
    l.code = code;
    l.name = name;
    l.vatRateBp = rateBp;
    if (includesVat) {
        l.totalKop = amount;
        l.vatKop = vatInGross(amount, rateBp);
        l.exVatKop = amount - l.vatKop;
    } else {
        l.exVatKop = amount;
        l.vatKop = vatOnNet(amount, rateBp);
        l.totalKop = amount + l.vatKop;
    }
    Quote& q = m_r.quote;
    q.totalExVatKop += l.exVatKop;
    q.vatKop += l.vatKop;
    q.totalKop += l.totalKop;
    q.lines.append(std::move(l));
}

void QuoteBuilder::price()
{
    Quote& q = m_r.quote;
    const int rate = m_t.vatRateBpAt(m_rq.date);
    q.vatRateBp = rate;
    q.lines.reserve(2 + m_rq.services.size() + 1);

    const Postage& pg = m_p->postage;
    const std::size_t i = std::size_t(m_priceIndex);
    const std::int64_t postage =
        pg.firstKop[i] + extraSteps(m_rq.weightG, pg.firstG, pg.stepG) * pg.stepKop[i];
    static const QString postageCode = QStringLiteral("postage");
    addLine(postageCode, m_p->name, postage, pg.includesVat, rate);

    if (m_p->declaredValue) {
        static const QString dvCode = QStringLiteral("declared_value");
        addLine(dvCode, m_t.declaredValueLineName, percentOf(m_rq.declaredValueKop, m_p->declaredPercentBp),
                false, rate);
    }
    bool senderPaysCod = false;
    for (int code : m_rq.services) {
        const Service& s = m_t.services[std::size_t(m_t.serviceIndex(code))];
        if (s.requires_ == ServiceRequires::Cod && s.fee == ServiceFeeKind::None)
            senderPaysCod = true;
        if (s.fee == ServiceFeeKind::Fixed)
            addLine(s.lineCode, s.name, s.fixedKop, s.includesVat, rate);
        else if (s.fee == ServiceFeeKind::PercentOfPostage)
            addLine(s.lineCode, s.name, percentOf(postage, s.percentBp), pg.includesVat, rate);
    }

    if (m_rq.byRecipientPhone && m_t.byPhone.feeKop > 0) {
        static const QString byPhoneCode = QStringLiteral("by_phone");
        addLine(byPhoneCode, m_t.byPhone.feeName, m_t.byPhone.feeKop, m_t.byPhone.feeIncludesVat, rate);
    }

    if (m_rq.codKop > 0) {
        const auto& br = m_t.cod.brackets;
        const auto b =
            std::find_if(br.begin(), br.end(), [&](const CodBracket& x) { return m_rq.codKop <= x.upToKop; });
        const std::int64_t fee = b->fixedKop + percentOf(m_rq.codKop, b->percentBp);
        const int codRate = m_t.cod.vatExempt ? 0 : rate;
        q.codFeeKop = m_t.cod.vatExempt ? fee : fee + vatOnNet(fee, codRate);
        q.codFeePayer = senderPaysCod ? FeePayer::Sender : FeePayer::Recipient;
        // Paid at the counter only when the sender pays it; otherwise the recipient pays at hand-over.
        if (senderPaysCod) {
            static const QString codCode = QStringLiteral("cod_fee");
            addLine(codCode, m_t.cod.name, fee, false, codRate);
        }
    }

    const DeliveryClass& dc = m_t.delivery[std::size_t(m_p->deliveryClass)];
    DayRange days;
    if (m_rq.byRecipientPhone && !m_p->international) {
        if (std::size_t(q.zone) <= dc.byZone.size())
            days = dc.byZone[std::size_t(q.zone) - 1];
    } else if (!m_p->international)
        days = dc.byRoute[std::size_t(m_from) * m_t.regions.size() + std::size_t(m_to)];
    else if (std::size_t(q.zone) <= dc.byZone.size())
        days = dc.byZone[std::size_t(q.zone) - 1];
    q.deliveryDaysMin = days.min;
    q.deliveryDaysMax = days.max;
}

} // namespace

void quoteInto(const QuoteRequest& request, const TariffVersion& tariff, QuoteResult& result)
{
    QuoteBuilder(request, tariff, result).run();
}

QuoteResult quote(const QuoteRequest& request, const TariffVersion& tariff)
{
    QuoteResult r;
    quoteInto(request, tariff, r);
    return r;
}

} // namespace pc::tariff
