#pragma once
// Asks the tracking service for an item's events (GET {base}/v1/items/{id}/events) with the sync
// configuration's token and TLS trust. fetch() does not block: the GUI keeps working while the
// network answers; fetchAndWait() is for the command line.
#include "ItemHistory.h"
#include "services/sync/SyncConfig.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;

namespace pc::services::tracking {

class ItemEventsClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QList<HistoryEntry>>)>;

    explicit ItemEventsClient(sync::SyncConfig config, QObject* parent = nullptr);

    // done is called once, on this object's thread; never when the client is destroyed first.
    void fetch(const QString& itemId, Callback done);
    Result<QList<HistoryEntry>> fetchAndWait(const QString& itemId);

private:
    sync::SyncConfig m_config;
    QNetworkAccessManager* m_net;
};

} // namespace pc::services::tracking
