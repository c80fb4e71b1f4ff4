#include "JsonFields.h"

#include <QCoreApplication>
#include <cmath>

namespace pc::forms::layout {

namespace {} // namespace

QString Party::oneLine() const
{
    QStringList parts;
    for (const QString& p : {address, city, region})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(", "));
}

void JsonFields::fail(const QString& code, const QString& message)
{
    if (!m_error->has_value())
        *m_error = Error{code, message};
}

QJsonValue JsonFields::value(const QString& key, bool required)
{
    const QJsonValue v = m_root.value(key);
    if ((v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) && required)
        fail(QStringLiteral("forms.field_missing"),
             QCoreApplication::translate("pc::forms", "field \"%1\" is missing").arg(path(key)));
    return v;
}

QString JsonFields::text(const QString& key, bool required, int maxLength)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString() && !v.isDouble()) {
        fail(QStringLiteral("forms.field_invalid"),
             QCoreApplication::translate("pc::forms", "field \"%1\" must be text").arg(path(key)));
        return {};
    }
    const QString s = v.isString() ? v.toString().trimmed() : QString::number(v.toDouble());
    if (maxLength > 0 && s.size() > maxLength)
        fail(QStringLiteral("forms.field_too_long"),
             QCoreApplication::translate("pc::forms", "field \"%1\" is %2 characters long, at most %3 fit")
                 .arg(path(key))
                 .arg(s.size())
                 .arg(maxLength));
    return s;
}

Money JsonFields::money(const QString& key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isDouble()) {
        const double kop = std::round(v.toDouble() * 100);
        if (kop < 0 || kop > 1e13) {
            fail(QStringLiteral("forms.field_invalid"),
                 QCoreApplication::translate("pc::forms", "field \"%1\" is not a valid amount")
                     .arg(path(key)));
            return {};
        }
        return Money::fromKopecks(static_cast<std::int64_t>(kop));
    }
    if (v.isString()) {
        auto m = Money::parse(v.toString(), NumberStyle::Russian);
        if (!m || m->isNegative()) {
            fail(QStringLiteral("forms.field_invalid"),
                 QCoreApplication::translate("pc::forms", "field \"%1\": \"%2\" is not an amount in roubles")
                     .arg(path(key), v.toString()));
            return {};
        }
        return *m;
    }
    if (!v.isUndefined() && !v.isNull())
        fail(QStringLiteral("forms.field_invalid"),
             QCoreApplication::translate("pc::forms", "field \"%1\" must be an amount in roubles")
                 .arg(path(key)));
    return {};
}

std::int64_t JsonFields::integer(const QString& key, bool required, std::int64_t min, std::int64_t max)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return 0;
    bool ok = v.isDouble();
    const double d = v.isString() ? v.toString().toDouble(&ok) : v.toDouble(-1e300);
    if (!ok || d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(QStringLiteral("forms.field_invalid"),
             QCoreApplication::translate("pc::forms", "field \"%1\" must be a whole number from %2 to %3")
                 .arg(path(key))
                 .arg(min)
                 .arg(max));
        return 0;
    }
    return static_cast<std::int64_t>(d);
}

std::int64_t JsonFields::grams(const QString& key, bool required)
{
    return integer(key, required, 1, 1'000'000);
}

bool JsonFields::flag(const QString& key)
{
    return m_root.value(key).toBool(false);
}

ItemId JsonFields::itemId(const QString& key, bool required)
{
    const QString raw = text(key, required);
    if (raw.isEmpty())
        return {};
    auto id = parseItemId(raw);
    if (!id) {
        fail(QStringLiteral("forms.field_id"),
             QCoreApplication::translate("pc::forms", "field \"%1\": %2").arg(path(key), id.error().message));
        return {};
    }
    return *id;
}

Party JsonFields::party(const QString& key, bool needPhone, bool international)
{
    JsonFields o = object(key);
    Party p;
    p.name = o.text(QStringLiteral("name"));
    // Sent by the recipient's phone number (docs/phone-send.md): no address yet, the mark instead.
    if (o.m_root.value(QStringLiteral("addressing")).toString() == QLatin1String("by_recipient_phone")) {
        p.phone = o.text(QStringLiteral("phone"));
        p.address = QStringLiteral("Адрес укажет получатель");
        return p;
    }
    p.address = o.text(QStringLiteral("address"));
    p.city = o.text(QStringLiteral("city"));
    p.region = o.text(QStringLiteral("region"), false);
    p.postcode = o.text(QStringLiteral("postcode"), !international);
    p.country = o.text(QStringLiteral("country"), international);
    p.phone = o.text(QStringLiteral("phone"), needPhone);
    if (!international && !p.postcode.isEmpty() &&
        (p.postcode.size() != 6 ||
         !std::all_of(p.postcode.begin(), p.postcode.end(), [](QChar c) { return c.isDigit(); })))
        o.fail(QStringLiteral("forms.field_invalid"),
               QCoreApplication::translate("pc::forms",
                                           "field \"%1\" must be a six-digit Russian postcode, not \"%2\"")
                   .arg(o.path(QStringLiteral("postcode")), p.postcode));
    return p;
}

QJsonArray JsonFields::array(const QString& key, bool required, int minItems, int maxItems)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(QStringLiteral("forms.field_invalid"),
             QCoreApplication::translate("pc::forms", "field \"%1\" must be a list").arg(path(key)));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() < minItems || a.size() > maxItems)
        fail(QStringLiteral("forms.field_invalid"),
             QCoreApplication::translate("pc::forms", "field \"%1\" has %2 entries; this form takes %3 to %4")
                 .arg(path(key))
                 .arg(a.size())
                 .arg(minItems)
                 .arg(maxItems));
    return a;
}

JsonFields JsonFields::object(const QString& key)
{
    const QJsonValue v = value(key, true);
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        fail(QStringLiteral("forms.field_invalid"),
             QCoreApplication::translate("pc::forms", "field \"%1\" must be an object").arg(path(key)));
    return JsonFields(v.toObject(), path(key) + u'.', m_error);
}

JsonFields JsonFields::element(const QJsonArray& a, const QString& key, int index)
{
    return JsonFields(a.at(index).toObject(), QStringLiteral("%1[%2].").arg(path(key)).arg(index), m_error);
}

} // namespace pc::forms::layout
