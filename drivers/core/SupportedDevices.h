#pragma once
// The devices the counter knows, as data (STYLE.md §5): USB ids or class/usage page → driver, with
// quirks. DeviceManager matches against it and the udev rules are generated from it.
#include "DeviceInfo.h"

#include <QList>
#include <QString>
#include <cstdint>
#include <span>

namespace pc::drivers {

enum class DriverId : std::uint8_t {
    HidScale,        // HID-POS scale over libusb interrupt reads
    HidPosScanner,   // HID-POS scanner (usage page 0x8C)
    KeyboardScanner, // boot-keyboard scanner claimed through libusb
    SerialScale,     // USB-serial scale; protocol from the config
    SerialScanner,   // USB-CDC scanner
};
const char* driverName(DriverId d); // "hid-scale", "hid-pos-scanner", …

enum Quirk : std::uint32_t {
    QuirkNone = 0,
    QuirkDiscardFirstReport = 1u << 0, // first report after opening is stale (HID scales)
    QuirkNoRemoteZero = 1u << 1,       // ignores the zero output report (Dymo)
    QuirkHoneywellLayout = 1u << 2,    // HID-POS Honeywell layout, needs feature report 0xFE = {1}
    QuirkMatchVendorOnly = 1u << 3,    // PID changes with the mode: match vendor + interface class
};

struct SupportedDevice {
    std::uint16_t vendorId;
    std::uint16_t productId; // 0 with QuirkMatchVendorOnly
    DeviceKind kind;
    DriverId driver;
    const char* model;
    std::uint32_t quirks;
};

std::span<const SupportedDevice> supportedDevices();

// What enumeration sees of a USB device (the first interface's class/usage page if known).
struct UsbIdentity {
    std::uint16_t vendorId = 0;
    std::uint16_t productId = 0;
    std::uint8_t interfaceClass = 0;    // 3 = HID, 2 = CDC
    std::uint8_t interfaceProtocol = 0; // HID: 1 = boot keyboard
    std::uint16_t usagePage = 0;        // 0x8C scanner, 0x8D scale, 0 unknown
};
// The table entry for a device: exact VID:PID first, then vendor-only entries, then the generic
// usage page classes (any HID-POS scale / scanner). nullptr if the counter has no use for it.
const SupportedDevice* matchUsbDevice(const UsbIdentity& id);

// The description of a USB device the table matched, in state `state`, at its usbfs path.
DeviceInfo usbDeviceInfo(DeviceKind kind, const SupportedDevice& entry, const UsbIdentity& id,
                         const QString& path, DeviceState state);

// udev rules giving group `group` access to every table entry (installer/udev, `devices udev-rules`).
QString generateUdevRules(const QString& group = QStringLiteral("postcounter"));

} // namespace pc::drivers
