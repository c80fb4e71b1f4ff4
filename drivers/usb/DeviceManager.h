#pragma once
// Finds the counter's scanners and scales and keeps them: libusb enumeration and hotplug (attach,
// detach, re-attach of the same device without a restart) matched against SupportedDevices, and the
// configured serial ports, re-opened when they come back. Runs on its own QThread; the drivers it
// creates live there too and reach the GUI only through queued signals, so the GUI never blocks on a
// device. Owner's thread: construct, start(), shutdown().
#include "drivers/core/DeviceInfo.h"
#include "drivers/core/Scale.h"
#include "drivers/core/Scanner.h"
#include "drivers/core/SupportedDevices.h"
#include "drivers/scale/ScaleProtocols.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QThread;
class QTimer;

namespace pc::drivers {

class UsbContext;
class SerialScale;
class SerialScanner;

class DeviceManager : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool usbScales = true;                           // claim supported HID-POS scales
        bool usbScanners = true;                         // claim supported HID-POS / keyboard-mode scanners
        QList<QPair<quint16, quint16>> keyboardScanners; // extra VID:PID claimed as boot-keyboard scanners
        QString scalePort;                               // serial scale (empty: none)
        ScaleProtocol scaleProtocol = ScaleProtocol::Sics;
        int scaleBaud = 9600;
        int scaleTimeoutMs = 1500;
        QString scannerPort; // serial scanner (empty: none)
        int scannerBaud = 9600;
        QByteArray scannerSuffix = QByteArrayLiteral("\r");
        int serialRetryMs = 1000; // how often a missing serial port is looked for again
    };
    static constexpr int kRetireDelayMs = 30000;
    explicit DeviceManager(Options options);
    ~DeviceManager() override;

    void start();    // starts the thread; devices follow as scaleAttached / scannerAttached
    void shutdown(); // closes every device (re-attaching kernel drivers) and joins the thread

    // Which driver the manager would give a USB device; nullopt for devices it leaves alone.
    static std::optional<SupportedDevice> driverFor(const UsbIdentity& id, const Options& options);

signals:
    // The object lives on the manager's thread: connect, never call it directly from another thread.
    // It stays valid for at least kRetireDelayMs after it is gone from the bus (or until shutdown), so
    // a receiver that is slow to take the queued signal never sees a dangling pointer.
    void scaleAttached(pc::drivers::Scale* scale, const pc::drivers::DeviceInfo& info);
    void scannerAttached(pc::drivers::Scanner* scanner, const pc::drivers::DeviceInfo& info);
    void usbUnavailable(const QString& reason);

private:
    void init();
    void teardown();
    void onUsbArrived(const pc::drivers::UsbIdentity& id, const QString& path);
    void onUsbLeft(const QString& path);
    void retrySerial();
    void openSerialScale();
    void openSerialScanner();

    Options m_opt;
    std::unique_ptr<QThread> m_thread;
    QThread* m_ownerThread = nullptr;
    UsbContext* m_usb = nullptr;
    QTimer* m_retry = nullptr;
    QHash<QString, QPointer<QObject>> m_usbDevices; // by /dev/bus/usb path
    QPointer<SerialScale> m_serialScale;
    QPointer<SerialScanner> m_serialScanner;
};

} // namespace pc::drivers
