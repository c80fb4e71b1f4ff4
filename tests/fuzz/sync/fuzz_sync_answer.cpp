// Fuzzes what the tracking service answers (it is outside the counter and may be wrong or hostile):
// the events answer, a Retry-After header and an item's event history, shown and merged as the
// counter does. Any bytes must give a clean error or values the history view handles.
#include "services/sync/SyncProtocol.h"
#include "services/tracking/ItemHistory.h"

#include <QTimeZone>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pc::services;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    (void)sync::parseEventsAnswer(bytes);
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc());
    if (const auto ms = sync::parseRetryAfterMs(bytes, now); ms && *ms < 0)
        __builtin_trap(); // a wait is never negative

    const auto remote = tracking::parseItemEventsAnswer(bytes);
    if (!remote)
        return 0;
    QList<tracking::HistoryEntry> local;
    if (!remote->isEmpty()) {
        tracking::HistoryEntry here = remote->front();
        here.source = tracking::HistoryEntry::Source::Here;
        local.push_back(here);
    }
    const auto merged = tracking::mergeHistory(local, *remote);
    for (const tracking::HistoryEntry& e : merged) {
        (void)e.operationText();
        (void)e.localTimeText();
    }
    const tracking::ItemHistory h = tracking::makeItemHistory(QStringLiteral("RA123456785RU"), local, remote);
    (void)tracking::itemHistoryJson(h);
    return 0;
}
