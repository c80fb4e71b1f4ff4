#pragma once
// A USB HID-POS scale (usage page 0x8D) read with libusb interrupt transfers. The first report after
// opening is stale on the known models and is discarded (QuirkDiscardFirstReport). Readings go out
// raw; DeviceHub's stability filter decides which weight is offered. Lives on the DeviceManager thread.
#include "UsbInterruptReader.h"
#include "drivers/core/Scale.h"
#include "drivers/core/SupportedDevices.h"

namespace pc::drivers {

class UsbHidScale : public Scale {
    Q_OBJECT
public:
    UsbHidScale(libusb_context* ctx, const SupportedDevice& entry, const UsbIdentity& id, QString path,
                QObject* parent = nullptr);
    DeviceInfo info() const override;

    bool open(); // false with state Error and the reason in the detail
    void close();
    void markAbsent() { setState(DeviceState::Absent, tr("disconnected")); } // device left the bus
    int badReports() const { return m_bad; }

private:
    void onReport(const QByteArray& bytes, qint64 timestampMs);

    UsbInterruptReader m_reader;
    SupportedDevice m_entry;
    UsbIdentity m_id;
    QString m_path;
    bool m_discardNext = false;
    int m_bad = 0;
};

} // namespace pc::drivers
