// The Devices settings page, offscreen: it lists the hub's devices, refuses invalid values with a
// message naming them (file untouched), and a changed value saved from the page is what
// DeviceConfig::load reads back.
#include "DeviceSettingsPage.h"
#include "services/devices/DeviceHub.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pc::services;
using pc::app::DeviceSettingsPage;

class TestDeviceSettingsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("postcounter.conf"));
        QFile::remove(m_path);
        QSettings s(m_path, QSettings::IniFormat);
        s.setValue(QStringLiteral("devices/scale"), QStringLiteral("serial"));
        s.setValue(QStringLiteral("devices/scale_port"), QStringLiteral("/dev/ttyUSB0"));
        s.setValue(QStringLiteral("devices/scale_protocol"), QStringLiteral("sics"));
        s.setValue(QStringLiteral("devices/keyboard_scanners"), QStringLiteral("0c2e:0b61"));
    }

    void showsTheRecognisedDevices()
    {
        DeviceConfig cfg;
        cfg.simulate = true;
        DeviceHub hub(cfg);
        hub.start();
        DeviceSettingsPage page(&hub, m_path);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("devices"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2); // the simulated scanner and scale
        QStringList models;
        for (int r = 0; r < table->rowCount(); ++r)
            models << table->item(r, 1)->text();
        QVERIFY(models.contains(QStringLiteral("Simulated scale")));
    }

    void changedValueIsSavedAndReloaded()
    {
        DeviceSettingsPage page(nullptr, m_path);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // mnemonics need the active window
        auto* protocol = page.findChild<QComboBox*>(QStringLiteral("scale_protocol"));
        auto* baud = page.findChild<QLineEdit*>(QStringLiteral("scale_baud"));
        QVERIFY(protocol && baud);
        QCOMPARE(protocol->currentText(), QStringLiteral("sics")); // what the file says
        QVERIFY(protocol->isEnabled());                            // scale=serial

        // Keyboard only: Alt+R (P&rotocol) focuses the protocol, Alt+B (&Baud rate) the baud rate.
        QTest::keyClick(&page, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(protocol->hasFocus());
        protocol->setCurrentIndex(protocol->findText(QStringLiteral("cas-enq")));
        QTest::keyClick(&page, Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY(baud->hasFocus());
        baud->selectAll();
        QTest::keyClicks(baud, QStringLiteral("19200"));
        QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier); // &Save (a mnemonic clicks after a short delay)
        QTRY_VERIFY(
            page.findChild<QLabel*>(QStringLiteral("message"))->text().contains(QStringLiteral("Saved")));

        const auto back = DeviceConfig::load(m_path);
        QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->scaleProtocol, QStringLiteral("cas-enq"));
        QCOMPARE(back->scaleBaud, 19200);
        QCOMPARE(back->scalePort, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(back->keyboardScanners, QStringLiteral("0c2e:0b61")); // a key the page does not edit
    }

    void invalidValuesAreRefusedWithAMessage()
    {
        DeviceSettingsPage page(nullptr, m_path);
        auto* baud = page.findChild<QLineEdit*>(QStringLiteral("scale_baud"));
        auto* message = page.findChild<QLabel*>(QStringLiteral("message"));
        baud->setText(QStringLiteral("96OO"));
        QVERIFY(!page.save());
        QVERIFY(message->text().contains(QStringLiteral("96OO")));
        QVERIFY(message->text().contains(QStringLiteral("1200 to 921600")));
        QCOMPARE(DeviceConfig::load(m_path)->scaleBaud, 9600); // the file was not touched

        baud->setText(QStringLiteral("9600"));
        page.findChild<QLineEdit*>(QStringLiteral("scale_port"))->clear();
        QVERIFY(!page.save());
        QVERIFY(message->text().contains(QStringLiteral("scale's serial port")));

        page.findChild<QLineEdit*>(QStringLiteral("scale_port"))->setText(QStringLiteral("/dev/ttyUSB1"));
        page.findChild<QLineEdit*>(QStringLiteral("stable_tolerance_g"))->setText(QStringLiteral("-1"));
        QVERIFY(!page.save());
        QVERIFY(message->text().contains(QStringLiteral("tolerance")));
        QCOMPARE(DeviceConfig::load(m_path)->scalePort, QStringLiteral("/dev/ttyUSB0"));
    }
};

QTEST_MAIN(TestDeviceSettingsPage)
#include "tst_DeviceSettingsPage.moc"
