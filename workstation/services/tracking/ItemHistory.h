#pragma once
// An item's history as the counter shows it: the operations of this workstation's journal and the
// events the tracking network knows (GET /v1/items/{id}/events, docs/tracking-api.md), one line per
// event id, in time order, each marked with where it came from. When the network cannot be asked
// the local lines still stand and the history says why the network's are missing.
#include "db/Connection.h"
#include "domain/Result.h"
#include "domain/TrackingOperation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::services::tracking {

struct HistoryEntry {
    enum class Source { Here, Network };

    QString eventId; // empty for a local operation that has no tracking event
    QString itemId;
    TrackingOperation op;
    QDateTime occurredAtUtc;
    int utcOffsetMin = 0; // of the place where it happened
    QString office;       // postcode (or a sorting centre's index)
    QString counter;
    QString operatorId;
    std::optional<qint64> weightG;
    Source source = Source::Here;
    // Local lines: the event has been delivered to the network (sent) / the network listed it too.
    bool sent = false;
    bool confirmedByNetwork = false;

    QString operationText() const; // "Приём: Единичный" (DOMAIN.md §4 in words)
    QString localTimeText() const; // "24.11.2026 13:05 (UTC+03:00)": the time where it happened
};

struct ItemHistory {
    enum class Network { Online, Offline, NotConfigured };

    QString itemId;
    QList<HistoryEntry> entries;
    Network network = Network::NotConfigured;
    QString networkMessage; // why the network's events are missing (Offline / NotConfigured)
};

// The operations of the local journal for the item, with their tracking event ids, oldest first.
Result<QList<HistoryEntry>> readLocalHistory(const db::Connection& c, const QString& itemId);

// {"item_id":..,"events":[EVENT...]}: the network's events (Source::Network). Events without an
// event_id or a readable occurred_at are skipped.
Result<QList<HistoryEntry>> parseItemEventsAnswer(const QByteArray& body);

// One line per event id (the local one wins and is marked confirmed when the network has it too),
// sorted by time; lines without an event id are kept as they are. Stable for equal times.
QList<HistoryEntry> mergeHistory(const QList<HistoryEntry>& local, const QList<HistoryEntry>& remote);

// The whole view: remote is the network's answer or why it could not be had (an error coded
// "sync.no_endpoint" means no service is configured; any other, that it is unreachable).
ItemHistory makeItemHistory(const QString& itemId, const QList<HistoryEntry>& local,
                            const Result<QList<HistoryEntry>>& remote);

// `postcounter-cli track ID --json`: {"item_id","network":"online|offline|not_configured",
// "network_message", "events":[{"event_id","source":"here|network","occurred_at",...}]}
QByteArray itemHistoryJson(const ItemHistory& h);

// Canonical form of a typed or scanned identifier: spaces removed, letters upper-cased.
QString normalizeItemId(const QString& raw);

} // namespace pc::services::tracking
