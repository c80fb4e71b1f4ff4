#include "PaymentProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace pc::drivers {

namespace {

PaymentTerminalError malformed(const QString& why)
{
    PaymentTerminalError e;
    e.failure = PaymentFailure::ProtocolError;
    e.code = QStringLiteral("payment.protocol");
    e.message = why;
    return e;
}

bool allDigits(const QString& s)
{
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

// A field that must be a string when present; absent gives an empty string.
bool optionalString(const QJsonObject& o, QLatin1StringView key, QString* out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        out->clear();
        return true;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

QByteArray line(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

PaymentTerminalResult<TerminalMessage> parseTerminalLine(QByteArrayView bytes)
{
    // A line is bounded: the longest legal answer is a few hundred bytes.
    if (bytes.size() > 4096)
        return malformed(QStringLiteral("line longer than 4096 bytes"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("not JSON: %1").arg(err.errorString()));
    if (!doc.isObject())
        return malformed(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();

    TerminalMessage m;
    if (!optionalString(o, QLatin1StringView("id"), &m.id))
        return malformed(QStringLiteral("\"id\" is not a string"));

    const bool hasStatus = o.contains(QLatin1StringView("status"));
    const bool hasResult = o.contains(QLatin1StringView("result"));
    if (hasStatus == hasResult)
        return malformed(QStringLiteral("expected exactly one of \"status\" and \"result\""));
    if (hasStatus) {
        if (!optionalString(o, QLatin1StringView("status"), &m.status) || m.status.isEmpty())
            return malformed(QStringLiteral("\"status\" is not a non-empty string"));
        m.type = TerminalMessage::Type::Progress;
        return m;
    }

    QString result;
    if (!optionalString(o, QLatin1StringView("result"), &result))
        return malformed(QStringLiteral("\"result\" is not a string"));
    if (result == QLatin1StringView("approved")) {
        m.type = TerminalMessage::Type::Approved;
        if (!optionalString(o, QLatin1StringView("auth_code"), &m.authCode) || m.authCode.isEmpty() ||
            m.authCode.size() > 6)
            return malformed(QStringLiteral("approved without a 1-6 character \"auth_code\""));
        if (!optionalString(o, QLatin1StringView("rrn"), &m.rrn) || m.rrn.size() != 12 || !allDigits(m.rrn))
            return malformed(QStringLiteral("approved without a 12-digit \"rrn\""));
        if (!optionalString(o, QLatin1StringView("card"), &m.card))
            return malformed(QStringLiteral("\"card\" is not a string"));
        const QJsonValue amount = o.value(QLatin1StringView("amount_kop"));
        // JSON numbers are doubles: accept only whole, positive amounts that a double holds exactly.
        const double a = amount.toDouble(-1);
        if (!amount.isDouble() || a <= 0 || a > 9e15 || a != static_cast<double>(static_cast<qint64>(a)))
            return malformed(QStringLiteral("approved without a positive whole \"amount_kop\""));
        m.amountKop = static_cast<qint64>(a);
        return m;
    }
    if (result == QLatin1StringView("declined")) {
        m.type = TerminalMessage::Type::Declined;
        if (!optionalString(o, QLatin1StringView("code"), &m.code) || m.code.isEmpty())
            return malformed(QStringLiteral("declined without a \"code\""));
        if (!optionalString(o, QLatin1StringView("message"), &m.message))
            return malformed(QStringLiteral("\"message\" is not a string"));
        return m;
    }
    if (result == QLatin1StringView("error")) {
        m.type = TerminalMessage::Type::Error;
        if (!optionalString(o, QLatin1StringView("message"), &m.message))
            return malformed(QStringLiteral("\"message\" is not a string"));
        return m;
    }
    if (result == QLatin1StringView("cancelled"))
        m.type = TerminalMessage::Type::Cancelled;
    else if (result == QLatin1StringView("ready"))
        m.type = TerminalMessage::Type::Ready;
    else if (result == QLatin1StringView("busy"))
        m.type = TerminalMessage::Type::Busy;
    else
        return malformed(QStringLiteral("unknown result \"%1\"").arg(result.left(32)));
    return m;
}

QByteArray saleRequest(const QString& id, qint64 amountKop, const QString& reference)
{
    return line({{QStringLiteral("op"), QStringLiteral("sale")},
                 {QStringLiteral("id"), id},
                 {QStringLiteral("amount_kop"), amountKop},
                 {QStringLiteral("currency"), QStringLiteral("RUB")},
                 {QStringLiteral("ref"), reference}});
}

QByteArray cancelRequest(const QString& id, const QString& rrn, qint64 amountKop)
{
    return line({{QStringLiteral("op"), QStringLiteral("cancel")},
                 {QStringLiteral("id"), id},
                 {QStringLiteral("rrn"), rrn},
                 {QStringLiteral("amount_kop"), amountKop}});
}

QByteArray cancelSaleByIdRequest(const QString& id, const QString& saleId)
{
    return line({{QStringLiteral("op"), QStringLiteral("cancel")},
                 {QStringLiteral("id"), id},
                 {QStringLiteral("sale_id"), saleId}});
}

QByteArray statusRequest(const QString& id)
{
    return line({{QStringLiteral("op"), QStringLiteral("status")}, {QStringLiteral("id"), id}});
}

} // namespace pc::drivers
