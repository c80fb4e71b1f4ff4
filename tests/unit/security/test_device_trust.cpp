// A rogue USB device at the counter (docs/security.md): which devices the workstation takes as a
// scanner or a scale, and what a crafted barcode can do once read. The ids are HARDWARE.md's and
// the USB HID usage tables' (0x8C bar code scanner page, 0x8D scale page; interface protocol 1 =
// boot keyboard), not the driver table's.
#include "drivers/usb/DeviceManager.h"
#include "services/devices/ScanGrammar.h"

#include <QTest>

using namespace pc::drivers;
using pc::services::classifyScan;
using pc::services::ScanVerdict;

class TestDeviceTrust : public QObject {
    Q_OBJECT
private slots:
    void unknownKeyboardIsNeverAScanner()
    {
        // A USB "keyboard" of an unknown vendor (VID 0x1234, a made-up PID): typing is the OS's.
        QVERIFY(!DeviceManager::driverFor({0x1234, 0xabcd, 3, 1, 0}, {}));
        // Even when the scanner option is on, only an explicit VID:PID in the configuration counts.
        DeviceManager::Options o;
        o.keyboardScanners = {{0x1234, 0x0001}};
        QVERIFY(!DeviceManager::driverFor({0x1234, 0xabcd, 3, 1, 0}, o));
    }
    void unknownVendorDeviceWithoutAPosUsageIsIgnored()
    {
        QVERIFY(!DeviceManager::driverFor({0x1234, 0xabcd, 3, 0, 0}, {}));      // HID, no usage page known
        QVERIFY(!DeviceManager::driverFor({0x1234, 0xabcd, 0xff, 0, 0}, {}));   // vendor-specific class
        QVERIFY(!DeviceManager::driverFor({0x1234, 0xabcd, 8, 0, 0}, {}));      // a USB stick
        QVERIFY(!DeviceManager::driverFor({0x1234, 0xabcd, 3, 0, 0x0001}, {})); // generic desktop page
    }
    void anyDeviceDeclaringTheHidPosPagesIsTakenUnlessDisabled()
    {
        // The documented trade-off: HID-POS is a standard, so a device that declares the scanner or
        // scale usage page is used whatever its vendor. The administrator turns USB HID scanners/scales
        // off (devices/scanner=serial or wedge, devices/scale=serial or none) where only known devices
        // may be used.
        const UsbIdentity scanner{0x1234, 0xabcd, 3, 0, 0x8C}, scale{0x1234, 0xabce, 3, 0, 0x8D};
        QVERIFY(DeviceManager::driverFor(scanner, {}));
        QCOMPARE(DeviceManager::driverFor(scale, {})->kind, DeviceKind::Scale);
        DeviceManager::Options off;
        off.usbScanners = false;
        off.usbScales = false;
        QVERIFY(!DeviceManager::driverFor(scanner, off));
        QVERIFY(!DeviceManager::driverFor(scale, off));
    }
    void craftedBarcodesAreNotTakenAsInput()
    {
        // Whatever the device, a scan only becomes an identifier through the grammar: SQL, control
        // characters, an S10 with a wrong check digit (RA123456780RU: the right one is 5) are refused.
        for (const QString& raw :
             {QStringLiteral("'); DROP TABLE item;--"), QStringLiteral("RA123456785RU\x04rm -rf"),
              QStringLiteral("RA123456780RU"), QString(5000, u'9'), QStringLiteral("RA123456785RU\r\nF12")}) {
            const ScanVerdict v = classifyScan(raw);
            QVERIFY2(!v.recognised(), qPrintable(raw.left(40)));
            QVERIFY(!v.message.isEmpty());
        }
        QVERIFY(classifyScan(QStringLiteral("RA123456785RU")).recognised());
    }
};

QTEST_GUILESS_MAIN(TestDeviceTrust)
#include "test_device_trust.moc"
