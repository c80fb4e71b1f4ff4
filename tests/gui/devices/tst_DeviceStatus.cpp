// Status bar device widget and demo simulator panel, offscreen, on the real DeviceHub + simulators.
#include "DeviceStatusWidget.h"
#include "SimulatorPanel.h"
#include "drivers/sim/SimulatedScale.h"
#include "drivers/sim/SimulatedScanner.h"
#include "services/devices/DeviceHub.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pc;

class TestDeviceStatus : public QObject {
    Q_OBJECT
private slots:
    void panelDrivesHubAndStatusShowsIt()
    {
        services::DeviceConfig cfg;
        cfg.simulate = true;
        services::DeviceHub hub(cfg);
        // Built before start(), as MainWindow does: the widgets pick the devices up as they come.
        app::DeviceStatusWidget status(&hub);
        app::SimulatorPanel panel(&hub);
        hub.start();
        QSignalSpy offered(&hub, &services::DeviceHub::weightOffered);
        QSignalSpy accepted(&hub, &services::DeviceHub::scanAccepted);

        const auto scaleInfo = hub.simulatedScale()->info();
        const auto scannerInfo = hub.simulatedScanner()->info();
        QVERIFY(status.labelFor(scaleInfo));
        QVERIFY(status.textFor(scaleInfo).contains(QStringLiteral("Simulated scale")));

        // "Put on platter" 800 g: settles, is offered once, and the status shows it.
        panel.findChild<QDoubleSpinBox*>(QStringLiteral("simGrams"))->setValue(800);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("simPut")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 3000);
        QCOMPARE(offered[0][0].value<drivers::ScaleReading>().wholeGrams(), 800);
        QTRY_VERIFY(status.textFor(scaleInfo).contains(QStringLiteral("800 g")));

        // Type a code and scan it.
        panel.findChild<QLineEdit*>(QStringLiteral("simCode"))->setText(QStringLiteral("RA123456785RU"));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("simScan")), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QVERIFY(status.textFor(scannerInfo).contains(QStringLiteral("RA123456785RU")));

        // Pull the scale's cable: shown at once (no polling in between), with manual entry.
        panel.findChild<QCheckBox*>(QStringLiteral("simScaleConnected"))->setChecked(false);
        QVERIFY(status.textFor(scaleInfo).contains(QStringLiteral("disconnected")));
        QVERIFY(status.textFor(scaleInfo).contains(QStringLiteral("manual entry")));
        panel.findChild<QCheckBox*>(QStringLiteral("simScaleConnected"))->setChecked(true);
        QVERIFY(!status.textFor(scaleInfo).contains(QStringLiteral("disconnected")));

        // Lift: the platter reads zero.
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("simLift")), Qt::LeftButton);
        QCOMPARE(hub.simulatedScale()->platter(), 0.0);
    }
};

QTEST_MAIN(TestDeviceStatus)
#include "tst_DeviceStatus.moc"
