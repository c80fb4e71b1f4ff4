#pragma once
// A USB printer-class device (Zebra-like, 0a5f:0120, interface class 7 protocol 2, bulk OUT 0x01,
// bulk IN 0x82) emulated with an in-process umockdev testbed. It answers usbfs ioctls the way the
// kernel does: URBs on bulk OUT are accepted and their bytes recorded; a status query written to it
// queues the configured answer for bulk IN; "unplugging" after N chunks fails further URBs with
// ENODEV. The ioctl handler runs on umockdev's thread, so state is behind a mutex.
// Plain C++ API so the test file needs no GLib headers (this one is compiled with -DQT_NO_KEYWORDS).
#include <QByteArray>
#include <QList>
#include <memory>

class UsbPrinterEmulator {
public:
    UsbPrinterEmulator();
    ~UsbPrinterEmulator();

    bool ok() const;
    // The answer to the next status query (ZPL ~HS, TSPL ESC!?, ESC/POS DLE EOT n).
    void setStatusAnswer(const QByteArray& bytes);
    // After this many more OUT URBs the device is gone (ENODEV), as when the cable is pulled.
    void unplugAfterChunks(int chunks);
    QList<QByteArray> chunks() const; // data URBs received on bulk OUT, status queries excluded
    QByteArray data() const;
    bool detachedKernelDriver() const;
    bool reattachedKernelDriver() const;

    struct State;

private:
    std::unique_ptr<State> m_s;
};
