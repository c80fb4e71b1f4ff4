// DeviceConfig::save writes the [devices] keys load() reads (round trip), keeps the other groups, and
// DeviceHub sends zero / tare only to a connected scale that has the command.
#include "drivers/sim/SimulatedScale.h"
#include "services/devices/DeviceConfig.h"
#include "services/devices/DeviceHub.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pc::services;

class TestDeviceConfig : public QObject {
    Q_OBJECT
private slots:
    void saveThenLoadGivesTheSameValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("postcounter.conf"));
        {
            QSettings other(path, QSettings::IniFormat);
            other.setValue(QStringLiteral("workstation/counter"), QStringLiteral("101000-3"));
        }
        DeviceConfig c;
        c.simulate = true;
        c.scale = QStringLiteral("serial");
        c.scalePort = QStringLiteral("/dev/serial/by-id/usb-CAS_scale-if00");
        c.scaleProtocol = QStringLiteral("cas-enq");
        c.scaleBaud = 19200;
        c.stableReadings = 5;
        c.stableToleranceGrams = 0.5;
        c.scanner = QStringLiteral("serial");
        c.scannerPort = QStringLiteral("/dev/ttyACM0");
        c.scannerSuffix = QByteArrayLiteral("\r\n");
        c.keyboardScanners = QStringLiteral("0c2e:0b61,05e0:1200");
        c.wedgeMaxGapMs = 25;
        c.wedgeMinLength = 10;
        QVERIFY(c.save(path).ok());

        const auto back = DeviceConfig::load(path);
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->simulate, true);
        QCOMPARE(back->scale, QStringLiteral("serial"));
        QCOMPARE(back->scalePort, QStringLiteral("/dev/serial/by-id/usb-CAS_scale-if00"));
        QCOMPARE(back->scaleProtocol, QStringLiteral("cas-enq"));
        QCOMPARE(back->scaleBaud, 19200);
        QCOMPARE(back->stableReadings, 5);
        QCOMPARE(back->stableToleranceGrams, 0.5);
        QCOMPARE(back->scanner, QStringLiteral("serial"));
        QCOMPARE(back->scannerPort, QStringLiteral("/dev/ttyACM0"));
        QCOMPARE(back->scannerSuffix, QByteArrayLiteral("\r\n"));
        QCOMPARE(back->keyboardScanners, QStringLiteral("0c2e:0b61,05e0:1200"));
        QCOMPARE(back->wedgeMaxGapMs, 25);
        QCOMPARE(back->wedgeMinLength, 10);

        QSettings raw(path, QSettings::IniFormat);
        // The documented escaped form (DeviceConfig.h), editable by hand; the other group is untouched.
        QCOMPARE(raw.value(QStringLiteral("devices/scanner_suffix")).toString(), QStringLiteral("\\r\\n"));
        QCOMPARE(raw.value(QStringLiteral("workstation/counter")).toString(), QStringLiteral("101000-3"));
    }

    void unwritableFileIsAnError()
    {
        DeviceConfig c;
        const auto st = c.save(QStringLiteral("/proc/postcounter-no-such-dir/postcounter.conf"));
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QStringLiteral("cannot be written")));
    }

    void zeroAndTareGoOnlyToAConnectedScale()
    {
        DeviceConfig none;
        none.scale = QStringLiteral("none");
        none.scanner = QStringLiteral("none");
        DeviceHub empty(none);
        QVERIFY(!empty.scaleConnected());
        QVERIFY(!empty.zeroScale());
        QVERIFY(!empty.tareScale());

        DeviceConfig sim;
        sim.simulate = true;
        DeviceHub hub(sim);
        hub.start();
        QVERIFY(hub.scaleConnected());
        QVERIFY(hub.zeroScale());
        QVERIFY(hub.tareScale());
        hub.simulatedScale()->setConnected(false);
        QVERIFY(!hub.scaleConnected());
        QVERIFY(!hub.zeroScale());
    }
};

QTEST_GUILESS_MAIN(TestDeviceConfig)
#include "tst_DeviceConfig.moc"
