#include "UsbInterruptReader.h"

#include "UsbEnumerator.h"
#include "drivers/core/MonotonicClock.h"

#include <QThread>
#include <libusb.h>

namespace pc::drivers {

UsbInterruptReader::UsbInterruptReader(libusb_context* ctx, QObject* parent) : QObject(parent), m_ctx(ctx) {}

UsbInterruptReader::~UsbInterruptReader()
{
    close();
}

bool UsbInterruptReader::open(const QString& path, int interfaceNumber, unsigned char endpoint)
{
    close();
    libusb_device** list = nullptr;
    const ssize_t n = libusb_get_device_list(m_ctx, &list);
    libusb_device* dev = nullptr;
    for (ssize_t i = 0; i < n; ++i)
        if (usbPathOf(list[i]) == path)
            dev = list[i];
    int rc = dev ? libusb_open(dev, &m_handle) : LIBUSB_ERROR_NO_DEVICE;
    if (rc == 0 && endpoint == 0) {
        libusb_config_descriptor* cfg = nullptr;
        if (libusb_get_active_config_descriptor(dev, &cfg) == 0) {
            if (interfaceNumber < cfg->bNumInterfaces && cfg->interface[interfaceNumber].num_altsetting > 0) {
                const auto& alt = cfg->interface[interfaceNumber].altsetting[0];
                for (int e = 0; e < alt.bNumEndpoints; ++e)
                    if ((alt.endpoint[e].bEndpointAddress & LIBUSB_ENDPOINT_IN) &&
                        (alt.endpoint[e].bmAttributes & 0x03) == LIBUSB_TRANSFER_TYPE_INTERRUPT) {
                        endpoint = alt.endpoint[e].bEndpointAddress;
                        break;
                    }
            }
            libusb_free_config_descriptor(cfg);
        }
    }
    if (n >= 0)
        libusb_free_device_list(list, 1);
    if (rc != 0) {
        m_handle = nullptr;
        m_error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(libusb_strerror(rc)));
        return false;
    }
    if (endpoint == 0) {
        m_error = QStringLiteral("%1 has no interrupt IN endpoint").arg(path);
        close();
        return false;
    }
    m_interface = interfaceNumber;
    // Explicit detach rather than auto-detach: it works on hardware and under umockdev (HARDWARE.md).
    if (libusb_kernel_driver_active(m_handle, interfaceNumber) == 1)
        m_detached = libusb_detach_kernel_driver(m_handle, interfaceNumber) == 0;
    if ((rc = libusb_claim_interface(m_handle, interfaceNumber)) != 0) {
        m_error = QStringLiteral("cannot claim %1: %2 (another program may own it)")
                      .arg(path, QString::fromUtf8(libusb_strerror(rc)));
        close();
        return false;
    }
    m_transfer = libusb_alloc_transfer(0);
    libusb_fill_interrupt_transfer(m_transfer, m_handle, endpoint, m_buf, sizeof m_buf, &transferDone, this,
                                   0);
    m_closing = false;
    m_inFlight = true;
    if ((rc = libusb_submit_transfer(m_transfer)) != 0) {
        m_inFlight = false;
        m_error = QStringLiteral("cannot read %1: %2").arg(path, QString::fromUtf8(libusb_strerror(rc)));
        close();
        return false;
    }
    return true;
}

void UsbInterruptReader::transferDone(libusb_transfer* t)
{
    auto* self = static_cast<UsbInterruptReader*>(t->user_data);
    if (!self) { // completed after close() gave up waiting for it: the reader is gone
        libusb_free_transfer(t);
        return;
    }
    switch (t->status) {
    case LIBUSB_TRANSFER_COMPLETED:
        emit self->report(QByteArray(reinterpret_cast<const char*>(t->buffer), t->actual_length),
                          monotonicMs());
        break;
    case LIBUSB_TRANSFER_NO_DEVICE:
        self->m_inFlight = false;
        emit self->disconnected();
        return;
    case LIBUSB_TRANSFER_CANCELLED:
        self->m_inFlight = false;
        return;
    case LIBUSB_TRANSFER_TIMED_OUT:
        break;
    default:
        emit self->readError(QStringLiteral("interrupt transfer failed (status %1)").arg(int(t->status)));
        break;
    }
    if (self->m_closing || libusb_submit_transfer(t) != 0) {
        self->m_inFlight = false;
        if (!self->m_closing)
            emit self->disconnected();
    }
}

void UsbInterruptReader::close()
{
    m_closing = true;
    if (m_transfer) {
        if (m_inFlight) {
            libusb_cancel_transfer(m_transfer);
            // The event thread delivers the cancellation; wait for it (bounded) before freeing.
            for (int i = 0; i < 200 && m_inFlight; ++i)
                QThread::msleep(5);
        }
        if (!m_inFlight)
            libusb_free_transfer(m_transfer);
        else // a late completion frees it (transferDone); it must not reach this object
            m_transfer->user_data = nullptr;
        m_transfer = nullptr;
    }
    if (m_handle) {
        libusb_release_interface(m_handle, m_interface);
        if (m_detached)
            libusb_attach_kernel_driver(m_handle, m_interface);
        libusb_close(m_handle);
        m_handle = nullptr;
    }
    m_detached = false;
}

} // namespace pc::drivers
