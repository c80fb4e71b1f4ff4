#include "UsbPrinterEmulator.h"

#include <QMutex>
#include <cerrno>
#include <cstring>
#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>
#include <sys/ioctl.h>
#include <umockdev.h>

struct UsbPrinterEmulator::State {
    UMockdevTestbed* testbed = nullptr;
    UMockdevIoctlBase* handler = nullptr;
    bool ok = false;

    QMutex mutex;
    QList<UMockdevIoctlData*> flying;
    QList<UMockdevIoctlData*> discarded;
    QByteArray statusAnswer;
    QByteArray pendingIn;
    QList<QByteArray> chunks;
    int unplugAfter = -1;
    bool gone = false;
    bool detached = false;
    bool reattached = false;
};

namespace {
constexpr const char* kDevice = "/dev/bus/usb/001/002";

bool isStatusQuery(const QByteArray& b)
{
    return b == "~HS" || b == QByteArray("\x1b!?") || (b.size() == 3 && b.startsWith("\x10\x04"));
}

gboolean onIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer user)
{
    auto* s = static_cast<UsbPrinterEmulator::State*>(user);
    const gulong request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    QMutexLocker lock(&s->mutex);
    switch (request) {
    case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
        *reinterpret_cast<guint32*>(d->data) = USBDEVFS_CAP_BULK_CONTINUATION |
                                               USBDEVFS_CAP_NO_PACKET_SIZE_LIM |
                                               USBDEVFS_CAP_REAP_AFTER_DISCONNECT;
        umockdev_ioctl_data_unref(d);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_GETDRIVER: {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_getdriver), nullptr);
        auto* gd = reinterpret_cast<usbdevfs_getdriver*>(d->data);
        if (s->detached && !s->reattached) {
            umockdev_ioctl_data_unref(d);
            umockdev_ioctl_client_complete(client, -1, ENODATA);
            return TRUE;
        }
        std::strcpy(gd->driver, "usblp"); // the kernel printer driver holds the interface
        umockdev_ioctl_data_unref(d);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_IOCTL: {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_ioctl), nullptr);
        const auto* cmd = reinterpret_cast<usbdevfs_ioctl*>(d->data);
        if (cmd->ioctl_code == int(USBDEVFS_DISCONNECT))
            s->detached = true;
        else if (cmd->ioctl_code == int(USBDEVFS_CONNECT))
            s->reattached = true;
        umockdev_ioctl_data_unref(d);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_CLAIMINTERFACE:
    case USBDEVFS_RELEASEINTERFACE:
    case USBDEVFS_CLEAR_HALT:
    case USBDEVFS_RESET:
    case USBDEVFS_RESETEP:
    case USBDEVFS_SETINTERFACE:
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    case USBDEVFS_SUBMITURB: {
        if (s->gone) {
            umockdev_ioctl_client_complete(client, -1, ENODEV);
            return TRUE;
        }
        UMockdevIoctlData* urbData = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
        auto* urb = reinterpret_cast<usbdevfs_urb*>(urbData->data);
        UMockdevIoctlData* buf = umockdev_ioctl_data_resolve(urbData, G_STRUCT_OFFSET(usbdevfs_urb, buffer),
                                                             gsize(urb->buffer_length), nullptr);
        if (!(urb->endpoint & 0x80)) {
            const QByteArray bytes(reinterpret_cast<const char*>(buf->data), urb->buffer_length);
            if (isStatusQuery(bytes)) {
                s->pendingIn = s->statusAnswer;
            } else {
                if (s->unplugAfter == 0) {
                    s->gone = true;
                    umockdev_ioctl_data_unref(buf);
                    umockdev_ioctl_data_unref(urbData);
                    umockdev_ioctl_client_complete(client, -1, ENODEV);
                    return TRUE;
                }
                if (s->unplugAfter > 0)
                    --s->unplugAfter;
                s->chunks << bytes;
            }
        }
        umockdev_ioctl_data_unref(buf);
        s->flying << urbData; // keeps the reference until reaped
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_REAPURB:
    case USBDEVFS_REAPURBNDELAY: {
        UMockdevIoctlData* done = nullptr;
        if (!s->discarded.isEmpty()) {
            done = s->discarded.takeFirst();
            reinterpret_cast<usbdevfs_urb*>(done->data)->status = -ENOENT;
        } else {
            for (qsizetype i = 0; i < s->flying.size(); ++i) {
                auto* urb = reinterpret_cast<usbdevfs_urb*>(s->flying[i]->data);
                if (!(urb->endpoint & 0x80)) {
                    urb->actual_length = urb->buffer_length;
                    urb->status = 0;
                } else if (!s->pendingIn.isEmpty()) {
                    const int n = int(std::min<qsizetype>(urb->buffer_length, s->pendingIn.size()));
                    UMockdevIoctlData* b =
                        umockdev_ioctl_data_resolve(s->flying[i], G_STRUCT_OFFSET(usbdevfs_urb, buffer),
                                                    gsize(urb->buffer_length), nullptr);
                    std::memcpy(b->data, s->pendingIn.constData(), size_t(n));
                    umockdev_ioctl_data_unref(b);
                    s->pendingIn.remove(0, n);
                    urb->actual_length = n;
                    urb->status = 0;
                } else {
                    continue; // IN without an answer: stays in flight until it times out
                }
                done = s->flying.takeAt(i);
                break;
            }
        }
        if (!done) {
            umockdev_ioctl_client_complete(client, -1, s->gone ? ENODEV : EAGAIN);
            return TRUE;
        }
        UMockdevIoctlData* ptr = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
        umockdev_ioctl_data_set_ptr(ptr, 0, done);
        umockdev_ioctl_data_unref(ptr);
        umockdev_ioctl_data_unref(done);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    case USBDEVFS_DISCARDURB: {
        const gulong addr = *reinterpret_cast<gulong*>(arg->data);
        for (qsizetype i = 0; i < s->flying.size(); ++i) {
            if (s->flying[i]->client_addr == addr) {
                s->discarded << s->flying.takeAt(i);
                umockdev_ioctl_client_complete(client, 0, 0);
                return TRUE;
            }
        }
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return TRUE;
    }
    default:
        return FALSE;
    }
}
} // namespace

