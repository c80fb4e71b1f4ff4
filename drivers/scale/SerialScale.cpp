#include "SerialScale.h"

#include "CasDecoder.h"
#include "drivers/core/MonotonicClock.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSerialScale, "pc.drivers.scale")

namespace pc::drivers {

namespace {
QByteArray lineTerminator(ScaleProtocol p)
{
    // SICS and the header format end in CR LF; LF alone cuts both and tolerates bare-LF firmware.
    return p == ScaleProtocol::MassaKLegacy ? QByteArray() : QByteArrayLiteral("\n");
}
} // namespace

SerialScale::SerialScale(Options options, QObject* parent)
    : Scale(parent), m_opt(std::move(options)), m_cmd(serialScaleCommands(m_opt.protocol)),
      m_framer(m_cmd.framing, lineTerminator(m_opt.protocol))
{
    m_pollTimer.setInterval(m_opt.pollMs);
    m_watchdog.setInterval(m_opt.timeoutMs);
    m_watchdog.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SerialScale::poll);
    connect(&m_watchdog, &QTimer::timeout, this, &SerialScale::onTimeout);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScale::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScale::onPortError);
}

SerialScale::~SerialScale()
{
    close();
}

DeviceInfo SerialScale::info() const
{
    DeviceInfo i;
    i.kind = DeviceKind::Scale;
    i.model = m_opt.model;
    i.transport = QStringLiteral("serial");
    i.path = m_opt.port;
    i.state = state();
    i.driver = QString::fromLatin1(scaleProtocolName(m_opt.protocol));
    return i;
}

bool SerialScale::open()
{
    m_port.setPortName(m_opt.port);
    m_port.setBaudRate(m_opt.baud);
    // 8217 is 7E1 (HARDWARE.md); the other protocols are 8N1.
    const bool sevenE1 = m_opt.protocol == ScaleProtocol::Mt8217;
    m_port.setDataBits(sevenE1 ? QSerialPort::Data7 : QSerialPort::Data8);
    m_port.setParity(sevenE1 ? QSerialPort::EvenParity : QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    setState(DeviceState::Connecting);
    if (!m_port.open(QIODevice::ReadWrite)) {
        setState(DeviceState::Error, tr("cannot open %1: %2").arg(m_opt.port, m_port.errorString()));
        return false;
    }
    m_framer.clear();
    m_legacy.clear();
    m_enqStep = EnqStep::Idle;
    if (!m_cmd.poll.isEmpty()) {
        m_pollTimer.start();
        poll();
    }
    m_watchdog.start();
    return true;
}

void SerialScale::close()
{
    m_pollTimer.stop();
    m_watchdog.stop();
    if (m_port.isOpen())
        m_port.close();
}

bool SerialScale::zero()
{
    if (m_cmd.zero.isEmpty() || !m_port.isOpen())
        return false;
    return m_port.write(m_cmd.zero) == m_cmd.zero.size();
}

bool SerialScale::tare()
{
    if (m_cmd.tare.isEmpty() || !m_port.isOpen())
        return false;
    return m_port.write(m_cmd.tare) == m_cmd.tare.size();
}

void SerialScale::poll()
{
    if (!m_port.isOpen())
        return;
    if (m_opt.protocol == ScaleProtocol::CasEnq) {
        // A cycle gets half the fault timeout; a missing ACK or frame starts a new one (the watchdog
        // turns a lasting silence into a fault).
        const qint64 now = monotonicMs();
        if (m_enqStep != EnqStep::Idle && now - m_enqStepMs < m_opt.timeoutMs / 2)
            return;
        if (m_enqStep != EnqStep::Idle)
            qCWarning(lcSerialScale) << m_opt.port
                                     << (m_enqStep == EnqStep::AwaitAck ? "no ACK to ENQ"
                                                                        : "no frame after DC1");
        m_framer.clear();
        m_enqStep = EnqStep::AwaitAck;
        m_enqStepMs = now;
    }
    m_port.write(m_cmd.poll);
}

QByteArray SerialScale::casEnqHandshake(QByteArray bytes)
{
    if (m_enqStep != EnqStep::AwaitAck)
        return bytes;
    const auto ack = bytes.indexOf(static_cast<char>(kCasAck));
    if (ack < 0)
        return {}; // anything before the ACK is not a frame we asked for
    bytes.remove(0, ack + 1);
    m_enqStep = EnqStep::AwaitFrame;
    m_enqStepMs = monotonicMs();
    m_port.write(QByteArray(1, static_cast<char>(kCasDc1)));
    return bytes;
}

QList<QByteArray> SerialScale::frames(const QByteArray& bytes)
{
    if (m_opt.protocol != ScaleProtocol::MassaKLegacy)
        return m_framer.feed(bytes);
    // Ten bytes from each 55 AA sync; the decoder checks that both packets agree.
    QList<QByteArray> out;
    m_legacy.append(bytes);
    for (;;) {
        const auto sync = m_legacy.indexOf(QByteArrayLiteral("\x55\xAA"));
        if (sync < 0) {
            m_legacy = m_legacy.right(1); // a 55 may be the first half of the next sync
            break;
        }
        m_legacy.remove(0, sync);
        if (m_legacy.size() < 10)
            break;
        out.append(m_legacy.left(10));
        m_legacy.remove(0, 10);
    }
    return out;
}

void SerialScale::onReadyRead()
{
    const qint64 now = monotonicMs();
    QByteArray incoming = m_port.readAll();
    if (m_opt.protocol == ScaleProtocol::CasEnq) {
        incoming = casEnqHandshake(std::move(incoming));
        if (m_enqStep != EnqStep::AwaitFrame)
            return;
    }
    for (const QByteArray& frame : frames(incoming)) {
        m_enqStep = EnqStep::Idle; // one frame (good or bad) per DC1
        const Bytes bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()),
                          static_cast<std::size_t>(frame.size()));
        auto r = decodeScaleFrame(m_opt.protocol, bytes);
        if (!r) {
            if (r.error().code == DecodeErrc::NotAWeight)
                continue; // an acknowledgement (zero, tare): well formed, nothing to show
            ++m_badFrames;
            qCWarning(lcSerialScale) << m_opt.port << "rejected frame" << frame.toHex(' ')
                                     << r.error().detail;
            continue;
        }
        ++m_goodFrames;
        m_watchdog.start();
        setState(DeviceState::Ready);
        ScaleReading out = *r;
        out.timestampMs = now;
        emit reading(out);
    }
}

void SerialScale::onTimeout()
{
    setState(DeviceState::Error,
             tr("no answer from the scale on %1 for %2 ms").arg(m_opt.port).arg(m_opt.timeoutMs));
    ScaleReading fault;
    fault.state = ScaleState::Fault;
    fault.hasWeight = false;
    fault.timestampMs = monotonicMs();
    emit reading(fault);
}

void SerialScale::onPortError(QSerialPort::SerialPortError e)
{
    if (e == QSerialPort::NoError)
        return;
    // After a hang-up Linux reports EIO / ENOTTY on every call: treat any I/O error as the cable pulled.
    if (e == QSerialPort::ResourceError || e == QSerialPort::PermissionError || e == QSerialPort::ReadError ||
        e == QSerialPort::WriteError || e == QSerialPort::UnknownError) {
        // Unplugged (or taken away): stop; DeviceManager re-opens when the port comes back.
        const QString why = m_port.errorString();
        close();
        setState(DeviceState::Absent, tr("disconnected: %1").arg(why));
        return;
    }
    qCWarning(lcSerialScale) << m_opt.port << m_port.errorString();
}

} // namespace pc::drivers
