#pragma once
// The sync thread: runs an OutboxDrainer on its own QThread (with its own database connection), so
// the GUI thread never waits on the network. Connect to drainer()'s signals: they arrive queued.
#include "OutboxDrainer.h"

#include <QThread>

namespace pc::services::sync {

class SyncThread : public QObject {
    Q_OBJECT
public:
    SyncThread(SyncConfig config, QString databasePath, OutboxDrainer::Mode mode, QObject* parent = nullptr);
    ~SyncThread() override; // stops and joins

    OutboxDrainer* drainer() const { return m_drainer; }
    void start();
    void stop();
    void wakeUp();
    bool isRunning() const { return m_thread.isRunning(); }

private:
    QThread m_thread;
    OutboxDrainer* m_drainer;
};

} // namespace pc::services::sync
