#include "QuoteJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace pc::tariff {

namespace {

Error badRequest(const QString& message)
{
    return Error{QStringLiteral("tariff.bad_request"), message};
}

// A whole number that a double carries exactly (|x| < 2^53).
bool wholeNumber(const QJsonValue& v, std::int64_t* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (std::floor(d) != d || std::fabs(d) > 9007199254740991.0)
        return false;
    *out = std::int64_t(d);
    return true;
}

} // namespace

Result<QuoteRequest> quoteRequestFromJson(const QJsonObject& o, QDate defaultDate)
{
    static const QStringList known = {QStringLiteral("object"),
                                      QStringLiteral("from"),
                                      QStringLiteral("to"),
                                      QStringLiteral("country"),
                                      QStringLiteral("weight_g"),
                                      QStringLiteral("dims_mm"),
                                      QStringLiteral("declared_value_kop"),
                                      QStringLiteral("cod_kop"),
                                      QStringLiteral("services"),
                                      QStringLiteral("date"),
                                      QStringLiteral("by_phone")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return badRequest(
                QCoreApplication::translate("QuoteJson", "Unknown key \"%1\" in the quote request.")
                    .arg(it.key()));

    QuoteRequest r;
    std::int64_t n = 0;
    if (!wholeNumber(o.value(QLatin1String("object")), &n) || n < 0 || n > 999999)
        return badRequest(QCoreApplication::translate(
            "QuoteJson", "\"object\" must be the object code, a whole number (e.g. 4030)."));
    r.object = int(n);
    auto text = [&](const char* key, QString* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    if (!text("from", &r.fromPostcode) || !text("to", &r.toPostcode) || !text("country", &r.country))
        return badRequest(QCoreApplication::translate(
            "QuoteJson", "\"from\", \"to\" and \"country\" are strings (\"101000\", \"DE\")."));
    r.country = r.country.toUpper();
    if (r.fromPostcode.isEmpty())
        return badRequest(
            QCoreApplication::translate("QuoteJson", "\"from\" (the sender's postcode) is required."));
    if (!wholeNumber(o.value(QLatin1String("weight_g")), &r.weightG))
        return badRequest(QCoreApplication::translate(
            "QuoteJson", "\"weight_g\" must be the weight in grams, a whole number."));
    auto money = [&](const char* key, std::int64_t* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isUndefined() || v.isNull() || wholeNumber(v, out);
    };
    if (!money("declared_value_kop", &r.declaredValueKop) || !money("cod_kop", &r.codKop))
        return badRequest(QCoreApplication::translate(
            "QuoteJson", "\"declared_value_kop\" and \"cod_kop\" are whole numbers of kopecks."));
    if (const QJsonValue d = o.value(QLatin1String("dims_mm")); !d.isUndefined() && !d.isNull()) {
        const QJsonArray a = d.toArray();
        if (!d.isArray() || a.size() != 3)
            return badRequest(QCoreApplication::translate(
                "QuoteJson", "\"dims_mm\" is [length, width, height] in millimetres."));
        for (int i = 0; i < 3; ++i) {
            if (!wholeNumber(a[i], &n) || n < -1'000'000 || n > 1'000'000)
                return badRequest(QCoreApplication::translate(
                    "QuoteJson", "\"dims_mm\" is [length, width, height] in millimetres."));
            r.dimsMm[std::size_t(i)] = int(n);
        }
        if (!r.hasDims()) // [0,0,0] was given: measured, and invalid
            r.dimsMm = {0, 0, -1};
    }
    if (const QJsonValue s = o.value(QLatin1String("services")); !s.isUndefined() && !s.isNull()) {
        if (!s.isArray())
            return badRequest(QCoreApplication::translate(
                "QuoteJson", "\"services\" is an array of service codes, e.g. [4, 23]."));
        for (const QJsonValue& v : s.toArray()) {
            if (!wholeNumber(v, &n) || n < 0 || n > 999999)
                return badRequest(QCoreApplication::translate(
                    "QuoteJson", "\"services\" is an array of service codes, e.g. [4, 23]."));
            r.services.append(int(n));
        }
    }
    if (const QJsonValue b = o.value(QLatin1String("by_phone")); !b.isUndefined() && !b.isNull()) {
        if (!b.isBool())
            return badRequest(QCoreApplication::translate("QuoteJson", "\"by_phone\" is true or false."));
        r.byRecipientPhone = b.toBool();
    }
    r.date = defaultDate;
    if (const QJsonValue d = o.value(QLatin1String("date")); !d.isUndefined() && !d.isNull()) {
        const QString s = d.toString();
        r.date = QDate::fromString(s, Qt::ISODate);
        if (!d.isString() || s.size() != 10 || !r.date.isValid())
            return badRequest(QCoreApplication::translate("QuoteJson", "\"date\" is YYYY-MM-DD."));
    }
    return r;
}

QJsonObject quoteToJson(const Quote& q)
{
    QJsonArray lines;
    for (const QuoteLine& l : q.lines)
        lines.append(QJsonObject{{QStringLiteral("code"), l.code},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("ex_vat_kop"), qint64(l.exVatKop)},
                                 {QStringLiteral("vat_kop"), qint64(l.vatKop)},
                                 {QStringLiteral("total_kop"), qint64(l.totalKop)},
                                 {QStringLiteral("vat_percent"), l.vatRateBp / 100.0}});
    return QJsonObject{
        {QStringLiteral("ok"), true},
        {QStringLiteral("tariff_version"), q.tariffVersion},
        {QStringLiteral("sample"), q.sampleTariff},
        {QStringLiteral("object"), q.object},
        {QStringLiteral("product"), q.productName},
        {QStringLiteral("zone"), q.zone},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total_ex_vat_kop"), qint64(q.totalExVatKop)},
        {QStringLiteral("vat_kop"), qint64(q.vatKop)},
        {QStringLiteral("total_kop"), qint64(q.totalKop)},
        {QStringLiteral("cod_fee_kop"), qint64(q.codFeeKop)},
        {QStringLiteral("cod_fee_payer"),
         q.codFeePayer == FeePayer::Sender ? QStringLiteral("sender") : QStringLiteral("recipient")},
        {QStringLiteral("delivery_days"), QJsonObject{{QStringLiteral("min"), q.deliveryDaysMin},
                                                      {QStringLiteral("max"), q.deliveryDaysMax}}}};
}

QJsonObject refusalToJson(const QList<Error>& errors)
{
    QJsonArray a;
    for (const Error& e : errors)
        a.append(QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}});
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("errors"), a}};
}

} // namespace pc::tariff
