// Sending by the recipient's phone number at the counter, by keys, offscreen: Alt+Y turns the
// recipient's address off, the clerk types the name and the mobile number as the customer says it,
// the item is priced by the sample tariff's by_phone rule and sold; the item is stored with the mark
// and the number in E.164. A landline is refused under the form and nothing goes in the basket.
#include "../CounterGuiFixture.h"
#include "../GuiKeys.h"
#include "AcceptanceScreen.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/address/PostcodeDirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pc;

class TestPhoneSendGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::AppConfig m_cfg;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<services::CounterServices> m_counter;
    std::unique_ptr<services::PostcodeDirectory> m_postcodes;
    std::unique_ptr<services::AcceptanceService> m_acceptance;
    std::unique_ptr<app::MainWindow> m_window;

    template <typename T> T* find(const char* name) { return testing::widgetNamed<T>(m_window.get(), name); }
    QLineEdit* edit(const char* name) { return find<QLineEdit>(name); }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), k, mods);
    }
    void typeInto(const char* name, const QString& text)
    {
        edit(name)->setFocus();
        QVERIFY(testing::typeIntoFocused(name, text));
    }

    // A new barcode, 1 200 g, by phone: name, phone, the sender; Enter puts it in the basket.
    void fillByPhone(const QString& phone)
    {
        key(Qt::Key_F2);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        m_window->acceptanceScreen()->takeWeight(1200);
        key(Qt::Key_Y, Qt::AltModifier); // the mnemonic "clicks" the box (animated: a moment later)
        QTRY_VERIFY(find<QCheckBox>("byPhoneCheck")->isChecked());
        QVERIFY(!edit("toPostcodeEdit")->isEnabled());
        QVERIFY(!edit("toStreetEdit")->isEnabled());
        QVERIFY(edit("toNameEdit")->isEnabled() && edit("toPhoneEdit")->isEnabled());
        typeInto("toNameEdit", QStringLiteral("Петрова Анна"));
        typeInto("toPhoneEdit", phone);
        typeInto("fromNameEdit", QStringLiteral("Орлов Павел"));
        typeInto("fromPostcodeEdit", QStringLiteral("101000"));
        key(Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    }

    void init()
    {
        m_c = testing::openCounterDb(m_dir, QStringLiteral("phone-gui.db"), &m_cfg);
        QVERIFY(m_c);
        m_acceptance =
            std::make_unique<services::AcceptanceService>(*m_c, m_clock, services::counterContextFrom(m_cfg));
        m_counter = std::make_unique<services::CounterServices>(m_cfg, *m_c, m_clock, false);
        QVERIFY(m_counter->tariffs.ensureTariffs().ok());
        m_postcodes = std::make_unique<services::PostcodeDirectory>(*m_c, m_clock);
        QVERIFY(m_postcodes->ensureSample().ok());
        app::Workstation ws{*m_acceptance, &m_counter->tariffs};
        ws.counter = m_counter.get();
        ws.postcodes = m_postcodes.get();
        m_window = std::make_unique<app::MainWindow>(m_cfg, ws);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Alt+Y is a mnemonic: shortcuts reach only the active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(edit("idEdit")->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_counter.reset();
        m_postcodes.reset();
        m_acceptance.reset();
        m_c.reset();
    }

    void sellsAnItemByPhone()
    {
        fillByPhone(QStringLiteral("8 916 123-45-67"));
        auto* error = find<QLabel>("errorLabel");
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(find<QTableWidget>("basketTable")->rowCount(), 1);
        // The form is ready for the next customer: addressed again.
        QVERIFY(!find<QCheckBox>("byPhoneCheck")->isChecked());
        QVERIFY(edit("toPostcodeEdit")->isEnabled());

        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_1); // cash, the total prefilled
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // 4030, 1 200 g from Moscow by phone, 2026-11-24: the farthest zone (5) 287 + 2 × 48 = 383 ₽,
        // the by_phone fee 50 ₽; VAT 22 % per line: 84,26 + 11 → 528,26 ₽.
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT total_kop FROM receipt")).toLongLong(),
                 qint64(52826));
        const QJsonObject details =
            QJsonDocument::fromJson(
                testing::queryValue(*m_c, QStringLiteral("SELECT details FROM item")).toString().toUtf8())
                .object();
        QCOMPARE(details.value(u"addressing").toString(), QStringLiteral("by_recipient_phone"));
        const QJsonObject recipient = details.value(u"recipient").toObject();
        QCOMPARE(recipient.value(u"name").toString(), QStringLiteral("Петрова Анна"));
        QCOMPARE(recipient.value(u"phone").toString(), QStringLiteral("+79161234567"));
        QVERIFY(recipient.value(u"postcode").toString().isEmpty());
        // The receipt's fee line carries the mark and the masked phone.
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT name FROM receipt_line WHERE line_no = 2"))
                     .toString(),
                 QStringLiteral("Адрес укажет получатель, тел. +7 916 ***-**-67"));
    }

    void refusesALandline()
    {
        fillByPhone(QStringLiteral("+7 495 123-45-67"));
        QCOMPARE(find<QTableWidget>("basketTable")->rowCount(), 0);
        // Said under the form, with what to do; nothing is sold.
        const QString said = find<QLabel>("errorLabel")->text() + u' ' + find<QLabel>("issuesLabel")->text();
        QVERIFY2(said.contains(u"not a mobile number"), qPrintable(said));
        QCOMPARE(testing::queryValue(*m_c, QStringLiteral("SELECT COUNT(*) FROM item")).toLongLong(),
                 qint64(0));
    }
};

QTEST_MAIN(TestPhoneSendGui)
#include "test_phone_send_gui.moc"
