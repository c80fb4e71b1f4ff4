#include "UsbHidScanner.h"

namespace pc::drivers {

namespace {
constexpr int kMaxKeyboardScan = 4096;
}

UsbHidScanner::UsbHidScanner(libusb_context* ctx, const SupportedDevice& entry, const UsbIdentity& id,
                             QString path, QObject* parent)
    : Scanner(parent), m_reader(ctx), m_entry(entry), m_id(id), m_path(std::move(path)),
      m_pos((entry.quirks & QuirkHoneywellLayout) ? HidPosLayout::Honeywell : HidPosLayout::Auto)
{
    connect(&m_reader, &UsbInterruptReader::report, this, &UsbHidScanner::onReport);
    connect(&m_reader, &UsbInterruptReader::disconnected, this,
            [this] { setState(DeviceState::Absent, tr("disconnected")); });
    connect(&m_reader, &UsbInterruptReader::readError, this,
            [this](const QString& why) { setState(DeviceState::Error, why); });
}

DeviceInfo UsbHidScanner::info() const
{
    return usbDeviceInfo(DeviceKind::Scanner, m_entry, m_id, m_path, state());
}

bool UsbHidScanner::open()
{
    setState(DeviceState::Connecting);
    m_keys.reset();
    m_typed.clear();
    if (!m_reader.open(m_path)) {
        setState(DeviceState::Error, m_reader.errorString());
        return false;
    }
    setState(DeviceState::Ready);
    return true;
}

void UsbHidScanner::close()
{
    m_reader.close();
}

void UsbHidScanner::onReport(const QByteArray& bytes, qint64 timestampMs)
{
    const Bytes span(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                     static_cast<std::size_t>(bytes.size()));
    if (m_entry.driver == DriverId::KeyboardScanner) {
        auto step = m_keys.feed(span);
        if (!step) {
            ++m_rejected;
            return;
        }
        m_typed += step->typed;
        if (m_typed.size() > kMaxKeyboardScan) { // a stuck key or a hostile device: drop, do not grow
            ++m_rejected;
            m_typed.clear();
            return;
        }
        if (step->terminated && !m_typed.isEmpty()) {
            emit scanned(ScanResult{m_typed, {}, QStringLiteral("usb-keyboard"), timestampMs});
            m_typed.clear();
        }
        return;
    }
    auto scan = m_pos.feed(span);
    if (!scan) {
        ++m_rejected;
        return;
    }
    if (!m_pos.pending() && !scan->text.isEmpty())
        emit scanned(ScanResult{scan->text, scan->symbology, QStringLiteral("hid-pos"), timestampMs});
}

} // namespace pc::drivers
