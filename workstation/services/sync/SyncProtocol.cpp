#include "SyncProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

namespace pc::services::sync {

namespace {
QByteArray jsonString(const QString& s)
{
    // A one-element array is the cheapest way to get QJson's string escaping.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}
} // namespace

QByteArray eventJson(const db::OutboxEvent& e)
{
    QByteArray extra = ",\"seq\":" + QByteArray::number(e.seq);
    if (!e.prevHash.isEmpty())
        extra += ",\"prev_hash\":" + jsonString(e.prevHash);
    if (!e.hash.isEmpty())
        extra += ",\"hash\":" + jsonString(e.hash);
    const QByteArray p = e.payload.trimmed();
    // The payload is a compact JSON object written by services/TrackingEventJson without these keys:
    // splicing keeps a 100 000-event backlog cheap to send.
    if (p.size() >= 2 && p.startsWith('{') && p.endsWith('}')) {
        if (p.size() == 2)
            return '{' + extra.mid(1) + '}';
        return p.left(p.size() - 1) + extra + '}';
    }
    QJsonObject o = QJsonDocument::fromJson(p).object();
    o.insert(QStringLiteral("seq"), static_cast<double>(e.seq));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray eventsRequestBody(const QString& office, const QString& counter,
                             const QList<db::OutboxEvent>& events)
{
    QByteArray body;
    body.reserve(events.size() * 512 + 64);
    body += "{\"office\":" + jsonString(office) + ",\"counter\":" + jsonString(counter) + ",\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (i)
            body += ',';
        body += eventJson(events[i]);
    }
    body += "]}";
    return body;
}

Result<EventsAnswer> parseEventsAnswer(const QByteArray& body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("sync.bad_answer"),
                     QCoreApplication::translate("Sync", "The tracking service sent an answer that is not a "
                                                         "JSON object (%1).")
                         .arg(pe.errorString())};
    const QJsonObject o = doc.object();
    EventsAnswer a;
    for (const auto& v : o.value(QStringLiteral("accepted")).toArray())
        a.accepted.push_back(v.toString());
    for (const auto& v : o.value(QStringLiteral("duplicates")).toArray())
        a.duplicates.push_back(v.toString());
    for (const auto& v : o.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject r = v.toObject();
        a.rejected.push_back(
            {r.value(QStringLiteral("event_id")).toString(), r.value(QStringLiteral("reason")).toString()});
    }
    return a;
}

std::optional<qint64> parseRetryAfterMs(const QByteArray& header, const QDateTime& nowUtc)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = h.toLongLong(&ok);
    if (ok) // more seconds than milliseconds fit in 64 bits is as unreadable as a negative wait
        return seconds < 0 || seconds > std::numeric_limits<qint64>::max() / 1000
                   ? std::nullopt
                   : std::optional<qint64>(seconds * 1000);
    // An HTTP-date (RFC 9110) ends in "GMT", which Qt's RFC 2822 parser wants as a numeric zone.
    QString date = QString::fromLatin1(h);
    if (date.endsWith(QStringLiteral(" GMT")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, nowUtc.msecsTo(at));
}

} // namespace pc::services::sync
