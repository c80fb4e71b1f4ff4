// A whole sale at the counter by keys only, offscreen: F2 for a new barcode and a typed one, weights
// from the scale, the recipient's postcode looked up in the directory, the addresses typed, Enter puts
// each item in the basket, F12 pays cash with more than the total; the receipt, its change and the
// print jobs land in the database. Also: the sale is refused with the payment dialog's rule on too
// little cash, Esc in the basket removes an item.
#include "../CounterGuiFixture.h"
#include "../GuiKeys.h"
#include "AcceptanceScreen.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"
#include "services/address/PostcodeDirectory.h"

#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace pc;

namespace {
qint64 scalar(const db::Connection& c, const QString& sql)
{
    const QVariant v = testing::queryValue(c, sql);
    return v.isValid() ? v.toLongLong() : -1;
}
} // namespace

class TestSaleGui : public QObject {
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
    bool typeInto(const char* name, const QString& text) { return testing::typeIntoFocused(name, text); }
    void key(Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); }

    // The item the test expects the form to build (the same addresses it types).
    static acceptance::Shipment expectedItem(const QString& barcode, qint64 grams)
    {
        acceptance::Shipment s;
        s.barcode = barcode;
        s.object = 4030;
        s.weightG = grams;
        s.recipient.postcode = QStringLiteral("630099");
        s.recipient.name = QStringLiteral("Смирнова Екатерина");
        s.recipient.region = QStringLiteral("Новосибирская область"); // from the directory
        s.recipient.place = QStringLiteral("Новосибирск");
        s.recipient.street = QStringLiteral("ул. Ленина");
        s.recipient.house = QStringLiteral("45");
        s.sender.name = QStringLiteral("Орлов Павел");
        s.sender.postcode = QStringLiteral("101000");
        return s;
    }

    // Recipient postcode (looked up), name, street, house; Tab down to the sender; name, postcode;
    // Enter puts the item in the basket.
    bool fillAddressesAndEnter()
    {
        key(Qt::Key_Tab); // weight → product
        key(Qt::Key_Tab); // product → recipient postcode (the country is for abroad only)
        if (!typeInto("toPostcodeEdit", QStringLiteral("630099")))
            return false;
        key(Qt::Key_Return); // leaves the postcode: looked up, on to the name
        if (!typeInto("toNameEdit", QStringLiteral("Смирнова Екатерина")))
            return false;
        key(Qt::Key_Tab);
        if (!typeInto("toStreetEdit", QStringLiteral("ул. Ленина")))
            return false;
        key(Qt::Key_Tab);
        if (!typeInto("toHouseEdit", QStringLiteral("45")))
            return false;
        for (int i = 0; i < 5; ++i) // room, phone, region, settlement → sender name
            key(Qt::Key_Tab);
        if (!typeInto("fromNameEdit", QStringLiteral("Орлов Павел")))
            return false;
        key(Qt::Key_Tab);
        if (!typeInto("fromPostcodeEdit", QStringLiteral("101000")))
            return false;
        key(Qt::Key_Return);
        return true;
    }

