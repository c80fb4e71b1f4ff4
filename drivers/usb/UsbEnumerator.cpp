#include "UsbEnumerator.h"

#include <libusb.h>

namespace pc::drivers {

UsbIdentity usbIdentityOf(libusb_device* dev)
{
    UsbIdentity id;
    libusb_device_descriptor dd{};
    if (libusb_get_device_descriptor(dev, &dd) != 0)
        return id;
    id.vendorId = dd.idVendor;
    id.productId = dd.idProduct;
    libusb_config_descriptor* cfg = nullptr;
    if (libusb_get_active_config_descriptor(dev, &cfg) == 0 ||
        libusb_get_config_descriptor(dev, 0, &cfg) == 0) {
        if (cfg->bNumInterfaces > 0 && cfg->interface[0].num_altsetting > 0) {
            id.interfaceClass = cfg->interface[0].altsetting[0].bInterfaceClass;
            id.interfaceProtocol = cfg->interface[0].altsetting[0].bInterfaceProtocol;
        }
        libusb_free_config_descriptor(cfg);
    }
    return id;
}

QString usbPathOf(libusb_device* dev)
{
    return QStringLiteral("/dev/bus/usb/%1/%2")
        .arg(libusb_get_bus_number(dev), 3, 10, QLatin1Char('0'))
        .arg(libusb_get_device_address(dev), 3, 10, QLatin1Char('0'));
}

Decoded<QList<DeviceInfo>> enumerateUsbDevices(libusb_context* ctx)
{
    libusb_context* own = nullptr;
    if (!ctx) {
        if (libusb_init(&own) != 0)
            return Decoded<QList<DeviceInfo>>::fail(DecodeErrc::DeviceError, "libusb cannot be initialised");
        ctx = own;
    }
    QList<DeviceInfo> out;
    libusb_device** list = nullptr;
    const ssize_t n = libusb_get_device_list(ctx, &list);
    for (ssize_t i = 0; i < n; ++i) {
        const UsbIdentity id = usbIdentityOf(list[i]);
        const SupportedDevice* s = matchUsbDevice(id);
        if (!s)
            continue;
        DeviceInfo d;
        d.kind = s->kind;
        d.model = QString::fromLatin1(s->model);
        d.transport = QStringLiteral("usb");
        d.vendorId = id.vendorId;
        d.productId = id.productId;
        d.path = usbPathOf(list[i]);
        d.state = DeviceState::Ready;
        d.driver = QString::fromLatin1(driverName(s->driver));
        out.append(d);
    }
    if (n >= 0)
        libusb_free_device_list(list, 1);
    if (own)
        libusb_exit(own);
    return out;
}

} // namespace pc::drivers
