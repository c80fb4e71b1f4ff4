// The cash shift and voids in the main window, by keys and offscreen: with CounterServices asking for
// an open shift, a sale without one is refused in the shift service's words (the basket stays) and
// goes through once a shift is open; the shift panel then shows the float plus the cash taken. A
// sold item is voided from today's operations (Ctrl+Delete): a wrong supervisor password is refused
// and the dialog stays, the right one voids the item, writes the refund receipt and strikes the row.
#include "../CounterGuiFixture.h"
#include "../GuiKeys.h"
#include "AcceptanceScreen.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "ShiftPanel.h"
#include "VoidDialog.h"
#include "domain/Money.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/address/PostcodeDirectory.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pc;

namespace {
QVariant scalar(const db::Connection& c, const QString& sql)
{
    return testing::queryValue(c, sql);
}
} // namespace

class TestShiftSaleGui : public QObject {
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
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { testing::pressKey(m_window.get(), k, m); }
    bool typeInto(const char* name, const QString& text) { return testing::typeIntoFocused(name, text); }

    // F2 (new barcode), 1,2 kg from the scale, the addresses typed, Enter: one item in the basket.
    bool oneItemInBasket()
    {
        key(Qt::Key_F2);
        if (!QTest::qWaitFor([this] { return find<QLineEdit>("weightEdit")->hasFocus(); }, 1000))
            return false;
        m_window->acceptanceScreen()->takeWeight(1200);
        key(Qt::Key_Tab); // weight → product
        key(Qt::Key_Tab); // product → recipient postcode
        if (!typeInto("toPostcodeEdit", QStringLiteral("630099")))
            return false;
        key(Qt::Key_Return);
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
        return find<QTableWidget>("basketTable")->rowCount() == 1;
    }

    // F12, 1 (cash), 5 000 ₽ tendered, Enter.
    bool payCash()
    {
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        if (!QTest::qWaitFor(
                [&] { return (dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible(); },
                2000))
            return false;
        if (!QTest::qWaitFor(
                [&] {
                    return QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget());
                },
                1000))
            return false;
        key(Qt::Key_1);
        if (!typeInto("tenderedEdit", QStringLiteral("5000")))
            return false;
        key(Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 2000))
            return false;
        // Offscreen, the window does not get the activation back from a closed dialog by itself.
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

private slots:
    void initTestCase()
    {
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    }

