#pragma once
// Starts lock_holder (another process holding an EXCLUSIVE transaction on a SQLite file) and ends it.
#include <QProcess>
#include <QString>

namespace pc::testing {

class LockHolder {
public:
    // True once the child holds the lock.
    bool lock(const QString& dbPath)
    {
        m_child.setProcessChannelMode(QProcess::SeparateChannels);
        m_child.start(QStringLiteral(PC_LOCK_HOLDER), {dbPath});
        if (!m_child.waitForStarted(10000))
            return false;
        while (!m_child.canReadLine())
            if (!m_child.waitForReadyRead(10000))
                return false;
        return m_child.readLine().trimmed() == "LOCKED";
    }
    // True once the child rolled back and exited.
    bool release()
    {
        m_child.closeWriteChannel();
        return m_child.waitForFinished(10000) && m_child.exitCode() == 0 &&
               m_child.readAllStandardOutput().contains("RELEASED");
    }
    ~LockHolder()
    {
        if (m_child.state() != QProcess::NotRunning) {
            m_child.kill();
            m_child.waitForFinished(5000);
        }
    }

private:
    QProcess m_child;
};

} // namespace pc::testing
