// libusb code path (enumeration, claim, interrupt reads, hotplug, unplug mid-read) against umockdev:
// a Dymo M10 scale (tests/data/devices/scale.umockdev) and a keyboard-mode scanner described here.
// Expected values come from HARDWARE.md's report layout, not from the decoders.
#include "UsbTestbed.h"
#include "drivers/usb/DeviceManager.h"
#include "drivers/usb/UsbContext.h"
#include "drivers/usb/UsbEnumerator.h"
#include "drivers/usb/UsbHidScale.h"
#include "services/devices/DeviceHub.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pc::drivers;
using pc::services::DeviceConfig;
using pc::services::DeviceHub;
using pc::services::ScanVerdict;

namespace {
const QString kScaleNode = QStringLiteral("/dev/bus/usb/001/002");
const QString kScannerNode = QStringLiteral("/dev/bus/usb/001/003");

QByteArray scaleDescription()
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/devices/scale.umockdev"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A Honeywell-vendor scanner programmed to keyboard mode: one HID boot-keyboard interface
// (class 3, subclass 1, protocol 1) with an interrupt IN endpoint 0x81.
QByteArray scannerDescription()
{
    return "P: /devices/pci0000:00/0000:00:14.0/usb1/1-2\n"
           "N: bus/usb/001/003\n"
           "E: SUBSYSTEM=usb\nE: DEVNAME=/dev/bus/usb/001/003\nE: DEVTYPE=usb_device\nE: DRIVER=usb\n"
           "E: BUSNUM=001\nE: DEVNUM=003\n"
           "A: busnum=1\\n\nA: devnum=3\\n\nA: speed=12\\n\nA: bConfigurationValue=1\\n\n"
           "A: idVendor=0c2e\\n\nA: idProduct=0b61\\n\n"
           "H: descriptors=12010002000000082e0c610b000101020001" // device
           "0902220001010080320904000001030101000921100100012241000705810308000a\n";
}

// A Newland scanner in HID-POS mode (vendor 1eab, HID interface, not a boot keyboard), endpoint 0x81
// with 64-byte packets.
QByteArray posScannerDescription()
{
    return "P: /devices/pci0000:00/0000:00:14.0/usb1/1-3\n"
           "N: bus/usb/001/004\n"
           "E: SUBSYSTEM=usb\nE: DEVNAME=/dev/bus/usb/001/004\nE: DEVTYPE=usb_device\nE: DRIVER=usb\n"
           "E: BUSNUM=001\nE: DEVNUM=004\n"
           "A: busnum=1\\n\nA: devnum=4\\n\nA: speed=12\\n\nA: bConfigurationValue=1\\n\n"
           "A: idVendor=1eab\\n\nA: idProduct=0406\\n\n"
           "H: descriptors=1201000200000040ab1e0604000101020001"
           "090222000101008032090400000103000000092110010001223f000705810340000a\n";
}

// HID boot keyboard: a–z = 0x04…, 1–9 = 0x1E…, 0 = 0x27, Enter = 0x28; left shift = modifier bit 1.
QList<QByteArray> keyReports(const QByteArray& text)
{
    QList<QByteArray> out;
    for (char c : text) {
        std::uint8_t mod = 0, key = 0;
        if (c >= 'a' && c <= 'z')
            key = static_cast<std::uint8_t>(0x04 + (c - 'a'));
        else if (c >= 'A' && c <= 'Z')
            key = static_cast<std::uint8_t>(0x04 + (c - 'A')), mod = 0x02;
        else if (c >= '1' && c <= '9')
            key = static_cast<std::uint8_t>(0x1E + (c - '1'));
        else if (c == '0')
            key = 0x27;
        else if (c == '\r')
            key = 0x28;
        out.append(
            QByteArray::fromHex(QByteArray::number(mod, 16).rightJustified(2, '0') + "0000000000000000")
                .left(8));
        out.last()[2] = static_cast<char>(key);
        out.append(QByteArray(8, '\0')); // all keys released
    }
    return out;
}
} // namespace

