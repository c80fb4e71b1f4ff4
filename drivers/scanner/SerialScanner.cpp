#include "SerialScanner.h"

#include "SerialScanDecoder.h"
#include "drivers/core/MonotonicClock.h"

namespace pc::drivers {

SerialScanner::SerialScanner(Options options, QObject* parent)
    : Scanner(parent), m_opt(std::move(options)),
      m_framer(SerialFramer::Kind::Line, m_opt.suffix.isEmpty() ? QByteArrayLiteral("\r") : m_opt.suffix,
               kMaxSerialScan + 16)
{
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanner::onPortError);
}

SerialScanner::~SerialScanner()
{
    close();
}

DeviceInfo SerialScanner::info() const
{
    DeviceInfo i;
    i.kind = DeviceKind::Scanner;
    i.model = m_opt.model;
    i.transport = QStringLiteral("serial");
    i.path = m_opt.port;
    i.state = state();
    i.driver = QStringLiteral("serial-scanner");
    return i;
}

bool SerialScanner::open()
{
    m_port.setPortName(m_opt.port);
    m_port.setBaudRate(m_opt.baud);
    setState(DeviceState::Connecting);
    if (!m_port.open(QIODevice::ReadOnly)) {
        setState(DeviceState::Error, tr("cannot open %1: %2").arg(m_opt.port, m_port.errorString()));
        return false;
    }
    m_framer.clear();
    setState(DeviceState::Ready);
    return true;
}

void SerialScanner::close()
{
    if (m_port.isOpen())
        m_port.close();
}

void SerialScanner::onReadyRead()
{
    const qint64 now = monotonicMs();
    for (const QByteArray& line : m_framer.feed(m_port.readAll())) {
        auto text = decodeSerialScanLine(line, m_opt.suffix);
        if (!text) {
            ++m_rejected;
            continue;
        }
        emit scanned(ScanResult{*text, {}, QStringLiteral("serial"), now});
    }
}

void SerialScanner::onPortError(QSerialPort::SerialPortError e)
{
    if (e == QSerialPort::ResourceError || e == QSerialPort::PermissionError || e == QSerialPort::ReadError ||
        e == QSerialPort::UnknownError) {
        const QString why = m_port.errorString();
        close();
        setState(DeviceState::Absent, tr("disconnected: %1").arg(why));
    }
}

} // namespace pc::drivers
