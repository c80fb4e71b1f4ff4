#pragma once
// What the counter shows about sync, and `postcounter-cli sync status --json` prints:
// {"pending":..,"sent":..,"parked":..,"last_success":"<RFC 3339 UTC>|null","last_error":"..|null"}
#include "db/Connection.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace pc::services::sync {

struct SyncStatus {
    qint64 pending = 0;
    qint64 sent = 0;
    qint64 parked = 0;
    std::optional<QDateTime> lastSuccessUtc;
    QString lastError;
};

Result<SyncStatus> readSyncStatus(const db::Connection& c);
QByteArray syncStatusJson(const SyncStatus& s);

} // namespace pc::services::sync
