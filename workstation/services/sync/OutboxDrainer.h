#pragma once
// Sends the outbox to the tracking service (docs/tracking-api.md). Lives on the sync thread (see
// SyncThread) with its own database connection: batches of up to 500 events per counter in seq
// order; an event is marked sent only when the service acknowledged it (accepted or duplicate);
// network errors, timeouts and 5xx are retried with capped exponential back-off and jitter; 429
// waits for Retry-After; 401/403 stops and raises authFailed; a rejected event is parked with the
// service's reason and the rest go on.
#include "BackoffPolicy.h"
#include "SyncConfig.h"
#include "db/Connection.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pc::services::sync {

class OutboxDrainer : public QObject {
    Q_OBJECT
public:
    enum Mode { Continuous, Once };
    enum ExitCode { Drained = 0, Failed = 3, AuthRefused = 4 };

    OutboxDrainer(SyncConfig config, QString databasePath, Mode mode, QObject* parent = nullptr);
    ~OutboxDrainer() override;

public slots:
    // Opens the connection in the calling (sync) thread and starts draining.
    void start();
    // Closes the connection and the network; call in the drainer's thread.
    void stop();
    // New events were queued: drain now unless waiting out a back-off.
    void wakeUp();

signals:
    void batchDelivered(int acknowledged, int parked, qint64 pending);
    void retrying(const QString& message, qint64 delayMs);
    void authFailed(const QString& message);
    void idle();
    // Once mode: the queue is empty (Drained) or an attempt failed (Failed); any mode: AuthRefused.
    void finished(int exitCode, const QString& message);

private:
    void drainStep();
    void send(const QString& counterId);
    void onReply(QNetworkReply* reply);
    void retryLater(const QString& message, std::optional<qint64> retryAfterMs);
    void schedule(qint64 delayMs);
    void finish(int code, const QString& message);
    qint64 pendingCount() const;

    SyncConfig m_config;
    QString m_databasePath;
    Mode m_mode;
    BackoffPolicy m_backoff;
    std::optional<db::Connection> m_conn;
    QNetworkAccessManager* m_net = nullptr;
    QTimer* m_timer = nullptr;
    QPointer<QNetworkReply> m_inFlight;
    QStringList m_batchIds;
    int m_failures = 0;
    bool m_stopped = false;
    bool m_backingOff = false;
};

} // namespace pc::services::sync
