#pragma once
// One pass over the USB bus: every device the supported-devices table recognises.
#include "drivers/core/DecodeError.h"
#include "drivers/core/DeviceInfo.h"
#include "drivers/core/SupportedDevices.h"

#include <QList>

struct libusb_context;
struct libusb_device;

namespace pc::drivers {

// Identity (ids and first interface class/protocol) from the cached descriptors; no I/O.
UsbIdentity usbIdentityOf(libusb_device* dev);
QString usbPathOf(libusb_device* dev); // "/dev/bus/usb/001/002"

// ctx nullptr: a private context for the call.
Decoded<QList<DeviceInfo>> enumerateUsbDevices(libusb_context* ctx = nullptr);

} // namespace pc::drivers
