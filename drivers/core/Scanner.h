#pragma once
// A barcode scanner as the rest of the program sees it: typed signals, no bytes. Implementations
// (USB keyboard-mode, HID-POS, serial, simulated) live in drivers/scanner, drivers/usb, drivers/sim.
#include "Device.h"
#include "ScanResult.h"

namespace pc::drivers {

class Scanner : public Device {
    Q_OBJECT
public:
    using Device::Device;
    ~Scanner() override = default;

signals:
    void scanned(const pc::drivers::ScanResult& scan);
};

} // namespace pc::drivers
