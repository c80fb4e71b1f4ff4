// The acceptance screen's declarations and business lists by keys, offscreen: the customs lines of an
// international item (F9, Insert, Tab between cells, Delete), the form the rules require and the
// totals; the inventory (F10) summed next to the declared value; a pre-registered item paid on its
// contract with Enter, F12, Enter; a shop's return code on the shop's contract; the list panel (Ctrl+L): list
// mode refuses an item not on the list, closing a list with missing items asks first and shows the Ф.103
// print job.
#include "../CounterGuiFixture.h"
#include "../GuiKeys.h"
#include "AcceptanceScreen.h"
#include "AddressForm.h"
#include "BusinessListPanel.h"
#include "CustomsEditor.h"
#include "InventoryEditor.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "domain/prefill/PrefillPayload.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/address/AddressBook.h"
#include "services/address/PostcodeDirectory.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace pc;

namespace {
QVariant scalar(const db::Connection& c, const QString& sql)
{
    return testing::queryValue(c, sql);
}
} // namespace

class TestDeclarationsGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::AppConfig m_cfg;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<services::CounterServices> m_counter;
    std::unique_ptr<services::PostcodeDirectory> m_postcodes;
    std::unique_ptr<services::AddressBook> m_book;
    std::unique_ptr<services::AcceptanceService> m_acceptance;
    std::unique_ptr<app::MainWindow> m_window;

    template <typename T> T* find(const char* name) { return testing::widgetNamed<T>(m_window.get(), name); }
    QLineEdit* edit(const char* name) { return find<QLineEdit>(name); }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { testing::pressKey(m_window.get(), k, m); }
    // One key event per character into whatever has the focus (a cell editor, a field).
    void type(const QString& text) { testing::typeText(nullptr, text); }
    // Enter in a cell editor commits it; the item view does that from the event loop.
    void commitCell()
    {
        key(Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    void chooseProduct(int object)
    {
        auto* product = find<QComboBox>("productCombo");
        const int i = product->findData(object);
        QVERIFY(i >= 0);
        product->setCurrentIndex(i);
    }
    QString issues() { return find<QLabel>("issuesLabel")->text(); }
    static acceptance::Address sender()
    {
        acceptance::Address a;
        a.name = QStringLiteral("Орлов Павел");
        a.postcode = QStringLiteral("101000");
        return a;
    }
    Result<services::ImportReport> importList()
    {
        return m_counter->lists.importFile(
            QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-20.json"),
            {QStringLiteral("ООО «Книжный двор»"), {}, QStringLiteral("Д-1")});
    }
    // Answers the next message box with Yes while it is open; counts how often it was asked.
    void answerYes(QTimer& timer, int& asked)
    {
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++asked;
            box->button(QMessageBox::Yes)->click();
        });
        timer.start();
    }

