#include "SyncThread.h"

#include "drivers/core/QueuedCall.h"

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
    threads::callOnThreadOf(
        m_drainer, [d = m_drainer] { d->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncThread::wakeUp()
{
    threads::callOnThreadOf(m_drainer, [d = m_drainer] { d->wakeUp(); });
}

} // namespace pc::services::sync
