#pragma once
// Serial ports (USB-serial adapters, USB-CDC) whose USB ids the supported-devices table knows as a
// serial scale or scanner. Serial calls stay in drivers/ (ARCHITECTURE.md layering).
#include "DeviceInfo.h"

#include <QList>

namespace pc::drivers {

QList<DeviceInfo> enumerateSerialDevices();

} // namespace pc::drivers
