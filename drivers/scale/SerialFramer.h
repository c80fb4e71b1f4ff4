#pragma once
// Cuts a serial byte stream into frames for a scale or scanner protocol. Bounded: a stream that never
// ends a frame is dropped and counted, never buffered without limit.
#include <QByteArray>
#include <QList>

namespace pc::drivers {

class SerialFramer {
public:
    enum class Kind {
        Line,   // ends with the terminator (SICS, CAS header lines, serial scanners)
        StxCr,  // STX … CR (8217)
        SohEot, // SOH … EOT (CAS ENQ protocol)
        MassaK, // F8 55 CE + LE16 length + body + CRC
    };
    explicit SerialFramer(Kind kind, QByteArray terminator = QByteArrayLiteral("\n"), int maxFrame = 512);

    QList<QByteArray> feed(const QByteArray& bytes);
    int droppedBytes() const { return m_dropped; }
    void clear() { m_buf.clear(); }

private:
    Kind m_kind;
    QByteArray m_term;
    int m_max;
    QByteArray m_buf;
    int m_dropped = 0;
};

} // namespace pc::drivers
