// Which driver DeviceManager gives a USB device (pure; the ids come from HARDWARE.md).
#include "drivers/usb/DeviceManager.h"

#include <QTest>

using namespace pc::drivers;

class TestDriverChoice : public QObject {
    Q_OBJECT
private slots:
    void dymoScaleIsAHidScale()
    {
        const auto d = DeviceManager::driverFor({0x0922, 0x8003, 3, 0, 0}, {});
        QVERIFY(d);
        QCOMPARE(d->driver, DriverId::HidScale);
        QVERIFY(d->quirks & QuirkDiscardFirstReport);
    }
    void scannerVendorInKeyboardModeIsClaimedAsKeyboard()
    {
        // Honeywell (0c2e), boot keyboard interface (class 3, protocol 1): any PID.
        const auto kb = DeviceManager::driverFor({0x0c2e, 0x0b61, 3, 1, 0}, {});
        QVERIFY(kb);
        QCOMPARE(kb->driver, DriverId::KeyboardScanner);
        const auto pos = DeviceManager::driverFor({0x0c2e, 0x0b87, 3, 0, 0}, {});
        QVERIFY(pos);
        QCOMPARE(pos->driver, DriverId::HidPosScanner);
    }
    void unknownKeyboardIsLeftAloneUnlessConfigured()
    {
        const UsbIdentity keyboard{0x046d, 0xc31c, 3, 1, 0}; // an ordinary keyboard
        QVERIFY(!DeviceManager::driverFor(keyboard, {}));
        DeviceManager::Options o;
        o.keyboardScanners = {{0x046d, 0xc31c}};
        const auto d = DeviceManager::driverFor(keyboard, o);
        QVERIFY(d);
        QCOMPARE(d->driver, DriverId::KeyboardScanner);
    }
    void serialAdaptersAndDisabledKindsAreNotClaimed()
    {
        QVERIFY(!DeviceManager::driverFor({0x0eb8, 0x2200, 2, 0, 0}, {})); // USB-serial scale: via its tty
        DeviceManager::Options noScales;
        noScales.usbScales = false;
        QVERIFY(!DeviceManager::driverFor({0x0922, 0x8003, 3, 0, 0}, noScales));
        DeviceManager::Options noScanners;
        noScanners.usbScanners = false;
        QVERIFY(!DeviceManager::driverFor({0x1eab, 0x0406, 3, 0, 0}, noScanners));
    }
};

QTEST_GUILESS_MAIN(TestDriverChoice)
#include "tst_DriverChoice.moc"
