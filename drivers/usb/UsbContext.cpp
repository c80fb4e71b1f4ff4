#include "UsbContext.h"

#include "UsbEnumerator.h"

#include <QLoggingCategory>
#include <libusb.h>

Q_LOGGING_CATEGORY(lcUsb, "pc.drivers.usb")

namespace pc::drivers {

UsbContext::UsbContext(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<UsbIdentity>();
}

UsbContext::~UsbContext()
{
    stop();
}

bool UsbContext::start()
{
    if (m_ctx)
        return true;
    if (const int rc = libusb_init(&m_ctx); rc != 0) {
        m_ctx = nullptr;
        m_error = QString::fromUtf8(libusb_strerror(rc));
        return false;
    }
    m_hotplug = libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG);
    if (m_hotplug) {
        const int rc = libusb_hotplug_register_callback(
            m_ctx,
            static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED |
                                              LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            LIBUSB_HOTPLUG_ENUMERATE, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            LIBUSB_HOTPLUG_MATCH_ANY, &UsbContext::hotplugCallback, this, &m_hotplugHandle);
        if (rc != LIBUSB_SUCCESS) {
            qCWarning(lcUsb) << "hotplug registration failed:" << libusb_strerror(rc);
            m_hotplug = false;
        }
    }
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void UsbContext::stop()
{
    if (!m_ctx)
        return;
    m_stop = true;
    if (m_hotplug)
        libusb_hotplug_deregister_callback(m_ctx, m_hotplugHandle);
    libusb_interrupt_event_handler(m_ctx); // wakes the blocked event thread
    if (m_thread.joinable())
        m_thread.join();
    libusb_exit(m_ctx);
    m_ctx = nullptr;
}

void UsbContext::run()
{
    while (!m_stop) {
        timeval tv{1, 0};
        libusb_handle_events_timeout_completed(m_ctx, &tv, nullptr);
    }
}

int UsbContext::hotplugCallback(libusb_context*, libusb_device* dev, libusb_hotplug_event event, void* self)
{
    // Only descriptors are read here: opening devices is the manager's job, outside the callback.
    auto* ctx = static_cast<UsbContext*>(self);
    const QString path = usbPathOf(dev);
    if (event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED)
        emit ctx->deviceArrived(usbIdentityOf(dev), path);
    else
        emit ctx->deviceLeft(path);
    return 0;
}

} // namespace pc::drivers
