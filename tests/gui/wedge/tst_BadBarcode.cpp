// The BadBarcode case through the real wedge filter: a Code 128 symbol carrying Ctrl+D and ESC,
// typed by a wedge scanner into a form. Ctrl+D must not fire the cash-drawer action, ESC must not
// cancel the form, nothing lands in the field, and the clerk is told "unrecognised barcode".
#include "ScanWedgeFilter.h"
#include "services/devices/DeviceHub.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using pc::app::ScanWedgeFilter;

class TestBadBarcode : public QObject {
    Q_OBJECT
    QMainWindow* m_window = nullptr;
    QDialog* m_form = nullptr;
    QLineEdit* m_field = nullptr;
    QAction* m_drawer = nullptr;
    ScanWedgeFilter* m_filter = nullptr;
    qint64 m_now = 0;

private slots:
    void init()
    {
        m_window = new QMainWindow;
        m_drawer = new QAction(QStringLiteral("Open cash drawer"), m_window);
        m_drawer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
        m_drawer->setShortcutContext(Qt::ApplicationShortcut);
        m_window->addAction(m_drawer);
        m_window->show();
        m_form = new QDialog(m_window);
        m_field = new QLineEdit(m_form);
        (new QVBoxLayout(m_form))->addWidget(m_field);
        m_form->show();
        m_form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_form));
        m_field->setFocus();
        m_filter = new ScanWedgeFilter({40, 6, true}, m_window);
        m_now = 1000;
        m_filter->setClock([this] { return m_now; });
        qApp->installEventFilter(m_filter);
    }
    void cleanup()
    {
        qApp->removeEventFilter(m_filter);
        delete m_window;
    }

    void guardIsNeeded()
    {
        // Without the filter the same keys do fire the action and close the form (the attack is real).
        qApp->removeEventFilter(m_filter);
        QSignalSpy fired(m_drawer, &QAction::triggered);
        QTest::keyClick(m_field, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(fired.count(), 1);
        QTest::keyClick(m_field, Qt::Key_Escape);
        QVERIFY(!m_form->isVisible());
    }

    void badBarcodeIsRefused()
    {
        pc::services::DeviceConfig cfg;
        pc::services::DeviceHub hub(cfg);
        connect(m_filter, &ScanWedgeFilter::scanned, &hub, &pc::services::DeviceHub::submitWedgeScan);
        QSignalSpy fired(m_drawer, &QAction::triggered);
        QSignalSpy rejected(&hub, &pc::services::DeviceHub::scanRejected);
        QSignalSpy accepted(&hub, &pc::services::DeviceHub::scanAccepted);
        // "RA1234" Ctrl+D "5678" ESC "5RU" Enter, 5 ms apart: a scanner's burst.
        auto type = [&](const char* text) {
            for (const char* c = text; *c; ++c) {
                m_now += 5;
                QTest::keyClick(m_field, *c);
            }
        };
        auto press = [&](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            m_now += 5;
            QTest::keyClick(m_field, k, m);
        };
        type("RA1234");
        press(Qt::Key_D, Qt::ControlModifier);
        type("5678");
        press(Qt::Key_Escape);
        type("5RU");
        press(Qt::Key_Return);

        QCOMPARE(fired.count(), 0);           // the cash drawer stayed shut
        QVERIFY(m_form->isVisible());         // the form was not cancelled
        QCOMPARE(m_field->text(), QString()); // nothing was typed into the field
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(rejected.count(), 1);
        const auto v = rejected.first().first().value<pc::services::ScanVerdict>();
        QCOMPARE(v.text, QStringLiteral("RA1234\\x045678\\x1b5RU"));
        QVERIFY(v.message.contains(QStringLiteral("Unrecognised barcode")));
    }

    void goodScanIsRouted()
    {
        QSignalSpy scans(m_filter, &ScanWedgeFilter::scanned);
        for (QChar c : QStringLiteral("80085001234567")) {
            m_now += 4;
            QTest::keyClick(m_field, c.toLatin1());
        }
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scans.count(), 1);
        QCOMPARE(scans.first().first().toString(), QStringLiteral("80085001234567"));
        QCOMPARE(m_field->text(), QString());
    }

    void typistKeepsTyping()
    {
        // 200 ms between keys: a person. The keys reach the field, Ctrl+D stays their shortcut.
        QSignalSpy scans(m_filter, &ScanWedgeFilter::scanned);
        QSignalSpy fired(m_drawer, &QAction::triggered);
        for (QChar c : QStringLiteral("12ab")) {
            m_now += 200;
            QTest::keyClick(m_field, c.toLatin1());
            QTest::qWait(60); // lets the gap timer hand the held key over
        }
        QTRY_COMPARE(m_field->text(), QStringLiteral("12ab"));
        m_now += 200;
        QTest::keyClick(m_field, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(fired.count(), 1);
        QCOMPARE(scans.count(), 0);
    }
};

QTEST_MAIN(TestBadBarcode)
#include "tst_BadBarcode.moc"
