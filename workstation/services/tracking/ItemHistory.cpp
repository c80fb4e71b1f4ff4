#include "ItemHistory.h"

#include "db/OperationRepository.h"
#include "db/OutboxRepository.h"
#include "services/TrackingEventJson.h"
#include "services/sync/OperationNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace pc::services::tracking {

QString HistoryEntry::operationText() const
{
    const QString type = sync::operationTypeName(op.type);
    if (type.isEmpty())
        return QCoreApplication::translate("ItemHistory", "Operation %1.%2").arg(op.type).arg(op.attr);
    const QString attr = sync::operationAttributeName(op);
    return attr.isEmpty() ? type : type + QStringLiteral(": ") + attr;
}

QString HistoryEntry::localTimeText() const
{
    const QDateTime local = occurredAtUtc.toTimeZone(QTimeZone(utcOffsetMin * 60));
    const int a = qAbs(utcOffsetMin);
    return local.toString(QStringLiteral("dd.MM.yyyy HH:mm")) +
           QStringLiteral(" (UTC%1%2:%3)")
               .arg(utcOffsetMin < 0 ? QStringLiteral("-") : QStringLiteral("+"))
               .arg(a / 60, 2, 10, QLatin1Char('0'))
               .arg(a % 60, 2, 10, QLatin1Char('0'));
}

Result<QList<HistoryEntry>> readLocalHistory(const db::Connection& c, const QString& itemId)
{
    auto ops = db::OperationRepository(c).forItem(itemId);
    if (!ops)
        return ops.error();
    db::OutboxRepository outbox(c);
    QList<HistoryEntry> out;
    out.reserve(ops->size());
    for (const db::OperationRecord& r : *ops) {
        HistoryEntry e;
        e.itemId = r.itemId;
        e.op = r.op;
        e.occurredAtUtc = r.occurredAtUtc.toUTC();
        e.utcOffsetMin = r.utcOffsetMin;
        e.office = r.officePostcode;
        e.counter = r.counterId;
        e.operatorId = r.operatorId;
        e.weightG = r.weightG;
        e.source = HistoryEntry::Source::Here;
        auto ev = outbox.forOperation(r.id);
        if (!ev)
            return ev.error();
        if (*ev) {
            e.eventId = (*ev)->eventId;
            e.sent = (*ev)->sentAtUtc.has_value();
        }
        out.push_back(std::move(e));
    }
    return out;
}

Result<QList<HistoryEntry>> parseItemEventsAnswer(const QByteArray& body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("tracking.bad_answer"),
                     QCoreApplication::translate("ItemHistory",
                                                 "The tracking service sent an item history that is not a "
                                                 "JSON object (%1).")
                         .arg(pe.errorString())};
    QList<HistoryEntry> out;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        const QDateTime at =
            QDateTime::fromString(o.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
        HistoryEntry e;
        e.eventId = o.value(QStringLiteral("event_id")).toString();
        if (e.eventId.isEmpty() || !at.isValid())
            continue;
        e.itemId = o.value(QStringLiteral("item_id")).toString();
        e.op = {o.value(QStringLiteral("op_type")).toInt(), o.value(QStringLiteral("op_attr")).toInt()};
        e.occurredAtUtc = at.toUTC();
        e.utcOffsetMin = at.offsetFromUtc() / 60;
        e.office = o.value(QStringLiteral("office")).toString();
        e.counter = o.value(QStringLiteral("counter")).toString();
        e.operatorId = o.value(QStringLiteral("operator")).toString();
        if (o.value(QStringLiteral("weight_g")).isDouble())
            e.weightG = o.value(QStringLiteral("weight_g")).toInteger();
        e.source = HistoryEntry::Source::Network;
        out.push_back(std::move(e));
    }
    return out;
}

QList<HistoryEntry> mergeHistory(const QList<HistoryEntry>& local, const QList<HistoryEntry>& remote)
{
    QList<HistoryEntry> out;
    out.reserve(local.size() + remote.size());
    QSet<QString> remoteIds;
    for (const HistoryEntry& r : remote)
        remoteIds.insert(r.eventId);
    QSet<QString> seen;
    for (HistoryEntry e : local) {
        if (!e.eventId.isEmpty()) {
            if (seen.contains(e.eventId))
                continue;
            seen.insert(e.eventId);
            e.confirmedByNetwork = remoteIds.contains(e.eventId);
        }
        out.push_back(std::move(e));
    }
    for (const HistoryEntry& r : remote) {
        if (r.eventId.isEmpty() || seen.contains(r.eventId))
            continue;
        seen.insert(r.eventId);
        out.push_back(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.occurredAtUtc < b.occurredAtUtc;
    });
    return out;
}

ItemHistory makeItemHistory(const QString& itemId, const QList<HistoryEntry>& local,
                            const Result<QList<HistoryEntry>>& remote)
{
    ItemHistory h;
    h.itemId = itemId;
    if (remote) {
        h.network = ItemHistory::Network::Online;
        h.entries = mergeHistory(local, *remote);
    } else {
        h.network = remote.error().code == QStringLiteral("sync.no_endpoint")
                        ? ItemHistory::Network::NotConfigured
                        : ItemHistory::Network::Offline;
        h.networkMessage = remote.error().message;
        h.entries = mergeHistory(local, {});
    }
    return h;
}

QByteArray itemHistoryJson(const ItemHistory& h)
{
    QJsonArray events;
    for (const HistoryEntry& e : h.entries) {
        QJsonObject o{
            {QStringLiteral("event_id"),
             e.eventId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.eventId)},
            {QStringLiteral("source"),
             e.source == HistoryEntry::Source::Here ? QStringLiteral("here") : QStringLiteral("network")},
            {QStringLiteral("occurred_at"), rfc3339WithOffset(e.occurredAtUtc, e.utcOffsetMin)},
            {QStringLiteral("op_type"), e.op.type},
            {QStringLiteral("op_attr"), e.op.attr},
            {QStringLiteral("operation"), e.operationText()},
            {QStringLiteral("office"), e.office},
        };
        if (const QString upu = upuEventCode(e.op); !upu.isEmpty())
            o.insert(QStringLiteral("upu_event"), upu);
        if (!e.counter.isEmpty())
            o.insert(QStringLiteral("counter"), e.counter);
        if (e.weightG)
            o.insert(QStringLiteral("weight_g"), static_cast<double>(*e.weightG));
        if (e.source == HistoryEntry::Source::Here) {
            o.insert(QStringLiteral("sent"), e.sent);
            o.insert(QStringLiteral("confirmed_by_network"), e.confirmedByNetwork);
        }
        events.append(o);
    }
    static const char* const states[] = {"online", "offline", "not_configured"};
    QJsonObject root{{QStringLiteral("item_id"), h.itemId},
                     {QStringLiteral("network"), QLatin1StringView(states[int(h.network)])},
                     {QStringLiteral("network_message"), h.networkMessage.isEmpty()
                                                             ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(h.networkMessage)},
                     {QStringLiteral("events"), events}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString normalizeItemId(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar ch : raw)
        if (!ch.isSpace())
            out.append(ch.toUpper());
    return out;
}

} // namespace pc::services::tracking
