#pragma once
// The tracking event body stored in the outbox (docs/tracking-api.md, issue 10 adds seq and hashes
// when it sends). Personal data never goes into an event.
#include "CounterContext.h"
#include "domain/TrackingOperation.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace pc::services {

struct TrackingEventData {
    QString eventId;
    QString itemId;
    TrackingOperation op;
    QDateTime occurredAtUtc;
    std::optional<qint64> weightG;
    std::optional<qint64> declaredValueKop;
    std::optional<qint64> codKop;
    std::optional<qint64> paymentKop;
    QString destination;
};

QByteArray trackingEventJson(const TrackingEventData& e, const CounterContext& ctx);
// RFC 3339 local time with the office's offset, e.g. 2026-11-24T13:05:00.123+03:00.
QString rfc3339WithOffset(const QDateTime& utc, int offsetMin);

} // namespace pc::services
