// DeviceHub with the simulators (real components: the hub, the grammar, the stability filter).
#include "drivers/core/SupportedDevices.h"
#include "drivers/sim/SimulatedScale.h"
#include "drivers/sim/SimulatedScanner.h"
#include "services/devices/DeviceHub.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pc::services;
using namespace pc::drivers;

class TestDeviceHub : public QObject {
    Q_OBJECT
private slots:
    void scansAreClassified()
    {
        DeviceConfig cfg;
        cfg.simulate = true;
        DeviceHub hub(cfg);
        hub.start();
        QSignalSpy accepted(&hub, &DeviceHub::scanAccepted);
        QSignalSpy rejected(&hub, &DeviceHub::scanRejected);
        // RA123456785RU: S10 check digit of 12345678 is 5 (UPU S10 weights 8 6 4 2 3 5 9 7).
        hub.simulatedScanner()->scan(QStringLiteral("RA123456785RU"));
        hub.simulatedScanner()->scan(QStringLiteral("hello world"));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted[0][0].value<ScanVerdict>().kind, ScanVerdict::Kind::S10);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected[0][0].value<ScanVerdict>().text, QStringLiteral("hello world"));
        QVERIFY(rejected[0][0].value<ScanVerdict>().message.contains(QStringLiteral("hello world")));
        // A customer's pre-filled shipment (docs/prefill-qr.md) passes whole, for acceptance to check;
        // with a control character in it, it is a crafted symbol like any other.
        const QString qr = QStringLiteral("PCQ1.eyJvYmplY3QiOjI3MDMwfQ.0123abcd");
        hub.simulatedScanner()->scan(qr);
        QCOMPARE(accepted.count(), 2);
        QCOMPARE(accepted[1][0].value<ScanVerdict>().kind, ScanVerdict::Kind::Prefill);
        QCOMPARE(accepted[1][0].value<ScanVerdict>().text, qr);
        hub.simulatedScanner()->scan(qr + QChar(0x1b));
        QCOMPARE(rejected.count(), 2);
    }
    void stableWeightOfferedOnce()
    {
        DeviceConfig cfg;
        cfg.simulate = true;
        DeviceHub hub(cfg);
        hub.start();
        QSignalSpy offered(&hub, &DeviceHub::weightOffered);
        QSignalSpy readings(&hub, &DeviceHub::scaleReading);
        hub.simulatedScale()->placeWeight(1250);
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 3000);
        QCOMPARE(offered[0][0].value<ScaleReading>().wholeGrams(), 1250);
        QVERIFY(readings.count() >= 4); // in-motion readings came first and were not offered
        QTest::qWait(300);
        QCOMPARE(offered.count(), 1);
    }
    void disconnectIsShown()
    {
        DeviceConfig cfg;
        cfg.simulate = true;
        DeviceHub hub(cfg);
        hub.start();
        QSignalSpy changed(&hub, &DeviceHub::deviceChanged);
        hub.simulatedScale()->setConnected(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<DeviceInfo>().state, DeviceState::Absent);
    }
    void udevRulesFileMatchesTable()
    {
        QFile f(QStringLiteral(PC_SOURCE_DIR "/installer/udev/70-postcounter-devices.rules"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), generateUdevRules());
    }
};

QTEST_GUILESS_MAIN(TestDeviceHub)
#include "tst_DeviceHub.moc"