    void init()
    {
        m_c = testing::openCounterDb(m_dir, QStringLiteral("shift-sale-gui.db"), &m_cfg);
        QVERIFY(m_c);
        m_acceptance =
            std::make_unique<services::AcceptanceService>(*m_c, m_clock, services::counterContextFrom(m_cfg));
        // As the GUI builds it: every sale asks for an open shift.
        m_counter = std::make_unique<services::CounterServices>(
            m_cfg, *m_c, m_clock, true, services::OperatorPolicy{5, 600, services::HashCost::minimal()});
        QVERIFY(m_counter->operators
                    .add({QStringLiteral("clerk"), QStringLiteral("Иванова"), services::Role::Operator,
                          QStringLiteral("c1")})
                    .ok());
        QVERIFY(m_counter->operators
                    .add({QStringLiteral("boss"), QStringLiteral("Петров"), services::Role::Supervisor,
                          QStringLiteral("b1")})
                    .ok());
        QVERIFY(m_counter->tariffs.ensureTariffs().ok());
        m_postcodes = std::make_unique<services::PostcodeDirectory>(*m_c, m_clock);
        QVERIFY(m_postcodes->ensureSample().ok());

        app::Workstation ws{*m_acceptance, &m_counter->tariffs};
        ws.counter = m_counter.get();
        ws.postcodes = m_postcodes.get();
        m_window = std::make_unique<app::MainWindow>(m_cfg, ws);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(find<QLineEdit>("idEdit")->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_counter.reset();
        m_postcodes.reset();
        m_acceptance.reset();
        m_c.reset();
    }

    void saleNeedsAnOpenShift()
    {
        auto* error = find<QLabel>("errorLabel");
        QVERIFY(m_window->shiftPanel());
        QCOMPARE(find<QLabel>("shiftTitle")->text(), QStringLiteral("No open shift"));

        QVERIFY(oneItemInBasket());
        QVERIFY(payCash());
        // Refused with the shift service's own words; nothing sold, the basket stays.
        const auto noShift = m_counter->shifts.requireOpenShift(QStringLiteral("1"));
        QVERIFY(!noShift.ok());
        QCOMPARE(noShift.error().code, QStringLiteral("shift.none"));
        QVERIFY2(error->text().contains(noShift.error().message), qPrintable(error->text()));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")).toInt(), 0);
        QCOMPARE(find<QTableWidget>("basketTable")->rowCount(), 1);

        // The shift opened (float 5 000 ₽): the same basket now sells.
        auto shift = m_counter->shifts.open(QStringLiteral("1"), QStringLiteral("clerk"), 500000);
        QVERIFY(shift.ok());
        m_clock.advanceSecs(60); // reports cover [opened, now): the sale comes after the opening
        QVERIFY(payCash());
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")).toInt(), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT shift_id FROM receipt")).toLongLong(), shift->id);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT operator_id FROM receipt")).toString(),
                 QStringLiteral("clerk"));
        const qint64 total = scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt")).toLongLong();
        QVERIFY(total > 0);

        // The panel (refreshed after each sale and every minute): the float plus the cash sale.
        m_clock.advanceSecs(60);
        m_window->refreshShift();
        QVERIFY(find<QLabel>("shiftTitle")->text().contains(QString::number(shift->id)));
        const QString expected = Money::fromKopecks(500000 + total).format(NumberStyle::Russian);
        QVERIFY2(find<QLabel>("shiftDetails")->text().contains(expected),
                 qPrintable(find<QLabel>("shiftDetails")->text() + QStringLiteral(" / ") + expected));
    }

    void voidFromTodaysOperationsByKeys()
    {
        QVERIFY(m_counter->shifts.open(QStringLiteral("1"), QStringLiteral("clerk"), 500000).ok());
        QVERIFY(oneItemInBasket());
        QVERIFY(payCash());
        const QString itemId = scalar(*m_c, QStringLiteral("SELECT id FROM item")).toString();
        QVERIFY(!itemId.isEmpty());
        auto* today = find<QTableWidget>("todayTable");
        QCOMPARE(today->rowCount(), 1);

        // Click the row, Ctrl+Delete: the void dialog for that item, the cursor in the reason.
        QTest::mouseClick(today->viewport(), Qt::LeftButton, {},
                          today->visualItemRect(today->item(0, 0)).center());
        QTRY_VERIFY(today->hasFocus());
        QCOMPARE(today->currentRow(), 0);
        key(Qt::Key_Delete, Qt::ControlModifier);
        QPointer<app::VoidDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::VoidDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->itemId(), itemId);
        QVERIFY(typeInto("voidReason", QStringLiteral("ошибка оператора")));
        key(Qt::Key_Tab); // → at the sender's request (left unticked: 26.2)
        key(Qt::Key_Tab);
        QVERIFY(typeInto("supervisorId", QStringLiteral("boss")));
        key(Qt::Key_Tab);
        QVERIFY(typeInto("supervisorPassword", QStringLiteral("wrong")));
        key(Qt::Key_Return);

        // Refused: the dialog stays and says why; nothing voided.
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("voidError"))->text().isEmpty());
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT status FROM item")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt WHERE kind = 'refund'")).toInt(),
                 0);

        // The right password (the cursor is back in the emptied password field).
        QVERIFY(typeInto("supervisorPassword", QStringLiteral("b1")));
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT status FROM item")).toString(),
                 QStringLiteral("voided"));
        const qint64 saleTotal =
            scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt WHERE kind = 'sale'")).toLongLong();
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt WHERE kind = 'refund'")).toInt(),
                 1);
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt WHERE kind = 'refund'")).toLongLong(),
            saleTotal);
        const qint64 refundNumber =
            scalar(*m_c, QStringLiteral("SELECT number FROM receipt WHERE kind = 'refund'")).toLongLong();
        QVERIFY(find<QLabel>("saleResultLabel")->text().contains(QString::number(refundNumber)));
        // The row is marked.
        QVERIFY(today->item(0, 0)->font().strikeOut());
        QVERIFY(today->item(0, 0)->text().contains(QStringLiteral("voided")));
        // A voided row cannot be voided twice: no dialog.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::mouseClick(today->viewport(), Qt::LeftButton, {},
                          today->visualItemRect(today->item(0, 0)).center());
        QTRY_VERIFY(today->hasFocus());
        key(Qt::Key_Delete, Qt::ControlModifier);
        QTest::qWait(50);
        QVERIFY(!m_window->findChild<app::VoidDialog*>() ||
                !m_window->findChild<app::VoidDialog*>()->isVisible());
    }
};

QTEST_MAIN(TestShiftSaleGui)
#include "test_shift_sale_gui.moc"
