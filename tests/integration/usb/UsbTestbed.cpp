// Built with QT_NO_KEYWORDS: GLib uses `signals` as an identifier.
#include "UsbTestbed.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>
#include <umockdev.h>

namespace {

struct EmulatedDevice {
    UsbTestbed::Impl* bed = nullptr;
    QString sysPath;
    QByteArray description;
    UMockdevIoctlBase* handler = nullptr;
    mutable QMutex mutex;
    QList<QByteArray> reports;
    QList<UMockdevIoctlData*> flying;    // submitted URBs (referenced)
    QList<UMockdevIoctlData*> discarded; // cancelled, reaped with -ENOENT
    bool gone = false;
    int claims = 0;
    int releases = 0;
};

gboolean handleIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, EmulatedDevice* dev)
{
    const gulong request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    QMutexLocker lock(&dev->mutex);
    // After an unplug only cancelled URBs can still be reaped (USBDEVFS_CAP_REAP_AFTER_DISCONNECT).
    const bool reap = request == USBDEVFS_REAPURB || request == USBDEVFS_REAPURBNDELAY;
    if (dev->gone && request != USBDEVFS_RELEASEINTERFACE && request != USBDEVFS_DISCARDURB &&
        !(reap && !dev->discarded.isEmpty())) {
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return TRUE;
    }
    switch (request) {
    case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
        *reinterpret_cast<guint32*>(d->data) = USBDEVFS_CAP_BULK_SCATTER_GATHER |
                                               USBDEVFS_CAP_NO_PACKET_SIZE_LIM |
                                               USBDEVFS_CAP_REAP_AFTER_DISCONNECT;
        umockdev_ioctl_data_unref(d);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_CLAIMINTERFACE:
    case USBDEVFS_DISCONNECT_CLAIM:
        ++dev->claims;
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    case USBDEVFS_RELEASEINTERFACE:
        ++dev->releases;
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    case USBDEVFS_SUBMITURB: {
        UMockdevIoctlData* urbData = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
        auto* urb = reinterpret_cast<usbdevfs_urb*>(urbData->data);
        // Resolve the buffer now so what REAP writes into it is copied back to the client.
        UMockdevIoctlData* buf = umockdev_ioctl_data_resolve(urbData, G_STRUCT_OFFSET(usbdevfs_urb, buffer),
                                                             urb->buffer_length, nullptr);
        umockdev_ioctl_data_unref(buf);
        if (urb->type != USBDEVFS_URB_TYPE_INTERRUPT || !(urb->endpoint & 0x80)) {
            umockdev_ioctl_data_unref(urbData);
            umockdev_ioctl_client_complete(client, -1, EINVAL);
            return TRUE;
        }
        dev->flying.append(urbData);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY: {
        UMockdevIoctlData* urbData = nullptr;
        if (!dev->discarded.isEmpty()) {
            urbData = dev->discarded.takeFirst();
            reinterpret_cast<usbdevfs_urb*>(urbData->data)->status = -ENOENT;
        } else if (!dev->flying.isEmpty() && !dev->reports.isEmpty()) {
            urbData = dev->flying.takeFirst();
            auto* urb = reinterpret_cast<usbdevfs_urb*>(urbData->data);
            const QByteArray r = dev->reports.takeFirst();
            const int n = std::min<int>(static_cast<int>(r.size()), urb->buffer_length);
            std::memcpy(urb->buffer, r.constData(), static_cast<size_t>(n));
            urb->actual_length = n;
            urb->status = 0;
        }
        if (!urbData) {
            umockdev_ioctl_client_complete(client, -1, EAGAIN);
            return TRUE;
        }
        UMockdevIoctlData* ptr = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
        umockdev_ioctl_data_set_ptr(ptr, 0, urbData);
        umockdev_ioctl_data_unref(ptr);
        umockdev_ioctl_data_unref(urbData);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_DISCARDURB: {
        const gulong addr = reinterpret_cast<gulong>(*reinterpret_cast<void**>(arg->data));
        for (qsizetype i = 0; i < dev->flying.size(); ++i)
            if (dev->flying[i]->client_addr == addr) {
                dev->discarded.append(dev->flying.takeAt(i));
                umockdev_ioctl_client_complete(client, 0, 0);
                return TRUE;
            }
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return TRUE;
    }
    default:
        return FALSE; // GETDRIVER etc.: "no kernel driver", which is what a claimed test device has
    }
}

} // namespace

struct UsbTestbed::Impl {
    UMockdevTestbed* testbed = nullptr;
    QHash<QString, EmulatedDevice*> devices;
    EmulatedDevice* find(const QString& node) const { return devices.value(node); }
};

UsbTestbed::UsbTestbed() : d(std::make_unique<Impl>())
{
    d->testbed = umockdev_testbed_new();
}

UsbTestbed::~UsbTestbed()
{
    for (EmulatedDevice* dev : std::as_const(d->devices)) {
        for (auto* u : std::as_const(dev->flying))
            umockdev_ioctl_data_unref(u);
        for (auto* u : std::as_const(dev->discarded))
            umockdev_ioctl_data_unref(u);
        g_clear_object(&dev->handler);
        delete dev;
    }
    g_clear_object(&d->testbed);
}

bool UsbTestbed::ok() const
{
    return d->testbed != nullptr && umockdev_in_mock_environment();
}

bool UsbTestbed::addDevice(const QByteArray& description, const QString& node)
{
    auto* dev = new EmulatedDevice;
    dev->bed = d.get();
    const auto m = QRegularExpression(QStringLiteral("^P: (\\S+)"), QRegularExpression::MultilineOption)
                       .match(QString::fromUtf8(description));
    dev->sysPath = QStringLiteral("/sys") + m.captured(1);
    dev->description = description;
    dev->handler = umockdev_ioctl_base_new();
    g_signal_connect(dev->handler, "handle-ioctl", G_CALLBACK(handleIoctl), dev);
    d->devices.insert(node, dev);
    // The handler first, so the device can be opened as soon as its "add" arrives (libusb does so).
    const QByteArray nodeName = node.toUtf8();
    if (!umockdev_testbed_attach_ioctl(d->testbed, nodeName.constData(), dev->handler, nullptr))
        return false;
    return umockdev_testbed_add_from_string(d->testbed, description.constData(), nullptr);
}

void UsbTestbed::queueReport(const QString& node, const QByteArray& report)
{
    if (EmulatedDevice* dev = d->find(node)) {
        QMutexLocker lock(&dev->mutex);
        dev->reports.append(report);
    }
}

int UsbTestbed::pendingReports(const QString& node) const
{
    EmulatedDevice* dev = d->find(node);
    if (!dev)
        return -1;
    QMutexLocker lock(&dev->mutex);
    return static_cast<int>(dev->reports.size());
}

int UsbTestbed::claims(const QString& node) const
{
    EmulatedDevice* dev = d->find(node);
    if (!dev)
        return -1;
    QMutexLocker lock(&dev->mutex);
    return dev->claims;
}

int UsbTestbed::releases(const QString& node) const
{
    EmulatedDevice* dev = d->find(node);
    if (!dev)
        return -1;
    QMutexLocker lock(&dev->mutex);
    return dev->releases;
}

void UsbTestbed::unplug(const QString& node)
{
    EmulatedDevice* dev = d->find(node);
    if (!dev)
        return;
    {
        QMutexLocker lock(&dev->mutex);
        dev->gone = true;
    }
    const QByteArray sys = dev->sysPath.toUtf8();
    umockdev_testbed_uevent(d->testbed, sys.constData(), "remove");
    umockdev_testbed_remove_device(d->testbed, sys.constData());
}

bool UsbTestbed::replug(const QString& node)
{
    EmulatedDevice* dev = d->find(node);
    if (!dev)
        return false;
    {
        QMutexLocker lock(&dev->mutex);
        dev->gone = false;
        dev->claims = dev->releases = 0;
        dev->reports.clear();
    }
    // The ioctl handler stays attached to the node across the removal.
    return umockdev_testbed_add_from_string(d->testbed, dev->description.constData(), nullptr);
}
