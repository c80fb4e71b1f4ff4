#include "SyncThread.h"

namespace pc::services::sync {

SyncThread::SyncThread(SyncConfig config, QString databasePath, OutboxDrainer::Mode mode, QObject* parent)
    : QObject(parent), m_drainer(new OutboxDrainer(std::move(config), std::move(databasePath), mode))
{
    m_thread.setObjectName(QStringLiteral("pc-sync"));
    m_drainer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_drainer, &OutboxDrainer::start);
}

SyncThread::~SyncThread()
{
    stop();
    delete m_drainer; // its thread has finished: safe to delete from here
}

void SyncThread::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
}

void SyncThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_drainer, &OutboxDrainer::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncThread::wakeUp()
{
    QMetaObject::invokeMethod(m_drainer, &OutboxDrainer::wakeUp, Qt::QueuedConnection);
}

} // namespace pc::services::sync
