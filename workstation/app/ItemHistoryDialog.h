#pragma once
// "Where is my parcel" at the counter (Ctrl+H): the clerk scans or types an identifier and sees
// this workstation's operations merged with the tracking network's events, oldest first, each with
// its source. The network is asked without blocking; when it cannot be reached the local history
// stays on screen with the reason.
#include "services/sync/SyncConfig.h"
#include "services/tracking/ItemHistory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace pc::db {
class Connection;
}

namespace pc::services::tracking {
class ItemEventsClient;
}

namespace pc::app {

class ItemHistoryDialog : public QDialog {
    Q_OBJECT
public:
    ItemHistoryDialog(const db::Connection& connection, services::sync::SyncConfig config,
                      QWidget* parent = nullptr);

    const services::tracking::ItemHistory& history() const { return m_history; }

public slots:
    // Shows the local lines at once, then the merged history when the network answers.
    void showItem(const QString& identifier);

signals:
    // The network answered (or could not be reached): history() is complete.
    void historyReady();

private:
    void render();

    const db::Connection& m_connection;
    services::tracking::ItemEventsClient* m_client;
    services::tracking::ItemHistory m_history;
    quint64 m_generation = 0; // answers for an earlier identifier are dropped
    QLineEdit* m_id;
    QLabel* m_network;
    QTableWidget* m_table;
};

} // namespace pc::app
