#pragma once
// Internal to the tariff parser (TariffParser.cpp): not part of the domain's API.
#include "JsonLineLocator.h"
#include "TariffParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace pc::tariff::detail {

// Bounds that keep every product of a quote inside int64 (postage ≤ 1e5 steps × 1e9 kop ≈ 1e14 kop, then
// × 10 000 basis points ≈ 1e18 < 9.2e18): a tariff file cannot make the engine overflow.
inline constexpr std::int64_t kMaxKop = 1'000'000'000'000;  // amounts and limits: 10 milliard roubles
inline constexpr std::int64_t kMaxPriceKop = 1'000'000'000; // a weight price: 10 million roubles
inline constexpr std::int64_t kMaxWeightG = 100'000;

// Typed reading of a tariff file's JSON with a path stack, so any refusal names where it happened
// (the line, the path, the reason). The first refusal wins; the reader returns false from then on.
class TariffJsonReader {
public:
    explicit TariffJsonReader(const QByteArray& text) : m_text(text) {}
    const TariffFileError& error() const { return m_error; }

protected:
    struct Scope {
        Scope(TariffJsonReader& p, const char* key) : m_p(p) { p.m_path.push_back({key, -1}); }
        Scope(TariffJsonReader& p, int index) : m_p(p) { p.m_path.push_back({nullptr, index}); }
        ~Scope() { m_p.m_path.pop_back(); }
        TariffJsonReader& m_p;
    };

    bool fail(const QString& reason)
    {
        if (m_error.reason.isEmpty()) {
            m_error.path = jsonPathText(m_path);
            m_error.line = jsonLineOf(m_text, m_path);
            m_error.reason = reason;
        }
        return false;
    }
    bool keys(const QJsonObject& o, std::initializer_list<const char*> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray k = it.key().toUtf8();
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; })) {
                m_unknownKey = k;
                Scope s(*this, m_unknownKey.constData());
                return fail(QCoreApplication::translate("TariffParser", "unknown key \"%1\" (a typo?)")
                                .arg(it.key()));
            }
        }
        return true;
    }
    bool value(const QJsonObject& o, const char* key, QJsonValue* v, bool required)
    {
        *v = o.value(QLatin1String(key));
        if (v->isUndefined() && required)
            return fail(
                QCoreApplication::translate("TariffParser", "missing key \"%1\"").arg(QLatin1String(key)));
        return true;
    }
    bool integer(const QJsonValue& v, std::int64_t min, std::int64_t max, std::int64_t* out)
    {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d)
            return fail(QCoreApplication::translate("TariffParser", "expected a whole number"));
        if (d < double(min) || d > double(max))
            // The number as written: a huge one (1e126) does not fit an integer to print it by.
            return fail(QCoreApplication::translate("TariffParser", "%1 is out of range %2…%3")
                            .arg(QString::number(d, 'g', 17))
                            .arg(min)
                            .arg(max));
        *out = std::int64_t(d);
        return true;
    }
    bool integer(const QJsonObject& o, const char* key, std::int64_t min, std::int64_t max, std::int64_t* out,
                 bool required = true)
    {
        QJsonValue v;
        if (!value(o, key, &v, required))
            return false;
        if (v.isUndefined())
            return true;
        Scope s(*this, key);
        return integer(v, min, max, out);
    }
    template <typename T>
    bool integerAs(const QJsonObject& o, const char* key, std::int64_t min, std::int64_t max, T* out,
                   bool required = true)
    {
        std::int64_t x = *out;
        if (!integer(o, key, min, max, &x, required))
            return false;
        *out = T(x);
        return true;
    }
    bool percent(const QJsonObject& o, const char* key, int* bp)
    {
        QJsonValue v;
        if (!value(o, key, &v, true))
            return false;
        Scope s(*this, key);
        const double d = v.toDouble(-1);
        const double scaled = d * 100;
        if (!v.isDouble() || d < 0 || d > 100 || std::fabs(scaled - std::round(scaled)) > 1e-6)
            return fail(QCoreApplication::translate("TariffParser",
                                                    "expected a percentage 0…100 with at most two decimals"));
        *bp = int(std::lround(scaled));
        return true;
    }
    bool string(const QJsonObject& o, const char* key, QString* out, bool required = true)
    {
        QJsonValue v;
        if (!value(o, key, &v, required))
            return false;
        if (v.isUndefined())
            return true;
        Scope s(*this, key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(QCoreApplication::translate("TariffParser", "expected a non-empty string"));
        *out = v.toString();
        return true;
    }
    bool boolean(const QJsonObject& o, const char* key, bool* out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        Scope s(*this, key);
        if (!v.isBool())
            return fail(QCoreApplication::translate("TariffParser", "expected true or false"));
        *out = v.toBool();
        return true;
    }
    bool date(const QJsonObject& o, const char* key, QDate* out)
    {
        QString text;
        if (!string(o, key, &text))
            return false;
        *out = QDate::fromString(text, Qt::ISODate);
        if (!out->isValid() || text.size() != 10) {
            Scope s(*this, key);
            return fail(QCoreApplication::translate("TariffParser", "expected a date YYYY-MM-DD, not \"%1\"")
                            .arg(text));
        }
        return true;
    }
    bool object(const QJsonValue& v, QJsonObject* out)
    {
        if (!v.isObject())
            return fail(QCoreApplication::translate("TariffParser", "expected an object {…}"));
        *out = v.toObject();
        return true;
    }
    bool array(const QJsonObject& o, const char* key, QJsonArray* out, bool required = true,
               bool nonEmpty = true)
    {
        QJsonValue v;
        if (!value(o, key, &v, required))
            return false;
        if (v.isUndefined())
            return true;
        Scope s(*this, key);
        if (!v.isArray())
            return fail(QCoreApplication::translate("TariffParser", "expected an array […]"));
        *out = v.toArray();
        if (nonEmpty && out->isEmpty())
            return fail(QCoreApplication::translate("TariffParser", "must not be empty"));
        return true;
    }
    bool postcode(const QJsonObject& o, const char* key, int* out, bool required)
    {
        QString text;
        if (!string(o, key, &text, required))
            return false;
        if (text.isEmpty())
            return true;
        bool ok = false;
        *out = text.toInt(&ok);
        if (text.size() != 6 || !ok || *out < 0) {
            Scope s(*this, key);
            return fail(
                QCoreApplication::translate("TariffParser", "expected a six-digit postcode, not \"%1\"")
                    .arg(text));
        }
        return true;
    }

    const QByteArray& m_text;
    JsonPath m_path;
    TariffFileError m_error;
    QByteArray m_unknownKey;
};

} // namespace pc::tariff::detail
