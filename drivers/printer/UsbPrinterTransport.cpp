#include "UsbPrinterTransport.h"

#include <QLoggingCategory>
#include <libusb.h>

Q_LOGGING_CATEGORY(lcUsbPrinter, "pc.drivers.printer.usb", QtInfoMsg)

namespace pc::drivers {

namespace {
QString usbError(int rc)
{
    return QString::fromUtf8(libusb_strerror(rc));
}

struct PrinterInterface {
    int number = -1;
    int altSetting = 0;
    unsigned char out = 0;
    unsigned char in = 0;
};

// The printer-class interface of the active configuration; bidirectional (protocol 2) preferred.
PrinterInterface findPrinterInterface(libusb_device* dev)
{
    PrinterInterface best;
    libusb_config_descriptor* cfg = nullptr;
    if (libusb_get_active_config_descriptor(dev, &cfg) != 0 &&
        libusb_get_config_descriptor(dev, 0, &cfg) != 0)
        return best;
    int bestProtocol = -1;
    for (int i = 0; i < cfg->bNumInterfaces; ++i) {
        const libusb_interface& itf = cfg->interface[i];
        for (int a = 0; a < itf.num_altsetting; ++a) {
            const libusb_interface_descriptor& d = itf.altsetting[a];
            if (d.bInterfaceClass != LIBUSB_CLASS_PRINTER || d.bInterfaceProtocol <= bestProtocol)
                continue;
            PrinterInterface cand{d.bInterfaceNumber, d.bAlternateSetting, 0, 0};
            for (int e = 0; e < d.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor& ep = d.endpoint[e];
                if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK)
                    continue;
                if (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN)
                    cand.in = cand.in ? cand.in : ep.bEndpointAddress;
                else
                    cand.out = cand.out ? cand.out : ep.bEndpointAddress;
            }
            if (cand.out) {
                best = cand;
                bestProtocol = d.bInterfaceProtocol;
            }
        }
    }
    libusb_free_config_descriptor(cfg);
    return best;
}
} // namespace

PrinterResult<std::unique_ptr<UsbPrinterTransport>>
UsbPrinterTransport::open(const UsbPrinterAddress& address, UsbTransportOptions options)
{
    std::unique_ptr<UsbPrinterTransport> t(new UsbPrinterTransport);
    t->m_options = options;
    if (int rc = libusb_init(&t->m_ctx); rc != 0) {
        t->m_ctx = nullptr;
        return PrinterError{QStringLiteral("usb.unavailable"),
                            QStringLiteral("USB is not available: %1").arg(usbError(rc))};
    }
    const QString who = QStringLiteral("%1:%2")
                            .arg(address.vendorId, 4, 16, QLatin1Char('0'))
                            .arg(address.productId, 4, 16, QLatin1Char('0'));
    libusb_device** list = nullptr;
    const ssize_t n = libusb_get_device_list(t->m_ctx, &list);
    libusb_device* found = nullptr;
    PrinterInterface itf;
    for (ssize_t i = 0; i < n; ++i) {
        libusb_device_descriptor dd{};
        if (libusb_get_device_descriptor(list[i], &dd) != 0 || dd.idVendor != address.vendorId)
            continue;
        if (address.productId != 0 && dd.idProduct != address.productId)
            continue;
        if (address.bus >= 0 && (libusb_get_bus_number(list[i]) != address.bus ||
                                 libusb_get_device_address(list[i]) != address.address))
            continue;
        itf = findPrinterInterface(list[i]);
        if (itf.number >= 0) {
            found = list[i];
            break;
        }
    }
    PrinterError notFound{
        QStringLiteral("usb.not_found"),
        QStringLiteral("no USB printer %1 is attached (check the cable and power)").arg(who)};
    int rc = found ? libusb_open(found, &t->m_handle) : LIBUSB_ERROR_NOT_FOUND;
    if (n > 0)
        libusb_free_device_list(list, 1);
    if (!found)
        return notFound;
    if (rc != 0) {
        t->m_handle = nullptr;
        if (rc == LIBUSB_ERROR_ACCESS)
            return PrinterError{QStringLiteral("usb.access"),
                                QStringLiteral("no permission to open USB printer %1: install the udev rules "
                                               "(postcounter-cli devices udev-rules)")
                                    .arg(who)};
        return PrinterError{QStringLiteral("usb.io"),
                            QStringLiteral("cannot open USB printer %1: %2").arg(who, usbError(rc))};
    }
    t->m_interface = itf.number;
    t->m_out = itf.out;
    t->m_in = itf.in;
    // Explicit detach (not auto-detach): works with real usblp and under umockdev alike.
    if (libusb_kernel_driver_active(t->m_handle, itf.number) == 1) {
        if (libusb_detach_kernel_driver(t->m_handle, itf.number) == 0)
            t->m_reattach = true;
    }
    rc = libusb_claim_interface(t->m_handle, itf.number);
    if (rc != 0) {
        t->m_interface = -1;
        return PrinterError{
            QStringLiteral("usb.busy"),
            QStringLiteral("USB printer %1 is in use by another program (CUPS usb backend or ipp-usb?): %2")
                .arg(who, usbError(rc))};
    }
    if (itf.altSetting != 0)
        libusb_set_interface_alt_setting(t->m_handle, itf.number, itf.altSetting);
    qCDebug(lcUsbPrinter) << "opened" << who << "interface" << itf.number << "out" << itf.out << "in"
                          << itf.in;
    return t;
}