private slots:
    void initTestCase()
    {
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    }

    void init()
    {
        m_c = testing::openCounterDb(m_dir, QStringLiteral("declarations-gui.db"), &m_cfg);
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
        m_book = std::make_unique<services::AddressBook>(*m_c, m_clock);
        ws.addressBook = m_book.get();
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
        m_book.reset();
        m_acceptance.reset();
        m_c.reset();
    }

    // A customer's QR code (docs/prefill-qr.md) scanned at the window fills the form; the barcode and
    // the weight stay the counter's. A stale or damaged code is refused with its reason, form untouched.
    void prefilledQrFillsTheForm()
    {
        acceptance::Shipment s;
        s.object = 4040;
        s.declaredValueKop = 300000;
        s.codKop = 250000;
        s.services = {4};
        s.recipient.name = QStringLiteral("Иванова Анна Сергеевна");
        s.recipient.postcode = QStringLiteral("190000");
        s.recipient.place = QStringLiteral("Санкт-Петербург");
        s.recipient.street = QStringLiteral("Невский проспект");
        s.recipient.house = QStringLiteral("28");
        s.sender = sender();
        const QDate today = m_clock.nowUtc().date(); // the counter's date, not the PC's
        const QString payload = *prefill::makePrefillPayload(s, today, today.addDays(5));
        m_window->acceptanceScreen()->takeScan(payload);
        QCOMPARE(find<QComboBox>("productCombo")->currentData().toInt(), 4040);
        QCOMPARE(edit("toNameEdit")->text(), QStringLiteral("Иванова Анна Сергеевна"));
        QCOMPARE(edit("toPostcodeEdit")->text(), QStringLiteral("190000"));
        QCOMPARE(edit("declaredEdit")->text().remove(QRegularExpression(QStringLiteral("\\D"))),
                 QStringLiteral("300000"));
        QCOMPARE(edit("codEdit")->text().remove(QRegularExpression(QStringLiteral("\\D"))),
                 QStringLiteral("250000"));
        QVERIFY(edit("weightEdit")->text().isEmpty());
        QVERIFY(edit("idEdit")->text().isEmpty());
        QTRY_VERIFY(edit("idEdit")->hasFocus()); // the barcode comes next
        QVERIFY(
            find<QLabel>("saleResultLabel")->text().contains(today.toString(QStringLiteral("dd.MM.yyyy"))));

        const QString stale = *prefill::makePrefillPayload(s, today.addDays(-10), today.addDays(-1));
        m_window->acceptanceScreen()->takeScan(stale);
        QVERIFY2(find<QLabel>("errorLabel")
                     ->text()
                     .contains(today.addDays(-1).toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        QCOMPARE(edit("toNameEdit")->text(), QStringLiteral("Иванова Анна Сергеевна")); // untouched
        QString damaged = payload;
        damaged[10] = damaged[10] == u'A' ? u'B' : u'A';
        m_window->acceptanceScreen()->takeScan(damaged);
        QVERIFY(!find<QLabel>("errorLabel")->text().isEmpty());
        QCOMPARE(edit("toNameEdit")->text(), QStringLiteral("Иванова Анна Сергеевна"));
    }

    // An online shop's return code typed into the barcode field (docs/easy-return.md): the shop becomes
    // the recipient, and F12, Enter pays on the shop's contract.
    void shopReturnOnContract()
    {
        auto imported =
            m_counter->returns.importFile(QStringLiteral(PC_TEST_DATA_DIR "/returns/shop-returns.json"));
        QVERIFY(imported);
        QCOMPARE(imported->imported, 3);
        edit("idEdit")->setFocus();
        type(QStringLiteral("RV1000000016"));
        key(Qt::Key_Return);
        QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        QCOMPARE(edit("toPostcodeEdit")->text(), QStringLiteral("140961"));
        QCOMPARE(edit("toNameEdit")->text(), QStringLiteral("ООО «Книжный двор», склад возвратов"));
        QVERIFY(find<QLabel>("saleResultLabel")->text().contains(QStringLiteral("ЛВ-2026/15")));
        QTRY_VERIFY(edit("idEdit")->hasFocus());

        auto* form = find<app::AddressForm>("addressForm");
        form->setAddresses(form->recipient(), sender());
        m_window->acceptanceScreen()->takeScan(QStringLiteral("12345601123457"));
        m_window->acceptanceScreen()->takeWeight(1200);
        edit("weightEdit")->setFocus();
        key(Qt::Key_Return); // to the basket
        QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_Return); // on the shop's contract
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT method || ' ' || contract FROM receipt")).toString(),
                 QStringLiteral("contract ЛВ-2026/15"));
        QCOMPARE(scalar(*m_c, QStringLiteral(
                                  "SELECT item_id FROM return_authorization WHERE code = 'RV1000000016'"))
                     .toString(),
                 QStringLiteral("12345601123457"));

        // The code is spent: scanning it again says for which item.
        m_window->acceptanceScreen()->takeScan(QStringLiteral("RV1000000016"));
        QVERIFY2(find<QLabel>("errorLabel")->text().contains(QStringLiteral("12345601123457")),
                 qPrintable(find<QLabel>("errorLabel")->text()));
    }

    void customsLinesByKeys()
    {
        auto* customs = find<app::CustomsEditor>("customsEditor");
        QVERIFY(!customs->isVisible()); // the domestic parcel needs none
        chooseProduct(5001);            // international small packet
        QTRY_VERIFY(customs->isVisible());
        acceptance::Address to;
        to.country = QStringLiteral("DE");
        to.name = QStringLiteral("Anna Schmidt");
        to.postcode = QStringLiteral("10115");
        to.place = QStringLiteral("Berlin");
        to.street = QStringLiteral("Invalidenstraße");
        to.house = QStringLiteral("117");
        find<app::AddressForm>("addressForm")->setAddresses(to, sender());
        m_window->acceptanceScreen()->takeScan(QStringLiteral("12345601123457"));
        m_window->acceptanceScreen()->takeWeight(500);
        // Nothing declared yet: the rules ask for the CN 22 of a small packet.
        QVERIFY2(issues().contains(QStringLiteral("CN 22")), qPrintable(issues()));

        key(Qt::Key_F9); // the first line, its description being edited
        auto* table = find<QTableWidget>("customsLinesTable");
        QCOMPARE(table->rowCount(), 1);
        QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
        type(QStringLiteral("Книга"));
        key(Qt::Key_Tab);
        type(QStringLiteral("2")); // replaces the preset 1
        key(Qt::Key_Tab);
        type(QStringLiteral("300"));
        key(Qt::Key_Tab);
        type(QStringLiteral("25"));
        key(Qt::Key_Tab);
        type(QStringLiteral("490199"));
        key(Qt::Key_Tab); // origin keeps its default, RU
        commitCell();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Книга"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("RU"));
        // 25 RUB = 25 / 115 SDR: far below 300 SDR, a CN 22; 300 g net of the 500 g item.
        QCOMPARE(find<QLabel>("customsFormLabel")->text(), tr("Form: CN 22"));
        QVERIFY2(find<QLabel>("customsTotalsLabel")->text().contains(QStringLiteral("300 g of 500 g")),
                 qPrintable(find<QLabel>("customsTotalsLabel")->text()));
        QVERIFY2(issues().isEmpty(), qPrintable(issues()));

        // 25 USD is still a CN 22; 400 USD × 90 ₽ = 36 000 ₽ = 313 SDR > 300: a CN 23.
        find<QComboBox>("customsCurrencyCombo")->setCurrentText(QStringLiteral("USD"));
        QCOMPARE(find<QLabel>("customsFormLabel")->text(), tr("Form: CN 22"));
        table->setCurrentCell(0, 3);
        QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("400"));
        commitCell();
        QCOMPARE(find<QLabel>("customsFormLabel")->text(), tr("Form: CN 23"));

        // Insert adds a second line; Delete in the table takes it out again.
        key(Qt::Key_Insert);
        QCOMPARE(table->rowCount(), 2);
        key(Qt::Key_Escape); // the cell editor closes, the table keeps the focus
        QTRY_VERIFY(table->hasFocus());
        key(Qt::Key_Delete);
        QCOMPARE(table->rowCount(), 1);

        // The item goes in the basket and is sold with its declaration.
        find<QPushButton>("acceptButton")->click();
        QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        QCOMPARE(find<QTableWidget>("basketTable")->rowCount(), 1);
        QCOMPARE(table->rowCount(), 0); // cleared for the next item
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(dialog->choice().method, acceptance::PaymentMethod::Cash); // no contract preset
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const QString details = scalar(*m_c, QStringLiteral("SELECT details FROM item")).toString();
        QVERIFY2(details.contains(QStringLiteral("490199")), qPrintable(details));
        // The sender of the sale is remembered for next time.
        auto recent = m_book->recent(5);
        QVERIFY(recent && !recent->isEmpty());
        QCOMPARE(recent->first().address.name, sender().name);
    }

    void senderPickedFromTheAddressBook()
    {
        acceptance::Address regular;
        regular.name = QStringLiteral("Кузнецова Мария");
        regular.postcode = QStringLiteral("630099");
        regular.place = QStringLiteral("Новосибирск");
        regular.street = QStringLiteral("ул. Ленина");
        regular.house = QStringLiteral("5");
        regular.phone = QStringLiteral("+79131234567");
        QVERIFY(m_book->remember(regular));
        auto* name = edit("fromNameEdit");
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        type(QStringLiteral("Кузн"));
        QCompleter* completer = name->findChild<QCompleter*>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->rowCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(name->text(), regular.name);
        QCOMPARE(edit("fromPostcodeEdit")->text(), regular.postcode);
        QCOMPARE(edit("fromStreetEdit")->text(), regular.street);
        QCOMPARE(edit("fromPhoneEdit")->text(), regular.phone);
    }

    void inventorySumNextToDeclaredValue()
    {
        chooseProduct(4020); // parcel with declared value: offers service 23
        auto* inventory = find<app::InventoryEditor>("inventoryEditor");
        QVERIFY(!inventory->isVisible());
        QCheckBox* service23 = nullptr;
        for (QCheckBox* c : m_window->findChildren<QCheckBox*>())
            if (c->property("serviceCode").toInt() == 23)
                service23 = c;
        QVERIFY(service23);
        service23->setChecked(true);
        QTRY_VERIFY(inventory->isVisible());
        m_window->acceptanceScreen()->takeWeight(1000);
        edit("declaredEdit")->setText(QStringLiteral("1000"));

        key(Qt::Key_F10);
        auto* table = find<QTableWidget>("inventoryLinesTable");
        QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
        type(QStringLiteral("Книги"));
        key(Qt::Key_Tab);
        type(QStringLiteral("2"));
        key(Qt::Key_Tab);
        type(QStringLiteral("600"));
        commitCell();
        key(Qt::Key_Insert);
        QCOMPARE(table->rowCount(), 2);
        type(QStringLiteral("Журналы"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab); // quantity stays 1
        type(QStringLiteral("300"));
        commitCell();
        // 600 + 300 = 900 ₽ against 1 000 ₽ declared: the rules flag the difference.
        QCOMPARE(inventory->sumKop(), 90000);
        auto* sum = find<QLabel>("inventorySumLabel");
        QVERIFY(sum->isVisible());
        QVERIFY(sum->text().contains(QStringLiteral("900")));
        acceptance::Shipment s;
        s.object = 4020;
        s.declaredValueKop = 100000;
        s.services = {23};
        s.inventory = {{QStringLiteral("Книги"), 2, 60000}, {QStringLiteral("Журналы"), 1, 30000}};
        QString mismatch;
        for (const auto& i : acceptance::checkShipment(s, m_counter->sales.rules()))
            if (i.code == QLatin1String("inventory.sum_mismatch"))
                mismatch = i.message;
        QVERIFY(!mismatch.isEmpty());
        QVERIFY2(issues().contains(mismatch), qPrintable(issues()));

        // 300 → 400: 600 + 400 = 1 000 ₽, the sum agrees.
        table->setCurrentCell(1, 2);
        QTRY_VERIFY(QApplication::focusWidget() && table->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("400"));
        commitCell();
        QCOMPARE(inventory->sumKop(), 100000);
        QVERIFY2(!issues().contains(mismatch), qPrintable(issues()));

        service23->setChecked(false);
        QTRY_VERIFY(!inventory->isVisible());
        QVERIFY(!sum->isVisible());
    }

    void preRegisteredItemPaysOnItsContractInThreeKeys()
    {
        auto report = importList();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        const QString barcode = m_counter->lists.missing(report->listId)->first();
        auto registered = m_counter->lists.scan(barcode, report->listId);
        QVERIFY(registered);

        auto* screen = m_window->acceptanceScreen();
        screen->takeScan(barcode);
        QTRY_VERIFY(edit("weightEdit")->hasFocus());
        screen->takeWeight(registered->shipment.weightG); // a stable weight, as declared
        key(Qt::Key_Return);                              // 1: to the basket
        QCOMPARE(find<QTableWidget>("basketTable")->rowCount(), 1);
        key(Qt::Key_F12); // 2: pay
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(dialog->choice().method, acceptance::PaymentMethod::Contract);
        QCOMPARE(dialog->contract(), QStringLiteral("Д-1"));
        key(Qt::Key_Return); // 3: on the contract
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT method FROM receipt")).toString(),
                 QStringLiteral("contract"));
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT contract FROM receipt")).toString(),
                 QStringLiteral("Д-1"));
    }

    void listPanelRefusesOtherItemsAndClosesWithF103()
    {
        auto report = importList();
        QVERIFY(report && report->imported > 0);

        key(Qt::Key_L, Qt::ControlModifier);
        QPointer<app::BusinessListPanel> panel;
        QTRY_VERIFY((panel = m_window->findChild<app::BusinessListPanel*>()) && panel->isVisible());
        auto* lists = panel->findChild<QTableWidget*>(QStringLiteral("businessListsTable"));
        QCOMPARE(lists->rowCount(), 1);
        QCOMPARE(lists->item(0, 3)->text(), tr("%1 of %2").arg(0).arg(report->imported));
        // Nothing presented yet: every imported item is missing.
        QCOMPARE(panel->findChild<QListWidget*>(QStringLiteral("missingList"))->count(), report->imported);
        QTRY_VERIFY(QApplication::focusWidget() && panel->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_Return); // scan this list
        QTRY_VERIFY(!panel || !panel->isVisible());
        QTRY_VERIFY(find<QLabel>("listModeLabel")->isVisible());
        m_window->activateWindow(); // the offscreen platform gives activation back only when asked
        QTRY_VERIFY(m_window->isActiveWindow());

        // An ordinary item (valid barcode, on no list) is refused in list mode with the list's reason.
        const QString other = QStringLiteral("12345601123457");
        auto refusal = m_counter->lists.scan(other, report->listId);
        QVERIFY(!refusal);
        QCOMPARE(refusal.error().code, QStringLiteral("business.not_on_list"));
        m_window->acceptanceScreen()->takeScan(other);
        QCOMPARE(find<QLabel>("errorLabel")->text(), refusal.error().message);
        // An item of the list fills the form as usual.
        const QString onList = m_counter->lists.missing(report->listId)->first();
        m_window->acceptanceScreen()->takeScan(onList);
        QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(),
                 qPrintable(find<QLabel>("errorLabel")->text()));
        QTRY_VERIFY(edit("weightEdit")->hasFocus());

        key(Qt::Key_Return); // the declared weight stands: to the basket
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_Return); // on the list's contract
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")).toInt(), 1);

        // Close the list with the rest missing: asked once, then the Ф.103 print job is shown.
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        key(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY((panel = m_window->findChild<app::BusinessListPanel*>()) && panel->isVisible());
        lists = panel->findChild<QTableWidget*>(QStringLiteral("businessListsTable"));
        QCOMPARE(lists->item(0, 3)->text(), tr("%1 of %2").arg(1).arg(report->imported));
        QCOMPARE(panel->findChild<QListWidget*>(QStringLiteral("missingList"))->count(),
                 report->imported - 1);
        QTimer timer;
        int asked = 0;
        answerYes(timer, asked);
        panel->findChild<QPushButton*>(QStringLiteral("closeListButton"))->click();
        timer.stop();
        QCOMPARE(asked, 1);
        auto progress = m_counter->lists.progress(report->listId);
        QVERIFY(progress);
        QCOMPARE(progress->state, QStringLiteral("closed"));
        const qint64 job =
            scalar(*m_c, QStringLiteral("SELECT MAX(id) FROM print_job")).toLongLong(); // the last job queued
        QVERIFY(job > 0);
        QVERIFY2(panel->findChild<QLabel*>(QStringLiteral("listResultLabel"))
                     ->text()
                     .contains(QString::number(job)),
                 qPrintable(panel->findChild<QLabel*>(QStringLiteral("listResultLabel"))->text()));
        QCOMPARE(lists->rowCount(), 0); // no open lists left
        panel->reject();
        QTRY_VERIFY(!panel);
        QVERIFY(!find<QLabel>("listModeLabel")->isVisible()); // list mode ended with the list
    }
};

QTEST_MAIN(TestDeclarationsGui)
#include "test_declarations_gui.moc"
