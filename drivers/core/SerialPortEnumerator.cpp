#include "SerialPortEnumerator.h"

#include "SupportedDevices.h"

#include <QSerialPortInfo>

namespace pc::drivers {

QList<DeviceInfo> enumerateSerialDevices()
{
    QList<DeviceInfo> found;
    for (const QSerialPortInfo& port : QSerialPortInfo::availablePorts()) {
        if (!port.hasVendorIdentifier())
            continue;
        const auto* d = matchUsbDevice({port.vendorIdentifier(), port.productIdentifier(), 2, 0, 0});
        if (!d || (d->driver != DriverId::SerialScale && d->driver != DriverId::SerialScanner))
            continue;
        DeviceInfo info;
        info.kind = d->kind;
        info.model = QString::fromLatin1(d->model);
        info.transport = QStringLiteral("serial");
        info.vendorId = port.vendorIdentifier();
        info.productId = port.productIdentifier();
        info.path = port.systemLocation();
        info.state = DeviceState::Ready;
        info.driver = QString::fromLatin1(driverName(d->driver));
        found.append(info);
    }
    return found;
}

} // namespace pc::drivers
