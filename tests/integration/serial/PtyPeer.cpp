#include "PtyPeer.h"

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

PtyPeer::PtyPeer()
{
    char name[128] = {};
    termios raw{};
    cfmakeraw(&raw);
    if (openpty(&m_master, &m_slave, name, &raw, nullptr) != 0) {
        m_master = m_slave = -1;
        return;
    }
    m_slavePath = QString::fromLocal8Bit(name);
    fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PtyPeer::onReadable);
}

PtyPeer::~PtyPeer()
{
    hangUp();
}

void PtyPeer::hangUp()
{
    m_notifier.reset();
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_master = m_slave = -1;
}

void PtyPeer::send(const QByteArray& bytes)
{
    if (m_master >= 0)
        (void)!::write(m_master, bytes.constData(), static_cast<size_t>(bytes.size()));
}

void PtyPeer::onReadable()
{
    char buf[256];
    const ssize_t n = ::read(m_master, buf, sizeof buf);
    if (n <= 0)
        return;
    m_written.append(buf, static_cast<qsizetype>(n));
    m_pending.append(buf, static_cast<qsizetype>(n));
    for (auto it = m_script.cbegin(); it != m_script.cend(); ++it) {
        const auto i = m_pending.indexOf(it.key());
        if (i >= 0) {
            m_pending.remove(0, i + it.key().size());
            send(it.value());
        }
    }
    if (m_pending.size() > 4096)
        m_pending.clear();
}
