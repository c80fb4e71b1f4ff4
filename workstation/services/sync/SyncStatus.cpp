#include "SyncStatus.h"

#include "db/OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pc::services::sync {

Result<SyncStatus> readSyncStatus(const db::Connection& c)
{
    db::OutboxRepository repo(c);
    auto counts = repo.counts();
    if (!counts)
        return counts.error();
    auto last = repo.lastSuccess();
    if (!last)
        return last.error();
    auto error = repo.lastError();
    if (!error)
        return error.error();
    return SyncStatus{counts->pending, counts->sent, counts->parked, *last, *error};
}

QByteArray syncStatusJson(const SyncStatus& s)
{
    QJsonObject o{{QStringLiteral("pending"), static_cast<double>(s.pending)},
                  {QStringLiteral("sent"), static_cast<double>(s.sent)},
                  {QStringLiteral("parked"), static_cast<double>(s.parked)},
                  {QStringLiteral("last_success"),
                   s.lastSuccessUtc ? QJsonValue(s.lastSuccessUtc->toUTC().toString(Qt::ISODateWithMs))
                                    : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("last_error"),
                   s.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.lastError)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace pc::services::sync
