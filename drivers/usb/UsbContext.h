#pragma once
// The libusb context and its event thread. Hotplug callbacks and transfer completions run on that
// thread; results leave it only as queued Qt signals (copied bytes, never pointers into libusb).
#include "drivers/core/SupportedDevices.h"

#include <QObject>

#include <libusb.h>
#include <atomic>
#include <thread>


namespace pc::drivers {

class UsbContext : public QObject {
    Q_OBJECT
public:
    explicit UsbContext(QObject* parent = nullptr);
    ~UsbContext() override;

    // Initialises libusb, registers hotplug (with enumeration of what is already there) and starts
    // the event thread. false (with errorString) when libusb cannot start.
    bool start();
    void stop();
    bool hasHotplug() const { return m_hotplug; }
    libusb_context* handle() const { return m_ctx; }
    QString errorString() const { return m_error; }

signals:
    // path = /dev/bus/usb/BBB/DDD; emitted from the event thread (connect queued or auto).
    void deviceArrived(const pc::drivers::UsbIdentity& id, const QString& path);
    void deviceLeft(const QString& path);

private:
    static int hotplugCallback(libusb_context*, libusb_device*, libusb_hotplug_event event, void* self);
    void run();

    libusb_context* m_ctx = nullptr;
    int m_hotplugHandle = 0;
    bool m_hotplug = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    QString m_error;
};

} // namespace pc::drivers

Q_DECLARE_METATYPE(pc::drivers::UsbIdentity)
