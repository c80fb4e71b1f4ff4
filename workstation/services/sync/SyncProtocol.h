#pragma once
// The wire format of docs/tracking-api.md: the POST /v1/events body built from outbox rows, and the
// service's answer.
#include "db/OutboxRepository.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace pc::services::sync {

struct RejectedEvent {
    QString eventId;
    QString reason;
};

struct EventsAnswer {
    QStringList accepted;
    QStringList duplicates;
    QList<RejectedEvent> rejected;
};

// One EVENT: the stored payload plus seq, prev_hash and hash from the journal.
QByteArray eventJson(const db::OutboxEvent& event);
// {"office":..,"counter":..,"events":[EVENT...]}
QByteArray eventsRequestBody(const QString& office, const QString& counter,
                             const QList<db::OutboxEvent>& events);
Result<EventsAnswer> parseEventsAnswer(const QByteArray& body);

// Retry-After as delta-seconds or an HTTP-date; nullopt when absent or unreadable.
std::optional<qint64> parseRetryAfterMs(const QByteArray& header, const QDateTime& nowUtc);

} // namespace pc::services::sync
