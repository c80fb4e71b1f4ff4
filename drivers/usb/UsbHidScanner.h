#pragma once
// A barcode scanner claimed through libusb, so its reports never reach the OS keyboard (no layout, no
// shortcuts): boot-keyboard mode (8-byte key reports) or HID-POS mode (usage page 0x8C, report id 2).
// Lives on the DeviceManager thread.
#include "UsbInterruptReader.h"
#include "drivers/core/Scanner.h"
#include "drivers/core/SupportedDevices.h"
#include "drivers/scanner/HidKeyboardDecoder.h"
#include "drivers/scanner/HidPosScannerDecoder.h"

namespace pc::drivers {

class UsbHidScanner : public Scanner {
    Q_OBJECT
public:
    UsbHidScanner(libusb_context* ctx, const SupportedDevice& entry, const UsbIdentity& id, QString path,
                  QObject* parent = nullptr);
    DeviceInfo info() const override;

    bool open();
    void close();
    void markAbsent() { setState(DeviceState::Absent, tr("disconnected")); } // device left the bus
    int rejectedReports() const { return m_rejected; }

private:
    void onReport(const QByteArray& bytes, qint64 timestampMs);

    UsbInterruptReader m_reader;
    SupportedDevice m_entry;
    UsbIdentity m_id;
    QString m_path;
    BootKeyboardAssembler m_keys;
    HidPosAssembler m_pos;
    QString m_typed;
    int m_rejected = 0;
};

} // namespace pc::drivers