UsbPrinterTransport::~UsbPrinterTransport()
{
    if (m_handle) {
        if (m_interface >= 0)
            libusb_release_interface(m_handle, m_interface);
        if (m_reattach)
            libusb_attach_kernel_driver(m_handle, m_interface);
        libusb_close(m_handle);
    }
    if (m_ctx)
        libusb_exit(m_ctx);
}

PrinterError UsbPrinterTransport::transferError(int rc, const QString& what) const
{
    const QString progress = QStringLiteral(" (%1 bytes were sent)").arg(m_written);
    switch (rc) {
    case LIBUSB_ERROR_NO_DEVICE:
        return {QStringLiteral("usb.unplugged"),
                QStringLiteral("the printer was unplugged while %1").arg(what) + progress};
    case LIBUSB_ERROR_PIPE:
        return {QStringLiteral("usb.stall"),
                QStringLiteral("the printer refused data (endpoint stalled) while %1").arg(what) + progress};
    case LIBUSB_ERROR_TIMEOUT:
        return {
            QStringLiteral("usb.timeout"),
            QStringLiteral("the printer stopped taking data while %1 (paper out or cover open?)").arg(what) +
                progress};
    default:
        return {QStringLiteral("usb.io"),
                QStringLiteral("USB error while %1: %2").arg(what, usbError(rc)) + progress};
    }
}

PrinterStatus UsbPrinterTransport::write(const QByteArray& data)
{
    m_written = 0;
    const qsizetype chunk = std::max(64, m_options.chunkSize);
    while (m_written < data.size()) {
        const int len = int(std::min<qsizetype>(chunk, data.size() - m_written));
        int done = 0;
        auto* p = reinterpret_cast<unsigned char*>(const_cast<char*>(data.constData() + m_written));
        const int rc =
            libusb_bulk_transfer(m_handle, m_out, p, len, &done, unsigned(m_options.writeTimeoutMs));
        m_written += done;
        if (rc == LIBUSB_ERROR_PIPE)
            libusb_clear_halt(m_handle, m_out);
        if (rc != 0)
            return transferError(rc, QStringLiteral("printing"));
    }
    return {};
}

PrinterResult<QByteArray> UsbPrinterTransport::read(int maxBytes, int timeoutMs)
{
    if (!m_in)
        return PrinterError{QStringLiteral("usb.no_status"),
                            QStringLiteral("this USB printer sends no status (one-way)")};
    QByteArray buf(std::max(1, maxBytes), '\0');
    int done = 0;
    const int rc = libusb_bulk_transfer(m_handle, m_in, reinterpret_cast<unsigned char*>(buf.data()),
                                        int(buf.size()), &done, unsigned(timeoutMs));
    if (rc == LIBUSB_ERROR_TIMEOUT && done == 0)
        return QByteArray();
    if (rc == LIBUSB_ERROR_PIPE)
        libusb_clear_halt(m_handle, m_in);
    if (rc != 0 && rc != LIBUSB_ERROR_TIMEOUT)
        return transferError(rc, QStringLiteral("reading the status"));
    buf.truncate(done);
    return buf;
}

} // namespace pc::drivers