class TestUsbDevices : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<ScaleReading>();
        qRegisterMetaType<ScanResult>();
    }

    void enumerationClaimAndScaleReads()
    {
        UsbTestbed bed;
        QVERIFY2(bed.ok(), "not under umockdev (libumockdev-preload not loaded)");
        QVERIFY(bed.addDevice(scaleDescription(), kScaleNode));

        UsbContext ctx;
        QVERIFY2(ctx.start(), qPrintable(ctx.errorString()));
        auto found = enumerateUsbDevices(ctx.handle());
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().vendorId, quint16(0x0922));
        QCOMPARE(found->first().productId, quint16(0x8003));
        QCOMPARE(found->first().path, kScaleNode);
        QCOMPARE(found->first().driver, QStringLiteral("hid-scale"));

        // Stale report first (discarded), two in-motion reports, then stable 20 g (scale3.ioctl):
        // 03 status unit=02 (g) exp 00 weight LE16.
        bed.queueReport(kScaleNode, QByteArray::fromHex("030402006400")); // stale 100 g
        bed.queueReport(kScaleNode, QByteArray::fromHex("030302001000")); // 16 g in motion
        bed.queueReport(kScaleNode, QByteArray::fromHex("030302001400")); // 20 g in motion
        bed.queueReport(kScaleNode, QByteArray::fromHex("030402001400")); // 20 g stable

        const SupportedDevice* entry = matchUsbDevice({0x0922, 0x8003, 3, 0, 0});
        QVERIFY(entry);
        UsbHidScale scale(ctx.handle(), *entry, {0x0922, 0x8003, 3, 0, 0}, kScaleNode);
        QSignalSpy readings(&scale, &Scale::reading);
        QVERIFY2(scale.open(), qPrintable(scale.info().detail));
        QCOMPARE(bed.claims(kScaleNode), 1);
        QTRY_COMPARE_WITH_TIMEOUT(readings.count(), 3, 5000);
        const auto r = [&](int i) { return readings.at(i).at(0).value<ScaleReading>(); };
        QCOMPARE(r(0).wholeGrams(), 16);
        QCOMPARE(r(0).state, ScaleState::InMotion);
        QCOMPARE(r(1).wholeGrams(), 20);
        QCOMPARE(r(1).state, ScaleState::InMotion);
        QCOMPARE(r(2).wholeGrams(), 20);
        QCOMPARE(r(2).state, ScaleState::Stable);
        scale.close();
        QCOMPARE(bed.releases(kScaleNode), 1);
    }

    // An interrupt read is in flight when the cable is pulled; the same scale comes back later and
    // is claimed again without a restart.
    void unplugInTheMiddleOfAReadAndReattach()
    {
        auto bed = std::make_unique<UsbTestbed>();
        QVERIFY(bed->addDevice(scaleDescription(), kScaleNode));
        DeviceConfig cfg;
        cfg.scanner = QStringLiteral("none");
        DeviceHub hub(cfg);
        QSignalSpy offered(&hub, &DeviceHub::weightOffered);
        hub.start();
        QTRY_COMPARE_WITH_TIMEOUT(bed->claims(kScaleNode), 1, 5000);
        QTest::qWait(100); // the transfer is submitted and waiting for a report
        bed->unplug(kScaleNode);
        QTRY_COMPARE_WITH_TIMEOUT(hub.devices().value(0).state, DeviceState::Absent, 1000);

        // Re-plug: a new arrival on the same path replaces the entry, no duplicate line.
        QVERIFY(bed->replug(kScaleNode));
        QTRY_COMPARE_WITH_TIMEOUT(bed->claims(kScaleNode), 1, 5000);
        bed->queueReport(kScaleNode, QByteArray::fromHex("030402006400")); // stale
        bed->queueReport(kScaleNode, QByteArray::fromHex("030402001400")); // 20 g stable
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 5000);
        QCOMPARE(offered[0][0].value<ScaleReading>().wholeGrams(), 20);
        QCOMPARE(hub.devices().size(), 1);
        QCOMPARE(hub.devices().first().state, DeviceState::Ready);
    }

    // The whole chain: DeviceManager thread (libusb hotplug) → DeviceHub on this thread.
    void hotplugThroughManagerAndHub()
    {
        UsbTestbed bed;
        QVERIFY(bed.addDevice(scaleDescription(), kScaleNode)); // present at start: ENUMERATE
        DeviceConfig cfg;
        cfg.keyboardScanners = QStringLiteral("0c2e:0b61");
        DeviceHub hub(cfg);
        QSignalSpy offered(&hub, &DeviceHub::weightOffered);
        QSignalSpy accepted(&hub, &DeviceHub::scanAccepted);
        QSignalSpy read(&hub, &DeviceHub::scanRead);
        QSignalSpy changed(&hub, &DeviceHub::deviceChanged);
        hub.start();
        QTRY_COMPARE_WITH_TIMEOUT(hub.devices().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bed.claims(kScaleNode), 1, 5000);
        bed.queueReport(kScaleNode, QByteArray::fromHex("030402006400")); // stale
        bed.queueReport(kScaleNode, QByteArray::fromHex("030302001000"));
        bed.queueReport(kScaleNode, QByteArray::fromHex("030402001400"));
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 5000);
        QCOMPARE(offered[0][0].value<ScaleReading>().wholeGrams(), 20);

        // Hotplug add: a keyboard-mode scanner arrives and is claimed; its reports become a scan.
        QVERIFY(bed.addDevice(scannerDescription(), kScannerNode));
        QTRY_COMPARE_WITH_TIMEOUT(hub.devices().size(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bed.claims(kScannerNode), 1, 5000);
        for (const QByteArray& rep : keyReports("RA123456785RU\r"))
            bed.queueReport(kScannerNode, rep);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 5000);
        QCOMPARE(accepted[0][0].value<ScanVerdict>().text, QStringLiteral("RA123456785RU"));
        QCOMPARE(accepted[0][0].value<ScanVerdict>().source, QStringLiteral("usb-keyboard"));

        // A HID-POS scanner (Newland layout): report id 2, [1] length, data from [2], [63] bit0 "more".
        const QString posNode = QStringLiteral("/dev/bus/usb/001/004");
        QVERIFY(bed.addDevice(posScannerDescription(), posNode));
        QTRY_COMPARE_WITH_TIMEOUT(bed.claims(posNode), 1, 5000);
        QByteArray report(64, '\0');
        report[0] = 0x02;
        report[1] = 14;
        report.replace(2, 14, "46500000000011");
        bed.queueReport(posNode, report);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 2, 5000);
        QCOMPARE(read[1][0].value<ScanVerdict>().source, QStringLiteral("hid-pos"));
        QCOMPARE(read[1][0].value<ScanVerdict>().text, QStringLiteral("46500000000011"));

        // Hotplug remove: the scanner is shown absent within a second; the scale stays.
        changed.clear();
        bed.unplug(kScannerNode);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& d : hub.devices())
                    if (d.path == kScannerNode)
                        return d.state == DeviceState::Absent;
                return false;
            }(),
            1000);
    }
};

QTEST_GUILESS_MAIN(TestUsbDevices)
#include "tst_UsbDevices.moc"
