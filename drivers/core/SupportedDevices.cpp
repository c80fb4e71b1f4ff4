#include "SupportedDevices.h"

#include <QSet>

namespace pc::drivers {

namespace {
using K = DeviceKind;
using D = DriverId;
// Ids from HARDWARE.md (usbscale, Odoo IoT drivers). Scanners are matched by vendor + interface
// because their PID changes with the mode the scanner is programmed to.
constexpr SupportedDevice kDevices[] = {
    {0x0922, 0x8003, K::Scale, D::HidScale, "Dymo M10", QuirkDiscardFirstReport | QuirkNoRemoteZero},
    {0x0922, 0x8004, K::Scale, D::HidScale, "Dymo M25", QuirkDiscardFirstReport | QuirkNoRemoteZero},
    {0x0922, 0x8009, K::Scale, D::HidScale, "Dymo S-series", QuirkDiscardFirstReport | QuirkNoRemoteZero},
    {0x1446, 0x6a73, K::Scale, D::HidScale, "Stamps.com scale", QuirkDiscardFirstReport},
    {0x2474, 0x0550, K::Scale, D::HidScale, "Stamps.com scale", QuirkDiscardFirstReport},
    {0x2474, 0x3550, K::Scale, D::HidScale, "Stamps.com scale", QuirkDiscardFirstReport},
    {0x1446, 0x6a78, K::Scale, D::HidScale, "Dymo/Endicia scale", QuirkDiscardFirstReport},
    {0x7b7c, 0x0100, K::Scale, D::HidScale, "USPS Elane scale", QuirkDiscardFirstReport},
    {0x0eb8, 0xf000, K::Scale, D::HidScale, "Mettler Toledo HID scale", QuirkDiscardFirstReport},
    {0x0b67, 0x555e, K::Scale, D::HidScale, "Fairbanks scale", QuirkDiscardFirstReport},
    {0x0eb8, 0x2200, K::Scale, D::SerialScale, "Mettler Toledo USB-serial scale", QuirkNone},
    {0x0c2e, 0x0000, K::Scanner, D::HidPosScanner, "Honeywell scanner",
     QuirkMatchVendorOnly | QuirkHoneywellLayout},
    {0x1eab, 0x0000, K::Scanner, D::HidPosScanner, "Newland scanner", QuirkMatchVendorOnly},
    {0x0acd, 0x0000, K::Scanner, D::HidPosScanner, "IDTech scanner", QuirkMatchVendorOnly},
    {0x05e0, 0x0000, K::Scanner, D::HidPosScanner, "Zebra/Symbol scanner", QuirkMatchVendorOnly},
};

// Any device announcing the HID-POS usage pages, when its ids are not in the table.
constexpr SupportedDevice kGenericScale{
    0, 0, K::Scale, D::HidScale, "HID-POS scale", QuirkDiscardFirstReport};
constexpr SupportedDevice kGenericScanner{0, 0, K::Scanner, D::HidPosScanner, "HID-POS scanner", QuirkNone};
} // namespace

const char* driverName(DriverId d)
{
    switch (d) {
    case D::HidScale:
        return "hid-scale";
    case D::HidPosScanner:
        return "hid-pos-scanner";
    case D::KeyboardScanner:
        return "hid-keyboard";
    case D::SerialScale:
        return "serial-scale";
    case D::SerialScanner:
        return "serial-scanner";
    }
    return "";
}

std::span<const SupportedDevice> supportedDevices()
{
    return kDevices;
}

const SupportedDevice* matchUsbDevice(const UsbIdentity& id)
{
    for (const auto& d : kDevices)
        if (!(d.quirks & QuirkMatchVendorOnly) && d.vendorId == id.vendorId && d.productId == id.productId)
            return &d;
    for (const auto& d : kDevices)
        if ((d.quirks & QuirkMatchVendorOnly) && d.vendorId == id.vendorId && id.interfaceClass == 3)
            return &d;
    if (id.usagePage == 0x8D)
        return &kGenericScale;
    if (id.usagePage == 0x8C)
        return &kGenericScanner;
    return nullptr;
}

DeviceInfo usbDeviceInfo(DeviceKind kind, const SupportedDevice& entry, const UsbIdentity& id,
                         const QString& path, DeviceState state)
{
    DeviceInfo i;
    i.kind = kind;
    i.model = QString::fromLatin1(entry.model);
    i.transport = QStringLiteral("usb");
    i.vendorId = id.vendorId;
    i.productId = id.productId;
    i.path = path;
    i.state = state;
    i.driver = QString::fromLatin1(driverName(entry.driver));
    return i;
}

QString generateUdevRules(const QString& group)
{
    QString out = QStringLiteral(
        "# PostCounter: access for the counter's users to the supported scanners and scales.\n"
        "# Generated from drivers/core/SupportedDevices.cpp by `postcounter-cli devices udev-rules`;\n"
        "# do not edit by hand. Numbered below 73 so TAG+=\"uaccess\" takes effect.\n");
    QSet<QString> seen;
    for (const auto& d : kDevices) {
        QString line =
            QStringLiteral("SUBSYSTEM==\"usb\", ENV{DEVTYPE}==\"usb_device\", ATTR{idVendor}==\"%1\"")
                .arg(d.vendorId, 4, 16, QLatin1Char('0'));
        if (!(d.quirks & QuirkMatchVendorOnly))
            line += QStringLiteral(", ATTR{idProduct}==\"%1\"").arg(d.productId, 4, 16, QLatin1Char('0'));
        line += QStringLiteral(", MODE=\"0660\", GROUP=\"%1\", TAG+=\"uaccess\"").arg(group);
        if (seen.contains(line))
            continue;
        seen.insert(line);
        out += QStringLiteral("# %1 (%2)\n")
                   .arg(QString::fromLatin1(d.model), QString::fromLatin1(driverName(d.driver)));
        out += line + u'\n';
        if (d.driver == D::SerialScale || d.driver == D::SerialScanner)
            out += QStringLiteral("SUBSYSTEM==\"tty\", ENV{ID_VENDOR_ID}==\"%1\", ENV{ID_MODEL_ID}==\"%2\", "
                                  "MODE=\"0660\", GROUP=\"%3\", TAG+=\"uaccess\"\n")
                       .arg(d.vendorId, 4, 16, QLatin1Char('0'))
                       .arg(d.productId, 4, 16, QLatin1Char('0'))
                       .arg(group);
    }
    return out;
}

} // namespace pc::drivers
