#include "PrefillPayload.h"

#include "domain/acceptance/ShipmentJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace pc::prefill {
namespace {

constexpr QLatin1StringView kPrefix{"PCQ"};
constexpr QLatin1StringView kVersion1{"PCQ1."};

Error fail(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

QString checksumOf(const QByteArray& headAndBody)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(headAndBody, QCryptographicHash::Sha256).toHex().left(8));
}

bool isBase64UrlChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
}

// What a customer cannot decide: the identifier (allocated or scanned at the window), the weight
// (measured on the counter scale) and membership of a business client's list.
Status checkCustomerFields(const acceptance::Shipment& s)
{
    if (!s.barcode.isEmpty())
        return fail(
            "prefill.content",
            QCoreApplication::translate(
                "Prefill",
                "A pre-filled shipment cannot carry an identifier: the counter allocates or scans it."));
    if (s.weightG != 0)
        return fail(
            "prefill.content",
            QCoreApplication::translate(
                "Prefill",
                "A pre-filled shipment cannot carry a measured weight: the item is weighed at the counter."));
    if (!s.businessListRef.isEmpty())
        return fail("prefill.content",
                    QCoreApplication::translate(
                        "Prefill", "A pre-filled shipment cannot claim a business client's list."));
    return {};
}

// A QR code's capacity is small: members the reader would default anyway ("", 0, false, [] and
// all-zero size triples) are left out.
QJsonObject compact(const QJsonObject& in)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        QJsonValue v = it.value();
        if (v.isObject())
            v = compact(v.toObject());
        const bool allZero =
            v.isArray() && std::all_of(v.toArray().begin(), v.toArray().end(),
                                       [](const QJsonValue& e) { return e.isDouble() && e.toDouble() == 0; });
        const bool empty = (v.isString() && v.toString().isEmpty()) || (v.isDouble() && v.toDouble() == 0) ||
                           (v.isBool() && !v.toBool()) || (v.isObject() && v.toObject().isEmpty()) || allZero;
        if (!empty)
            out.insert(it.key(), v);
    }
    return out;
}

} // namespace

bool looksLikePrefill(QStringView text)
{
    return text.startsWith(kPrefix) && text.size() > 5 && text.size() <= kMaxPayloadChars * 2;
}

Result<QString> makePrefillPayload(const acceptance::Shipment& shipment, QDate created, QDate expires)
{
    if (auto ok = checkCustomerFields(shipment); !ok)
        return ok.error();
    if (!created.isValid() || !expires.isValid() || expires < created ||
        created.daysTo(expires) > kMaxValidityDays)
        return fail("prefill.content", QCoreApplication::translate(
                                           "Prefill", "A pre-filled shipment is valid from 1 to %1 days.")
                                           .arg(kMaxValidityDays));
    QJsonObject json;
    json.insert(QStringLiteral("created"), created.toString(Qt::ISODate));
    json.insert(QStringLiteral("expires"), expires.toString(Qt::ISODate));
    json.insert(QStringLiteral("shipment"), compact(acceptance::shipmentToJson(shipment)));
    const QByteArray body = QJsonDocument(json)
                                .toJson(QJsonDocument::Compact)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray head = QByteArray(kVersion1.data(), kVersion1.size()) + body;
    QString payload = QString::fromLatin1(head) + u'.' + checksumOf(head);
    if (payload.size() > kMaxPayloadChars)
        return fail("prefill.content",
                    QCoreApplication::translate("Prefill",
                                                "The shipment is too long for a QR code (%1 characters, "
                                                "at most %2): shorten the customs or inventory lines.")
                        .arg(payload.size())
                        .arg(kMaxPayloadChars));
    return payload;
}

Result<Prefill> parsePrefillPayload(QStringView text, QDate today)
{
    const QString notOurs =
        QCoreApplication::translate("Prefill", "This QR code is not a PostCounter pre-filled shipment.");
    text = text.trimmed();
    if (!text.startsWith(kPrefix) || text.size() > kMaxPayloadChars)
        return fail("prefill.format", notOurs);
    if (!text.startsWith(kVersion1)) {
        const qsizetype dot = text.indexOf(u'.');
        return fail("prefill.version",
                    QCoreApplication::translate(
                        "Prefill",
                        "Pre-filled shipment format %1 is newer than this workstation understands (it "
                        "reads PCQ1): update the workstation or ask the customer for a new code.")
                        .arg(text.left(dot < 0 ? 8 : dot).toString()));
    }
    const qsizetype lastDot = text.lastIndexOf(u'.');
    if (lastDot <= kVersion1.size() || text.size() - lastDot - 1 != 8)
        return fail("prefill.format", notOurs);
    const QStringView body = text.sliced(kVersion1.size(), lastDot - kVersion1.size());
    for (QChar c : body)
        if (!isBase64UrlChar(c))
            return fail("prefill.format", notOurs);
    const QByteArray head = text.first(lastDot).toLatin1();
    if (checksumOf(head) != text.sliced(lastDot + 1).toString().toLower())
        return fail("prefill.checksum",
                    QCoreApplication::translate(
                        "Prefill", "The pre-filled shipment is damaged or was altered (checksum mismatch): "
                                   "ask the customer to show the code again or fill the form by hand."));
    const auto decoded = QByteArray::fromBase64Encoding(
        body.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail("prefill.format", notOurs);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail("prefill.format", notOurs);
    const QJsonObject json = doc.object();
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != u"created" && it.key() != u"expires" && it.key() != u"shipment")
            return fail("prefill.content", QCoreApplication::translate(
                                               "Prefill", "Unknown field \"%1\" in the pre-filled shipment.")
                                               .arg(it.key()));
    Prefill p;
    p.created = QDate::fromString(json.value(u"created").toString(), Qt::ISODate);
    p.expires = QDate::fromString(json.value(u"expires").toString(), Qt::ISODate);
    if (!p.created.isValid() || !p.expires.isValid() || p.expires < p.created)
        return fail("prefill.content",
                    QCoreApplication::translate(
                        "Prefill", "The pre-filled shipment has no valid creation and expiry dates."));
    if (p.expires < today)
        return fail("prefill.stale", QCoreApplication::translate(
                                         "Prefill", "The pre-filled shipment expired on %1: the customer "
                                                    "makes a new code, or the clerk fills the form.")
                                         .arg(p.expires.toString(QStringLiteral("dd.MM.yyyy"))));
    if (p.created > today)
        return fail("prefill.stale",
                    QCoreApplication::translate("Prefill", "The pre-filled shipment is dated %1, in the "
                                                           "future: check the date on the customer's device.")
                        .arg(p.created.toString(QStringLiteral("dd.MM.yyyy"))));
    if (p.created.daysTo(p.expires) > kMaxValidityDays)
        return fail("prefill.content", QCoreApplication::translate(
                                           "Prefill", "A pre-filled shipment is valid from 1 to %1 days.")
                                           .arg(kMaxValidityDays));
    if (!json.value(u"shipment").isObject())
        return fail("prefill.content",
                    QCoreApplication::translate("Prefill", "The pre-filled shipment has no shipment."));
    auto shipment = acceptance::shipmentFromJson(json.value(u"shipment").toObject());
    if (!shipment)
        return fail("prefill.content",
                    QCoreApplication::translate("Prefill", "The pre-filled shipment is wrong: %1")
                        .arg(shipment.error().message));
    if (auto ok = checkCustomerFields(*shipment); !ok)
        return ok.error();
    p.shipment = std::move(*shipment);
    return p;
}

} // namespace pc::prefill