private slots:
    void initTestCase()
    {
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    }

    void init()
    {
        m_c = testing::openCounterDb(m_dir, QStringLiteral("sale-gui.db"), &m_cfg);
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

    void wholeSaleByKeys()
    {
        auto* screen = m_window->acceptanceScreen();
        auto* basket = find<QTableWidget>("basketTable");
        auto* error = find<QLabel>("errorLabel");

        // Item 1: a new barcode allocated at commit (F2), 1,2 kg from the scale.
        key(Qt::Key_F2);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        screen->takeWeight(1200);
        QVERIFY(fillAddressesAndEnter());
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(basket->rowCount(), 1);
        QCOMPARE(basket->item(0, 0)->text(), tr("new"));
        // The postcode was looked up: region and settlement come from the directory.
        QCOMPARE(edit("toPostcodeEdit")->text(), QString()); // the form is cleared for the next item
        QTRY_VERIFY(edit("idEdit")->hasFocus());

        // Item 2: a typed barcode, 500 g.
        QVERIFY(typeInto("idEdit", QStringLiteral("12345601123457")));
        key(Qt::Key_Return);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        screen->takeWeight(500);
        QVERIFY(fillAddressesAndEnter());
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(basket->rowCount(), 2);
        QCOMPARE(basket->item(1, 0)->text(), QStringLiteral("12345601123457"));

        // The total is what the sale service prices the two items at, each priced independently by
        // the tariff for a 4030 parcel Moscow → Novosibirsk.
        const qint64 p1 = m_counter->sales.check(expectedItem(QString(), 1200)).price.quote.totalKop;
        const qint64 p2 =
            m_counter->sales.check(expectedItem(QStringLiteral("12345601123457"), 500)).price.quote.totalKop;
        const auto q1 = m_counter->tariffs.quote({4030,
                                                  QStringLiteral("101000"),
                                                  QStringLiteral("630099"),
                                                  QString(),
                                                  1200,
                                                  {},
                                                  0,
                                                  0,
                                                  {},
                                                  QDate()});
        QVERIFY(q1.ok());
        QCOMPARE(p1, q1.quote.totalKop);
        QVERIFY(p1 > 0 && p2 > 0);
        const qint64 total = p1 + p2;

        // F12: pay cash, 1 000 ₽ more than the next whole thousand.
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog; // deletes itself when closed
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        const qint64 tenderedRub = (total / 100 / 1000 + 2) * 1000;
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_1); // cash: on to the amount, prefilled with the total and selected
        QTRY_VERIFY(QApplication::focusWidget() ==
                    dialog->findChild<QLineEdit*>(QStringLiteral("tenderedEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QString::number(tenderedRub));
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(basket->rowCount(), 0);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt")), total);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT tendered_kop FROM receipt")), tenderedRub * 100);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT change_kop FROM receipt")), tenderedRub * 100 - total);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM item")), 2);
        // Two labels and the receipt at least.
        QVERIFY(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM print_job")) >= 3);
        QVERIFY(find<QLabel>("saleResultLabel")->text().contains(QStringLiteral("1")));
        QCOMPARE(find<QTableWidget>("todayTable")->rowCount(), 2);
    }

    void cardIsChargedWhileTheWindowStaysResponsive()
    {
        // The simulated terminal takes its time (progress steps); the GUI keeps processing events.
        auto card = services::CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
        QVERIFY(card.ok());
        (*card)->simulator()->setStepDelayMs(150);
        m_counter->setPaymentTerminal((*card)->terminal(), 10000);
        auto* screen = m_window->acceptanceScreen();
        key(Qt::Key_F2);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        screen->takeWeight(800);
        QVERIFY(fillAddressesAndEnter());
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_2); // card
        key(Qt::Key_Return);
        // While the terminal works, the "follow the terminal" dialog is up and events are processed.
        QTRY_VERIFY(m_window->findChild<QProgressDialog*>(QStringLiteral("cardProgress")));
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(20);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt WHERE method = 'card'")), qint64(1),
            10000);
        QVERIFY(ticks > 5); // the event loop ran while the card was charged (3 steps × 150 ms)
        QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        QCOMPARE(find<QTableWidget>("basketTable")->rowCount(), 0);
        m_counter->setPaymentTerminal(nullptr);
    }

    void tooLittleCashIsRefusedAndEscRemovesFromBasket()
    {
        auto* screen = m_window->acceptanceScreen();
        auto* basket = find<QTableWidget>("basketTable");
        key(Qt::Key_F2);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        screen->takeWeight(1000);
        QVERIFY(fillAddressesAndEnter());
        QCOMPARE(basket->rowCount(), 1);

        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog; // deletes itself when closed
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_1);
        QTRY_VERIFY(QApplication::focusWidget() ==
                    dialog->findChild<QLineEdit*>(QStringLiteral("tenderedEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1"));
        key(Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // refused: 1 ₽ is less than the total, with the payment rule's words
        const qint64 total = m_counter->sales.check(expectedItem(QString(), 1000)).price.quote.totalKop;
        const auto refusal = acceptance::tenderCash(total, 100);
        QVERIFY(!refusal.ok());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("paymentErrorLabel"))->text(),
                 refusal.error().message);
        key(Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 0);
        QCOMPARE(basket->rowCount(), 1); // the basket stays

        m_window->activateWindow(); // the offscreen platform gives activation back only when asked
        QTRY_VERIFY(m_window->isActiveWindow());
        basket->setFocus();
        basket->selectRow(0);
        QTRY_VERIFY(basket->hasFocus());
        key(Qt::Key_Escape);
        QCOMPARE(basket->rowCount(), 0);
    }

    void poBoxAddressNeedsTheBoxNumberNotAStreet()
    {
        auto* screen = m_window->acceptanceScreen();
        key(Qt::Key_F2);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        screen->takeWeight(700);
        edit("toPostcodeEdit")->setText(QStringLiteral("630099"));
        edit("toNameEdit")->setText(QStringLiteral("Смирнова Екатерина"));
        edit("fromNameEdit")->setText(QStringLiteral("Орлов Павел"));
        edit("fromPostcodeEdit")->setText(QStringLiteral("101000"));
        auto* issues = find<QLabel>("issuesLabel");
        // A street address without a street is refused by the rules…
        QTRY_VERIFY(!issues->text().isEmpty());
        // …a P.O. box needs its number instead (Alt+V picks the delivery type from the keyboard).
        auto* type = m_window->findChild<QComboBox*>(QStringLiteral("toTypeCombo"));
        QVERIFY(type);
        type->setCurrentIndex(type->findData(int(acceptance::AddressType::PoBox)));
        QCOMPARE(type->currentIndex(), 1);
        QTRY_VERIFY2(issues->text().contains(QStringLiteral("box number")), qPrintable(issues->text()));
        edit("toRoomEdit")->setText(QStringLiteral("12"));
        QTRY_VERIFY2(issues->text().isEmpty(), qPrintable(issues->text()));
    }

    void businessListScanFillsTheFormAndASecondScanIsRefused()
    {
        auto report =
            m_counter->lists.importFile(QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-20.json"),
                                        {QStringLiteral("ООО «Книжный двор»"), {}, QStringLiteral("Д-1")});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        auto missing = m_counter->lists.missing(report->listId);
        QVERIFY(missing && !missing->isEmpty());
        const QString barcode = missing->first();
        auto registered = m_counter->lists.scan(barcode, report->listId);
        QVERIFY(registered);
        const acceptance::Shipment& s = registered->shipment;

        auto* screen = m_window->acceptanceScreen();
        screen->takeScan(barcode);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        QCOMPARE(edit("toNameEdit")->text(), s.recipient.name);
        QCOMPARE(edit("toPostcodeEdit")->text(), s.recipient.postcode);
        QCOMPARE(edit("fromNameEdit")->text(), s.sender.name);
        QCOMPARE(edit("weightEdit")->text(), QString::number(s.weightG));
        key(Qt::Key_Return); // the clerk checked the weight
        auto* error = find<QLabel>("errorLabel");
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        auto* basket = find<QTableWidget>("basketTable");
        QCOMPARE(basket->rowCount(), 1);
        QCOMPARE(basket->item(0, 0)->text(), barcode);

        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_3); // contract: on to its number
        auto* contract = dialog->findChild<QLineEdit*>(QStringLiteral("contractEdit"));
        QTRY_VERIFY(QApplication::focusWidget() == contract);
        for (QChar ch : QStringLiteral("Д-1"))
            QTest::sendKeyEvent(QTest::Click, contract, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt WHERE method = 'contract'")), 1);
        QCOMPARE(basket->rowCount(), 0);

        // The same item again: refused with the list's reason, nothing goes in the basket.
        auto again = m_counter->lists.lookup(barcode);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("business.already_scanned"));
        screen->takeScan(barcode);
        QCOMPARE(error->text(), again.error().message);
        QCOMPARE(basket->rowCount(), 0);
        m_window->activateWindow(); // the offscreen platform gives activation back only when asked
        QTRY_VERIFY(edit("idEdit")->hasFocus());
    }

    void weightMismatchIsConfirmedByTheClerk()
    {
        auto report =
            m_counter->lists.importFile(QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-20.json"),
                                        {QStringLiteral("ООО «Книжный двор»"), {}, QStringLiteral("Д-1")});
        QVERIFY(report);
        const QString barcode = m_counter->lists.missing(report->listId)->first();
        auto registered = m_counter->lists.scan(barcode, report->listId);
        QVERIFY(registered && registered->shipment.weightG > 0);
        // Twice the declared weight: well beyond max(20 g, 5 %).
        const qint64 measured = registered->shipment.weightG * 2 + 100;

        auto* screen = m_window->acceptanceScreen();
        screen->takeScan(barcode);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        screen->takeWeight(measured);
        QVERIFY(!find<QLabel>("issuesLabel")->text().isEmpty()); // the flag is shown before the basket
        key(Qt::Key_Return);
        QCOMPARE(find<QTableWidget>("basketTable")->rowCount(), 1);

        // The clerk is asked once and says yes; the answer comes from a timer while the box is open.
        int asked = 0;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++asked;
            box->button(QMessageBox::Yes)->click();
        });
        answer.start();
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_3);
        for (QChar ch : QStringLiteral("Д-1"))
            QTest::sendKeyEvent(QTest::Click, dialog->findChild<QLineEdit*>(QStringLiteral("contractEdit")),
                                Qt::Key_unknown, QString(ch), Qt::NoModifier);
        key(Qt::Key_Return);
        QTRY_VERIFY2(
            !dialog || !dialog->isVisible(),
            qPrintable(dialog ? dialog->findChild<QLabel*>(QStringLiteral("paymentErrorLabel"))->text() +
                                    QStringLiteral(" | focus: ") +
                                    (QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                                 : QStringLiteral("none"))
                              : QString()));
        QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 1);
        answer.stop();
        QCOMPARE(asked, 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT weight_g FROM item WHERE id = '%1'").arg(barcode)),
                 measured);
    }
};

QTEST_MAIN(TestSaleGui)
#include "test_sale_gui.moc"