UsbPrinterEmulator::UsbPrinterEmulator() : m_s(std::make_unique<State>())
{
    m_s->testbed = umockdev_testbed_new();
    m_s->handler = umockdev_ioctl_base_new();
    g_signal_connect(m_s->handler, "handle-ioctl", G_CALLBACK(onIoctl), m_s.get());
    if (!umockdev_testbed_attach_ioctl(m_s->testbed, kDevice, m_s->handler, nullptr))
        return;
    // Device + configuration descriptors: printer class 7, subclass 1, protocol 2 (bidirectional).
    m_s->ok = umockdev_testbed_add_from_string(m_s->testbed,
                                               "P: /devices/pci0000:00/usb1/1-1\n"
                                               "N: bus/usb/001/002\n"
                                               "E: SUBSYSTEM=usb\n"
                                               "E: DEVTYPE=usb_device\n"
                                               "E: DRIVER=usb\n"
                                               "E: BUSNUM=001\n"
                                               "E: DEVNUM=002\n"
                                               "E: DEVNAME=/dev/bus/usb/001/002\n"
                                               "A: idVendor=0a5f\\n\n"
                                               "A: idProduct=0120\\n\n"
                                               "A: busnum=1\\n\n"
                                               "A: devnum=2\\n\n"
                                               "A: speed=480\\n\n"
                                               "A: bConfigurationValue=1\\n\n"
                                               "H: descriptors="
                                               "12010002000000405f0a2001000101020301" // device
                                               "09022000010100c032"                   // configuration
                                               "090400000207010200"                   // interface, class 7
                                               "07050102400000"                       // bulk OUT 0x01
                                               "07058202400000\n",                    // bulk IN 0x82
                                               nullptr);
}

UsbPrinterEmulator::~UsbPrinterEmulator()
{
    for (auto* d : m_s->flying)
        umockdev_ioctl_data_unref(d);
    for (auto* d : m_s->discarded)
        umockdev_ioctl_data_unref(d);
    g_clear_object(&m_s->handler);
    g_clear_object(&m_s->testbed);
}

bool UsbPrinterEmulator::ok() const
{
    return m_s->ok;
}

void UsbPrinterEmulator::setStatusAnswer(const QByteArray& bytes)
{
    QMutexLocker lock(&m_s->mutex);
    m_s->statusAnswer = bytes;
}

void UsbPrinterEmulator::unplugAfterChunks(int chunks)
{
    QMutexLocker lock(&m_s->mutex);
    m_s->unplugAfter = chunks;
}

QList<QByteArray> UsbPrinterEmulator::chunks() const
{
    QMutexLocker lock(&m_s->mutex);
    return m_s->chunks;
}

QByteArray UsbPrinterEmulator::data() const
{
    QMutexLocker lock(&m_s->mutex);
    QByteArray all;
    for (const auto& c : m_s->chunks)
        all += c;
    return all;
}

bool UsbPrinterEmulator::detachedKernelDriver() const
{
    QMutexLocker lock(&m_s->mutex);
    return m_s->detached;
}

bool UsbPrinterEmulator::reattachedKernelDriver() const
{
    QMutexLocker lock(&m_s->mutex);
    return m_s->reattached;
}
