#include "SerialFramer.h"

namespace pc::drivers {

SerialFramer::SerialFramer(Kind kind, QByteArray terminator, int maxFrame)
    : m_kind(kind), m_term(terminator.isEmpty() ? QByteArrayLiteral("\n") : std::move(terminator)),
      m_max(maxFrame)
{}

QList<QByteArray> SerialFramer::feed(const QByteArray& bytes)
{
    QList<QByteArray> out;
    m_buf.append(bytes);
    for (;;) {
        if (m_kind == Kind::Line) {
            const auto i = m_buf.indexOf(m_term);
            if (i < 0)
                break;
            out.append(m_buf.left(i + m_term.size()));
            m_buf.remove(0, i + m_term.size());
            continue;
        }
        const char start = m_kind == Kind::StxCr ? '\x02' : m_kind == Kind::SohEot ? '\x01' : '\xF8';
        const auto s = m_buf.indexOf(start);
        if (s < 0) {
            m_dropped += static_cast<int>(m_buf.size());
            m_buf.clear();
            break;
        }
        if (s > 0) {
            m_dropped += static_cast<int>(s);
            m_buf.remove(0, s);
        }
        if (m_kind == Kind::MassaK) {
            if (m_buf.size() < 5)
                break;
            if (m_buf[1] != '\x55' || m_buf[2] != '\xCE') {
                ++m_dropped;
                m_buf.remove(0, 1);
                continue;
            }
            const int len =
                static_cast<unsigned char>(m_buf[3]) | (static_cast<unsigned char>(m_buf[4]) << 8);
            if (len == 0 || len + 7 > m_max) {
                ++m_dropped;
                m_buf.remove(0, 1);
                continue;
            }
            if (m_buf.size() < len + 7)
                break;
            out.append(m_buf.left(len + 7));
            m_buf.remove(0, len + 7);
            continue;
        }
        const char end = m_kind == Kind::StxCr ? '\r' : '\x04';
        const auto e = m_buf.indexOf(end, 1);
        if (e < 0)
            break;
        out.append(m_buf.left(e + 1));
        m_buf.remove(0, e + 1);
    }
    if (m_buf.size() > m_max) {
        m_dropped += static_cast<int>(m_buf.size());
        m_buf.clear();
    }
    return out;
}

} // namespace pc::drivers
