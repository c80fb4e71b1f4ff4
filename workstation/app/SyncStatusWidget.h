#pragma once
// The sync status at the counter: events waiting, the last successful sync, the last error in words,
// an alert when the service refused the counter's token, and the parked events an administrator can
// send again. It shows what it is given (setStatus / setParked); the owner reads the database and
// wires the drainer's signals (services/sync/SyncThread).
#include "db/OutboxRepository.h"
#include "services/sync/SyncStatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pc::app {

class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

public slots:
    void setStatus(const pc::services::sync::SyncStatus& status);
    void setParked(const QList<pc::db::OutboxEvent>& parked);
    void showAuthAlert(const QString& message);
    void showRetrying(const QString& message, qint64 delayMs);

signals:
    void retryRequested(const QStringList& eventIds);

private:
    QLabel* m_pending;
    QLabel* m_lastSuccess;
    QLabel* m_lastError;
    QLabel* m_alert;
    QTableWidget* m_parked;
    QPushButton* m_retry;
};

} // namespace pc::app
