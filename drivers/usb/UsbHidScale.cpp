#include "UsbHidScale.h"

#include "drivers/scale/HidScaleDecoder.h"

namespace pc::drivers {

UsbHidScale::UsbHidScale(libusb_context* ctx, const SupportedDevice& entry, const UsbIdentity& id,
                         QString path, QObject* parent)
    : Scale(parent), m_reader(ctx), m_entry(entry), m_id(id), m_path(std::move(path))
{
    connect(&m_reader, &UsbInterruptReader::report, this, &UsbHidScale::onReport);
    connect(&m_reader, &UsbInterruptReader::disconnected, this,
            [this] { setState(DeviceState::Absent, tr("disconnected")); });
    connect(&m_reader, &UsbInterruptReader::readError, this,
            [this](const QString& why) { setState(DeviceState::Error, why); });
}

DeviceInfo UsbHidScale::info() const
{
    return usbDeviceInfo(DeviceKind::Scale, m_entry, m_id, m_path, state());
}

bool UsbHidScale::open()
{
    setState(DeviceState::Connecting);
    m_discardNext = (m_entry.quirks & QuirkDiscardFirstReport) != 0;
    if (!m_reader.open(m_path)) {
        setState(DeviceState::Error, m_reader.errorString());
        return false;
    }
    setState(DeviceState::Ready);
    return true;
}

void UsbHidScale::close()
{
    m_reader.close();
}

void UsbHidScale::onReport(const QByteArray& bytes, qint64 timestampMs)
{
    if (m_discardNext) {
        m_discardNext = false;
        return;
    }
    const Bytes span(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                     static_cast<std::size_t>(bytes.size()));
    auto r = decodeHidScaleReport(span);
    if (!r) {
        if (r.error().code != DecodeErrc::NotAWeight)
            ++m_bad;
        return;
    }
    ScaleReading reading = *r;
    reading.timestampMs = timestampMs;
    setState(DeviceState::Ready);
    emit this->reading(reading);
}

} // namespace pc::drivers
