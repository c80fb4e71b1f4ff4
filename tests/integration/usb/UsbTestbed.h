#pragma once
// An emulated USB bus for tests: umockdev's in-process testbed with a usbdevfs ioctl handler per
// device, as libusb's own tests/umockdev.c does. Interrupt IN URBs are answered from a queue of
// reports; unplug() fails reads with ENODEV and sends the udev "remove". No GLib in this header (the
// test itself is a Qt file with keywords on).
#include <QByteArray>
#include <QString>
#include <memory>

class UsbTestbed {
public:
    UsbTestbed();
    ~UsbTestbed();
    bool ok() const;

    // umockdev description text (P:, N:, E:, A:, H: lines); node = /dev/bus/usb/BBB/DDD.
    bool addDevice(const QByteArray& description, const QString& node);
    void queueReport(const QString& node, const QByteArray& report);
    int pendingReports(const QString& node) const;
    int claims(const QString& node) const;
    int releases(const QString& node) const;
    void unplug(const QString& node);
    bool replug(const QString& node); // the same device again (counters reset)

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};
