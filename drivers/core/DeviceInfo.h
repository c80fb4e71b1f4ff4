#pragma once
// What the workstation knows about one attached (or expected) device, for the status bar and
// `devices list`. Generic: drivers know bytes and weights, not parcels.
#include <QMetaType>
#include <QString>

namespace pc::drivers {

enum class DeviceKind { Scanner, Scale, LabelPrinter, ReceiptPrinter, OfficePrinter };
enum class DeviceState { Absent, Connecting, Ready, Busy, Error, Simulated };

struct DeviceInfo {
    DeviceKind kind = DeviceKind::Scanner;
    QString model;     // "Dymo M10", "Simulated scale"
    QString transport; // "usb", "serial", "cups", "sim"
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString path; // /dev/bus/usb/001/002, /dev/ttyUSB0, queue name
    DeviceState state = DeviceState::Absent;
    QString detail; // last weight / last scan / reason of an error
    QString driver; // "hid-scale", "sics", "sim" (SupportedDevices.h driverName)
};

QString deviceKindName(DeviceKind kind);    // "scanner", "scale", …
QString deviceStateName(DeviceState state); // "absent", "ready", …

} // namespace pc::drivers

Q_DECLARE_METATYPE(pc::drivers::DeviceInfo)
