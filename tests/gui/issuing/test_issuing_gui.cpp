// The issuing screen in the main window by keys only, offscreen, against a scratch database: an item
// scanned in on the storage screen and a cash-on-delivery item for the same phone are found by the
// phone on the issuing screen, the recipient shows a passport, pays cash and takes both; a hand-over
// by SMS code through the simulated gateway (one wrong code first); a representative with a power of
// attorney paying the COD by card on the simulated terminal; a refusal (3.4) and a failed
// attempt (12.x). With PC_SCREENSHOT_DIR set, the screens are saved as issuing.png and storage.png.
// Amounts are worked out by hand from DOMAIN.md §2 (COD fee up to 1 000 ₽: 80 ₽ + 5 %).
#include "../CounterGuiFixture.h"
#include "../GuiKeys.h"
#include "IdentificationPanel.h"
#include "IssuingDesk.h"
#include "IssuingScreen.h"
#include "MainWindow.h"
#include "PaymentDialog.h"
#include "StorageScreen.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pc;

namespace {
// S10 identifiers with check digits computed by hand (weights 8 6 4 2 3 5 9 7, 11 − sum mod 11).
const QString kParcel = QStringLiteral("CA876543216RU"); // scanned in on the storage screen, P-21
const QString kCod = QStringLiteral("CA111111115RU");    // 1 000 ₽ cash on delivery, P-11
const QString kSms = QStringLiteral("CA222222225RU");
const QString kRefused = QStringLiteral("RA123456785RU");

qint64 scalar(const db::Connection& c, const QString& sql)
{
    const QVariant v = testing::queryValue(c, sql);
    return v.isValid() ? v.toLongLong() : -1;
}
QString digits(const QString& s)
{
    QString d;
    for (QChar c : s)
        if (c.isDigit())
            d += c;
    return d;
}
} // namespace

class TestIssuingGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::AppConfig m_cfg;
    // Tuesday 24 November 2026, 11:00 in Moscow.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<services::CounterServices> m_counter;
    std::unique_ptr<services::AcceptanceService> m_acceptance;
    std::unique_ptr<app::IssuingDesk> m_desk;
    std::unique_ptr<app::MainWindow> m_window;

    template <typename T> T* find(const char* name) { return testing::widgetNamed<T>(m_window.get(), name); }
    QLineEdit* edit(const char* name) { return find<QLineEdit>(name); }
    bool typeInto(const char* name, const QString& text) { return testing::typeIntoFocused(name, text); }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { testing::pressKey(m_window.get(), k, m); }
    QString message() { return find<QLabel>("issueMessageLabel")->text(); }
    QString state(const QString& id)
    {
        return testing::queryValue(
                   *m_c, QStringLiteral("SELECT state FROM stored_item WHERE item_id = '%1'").arg(id))
            .toString();
    }
    qint64 operations(const QString& id, int type, int attr)
    {
        return scalar(*m_c,
                      QStringLiteral("SELECT COUNT(*) FROM operation WHERE item_id = '%1' AND op_type = %2 "
                                     "AND op_attr = %3")
                          .arg(id)
                          .arg(type)
                          .arg(attr));
    }
    void arrive(const QString& id, const QString& name, const QString& phone, qint64 codKop = 0)
    {
        services::ArrivalRequest r;
        r.barcode = id;
        r.weightG = 800;
        r.recipientName = name;
        r.recipientPhone = phone;
        r.codKop = codKop;
        auto done = m_desk->arrival.arrive(r);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    }
    // F4 and a search typed into the find field, as the clerk does.
    bool findOnIssuing(const QString& text)
    {
        key(Qt::Key_F4);
        key(Qt::Key_F2);
        if (!typeInto("issueFindEdit", text))
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
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        QDir(m_dir.filePath(QStringLiteral("sms-spool"))).removeRecursively();
        m_c = testing::openCounterDb(m_dir, QStringLiteral("issuing-gui.db"), &m_cfg);
        QVERIFY(m_c);
        m_cfg.databasePath = m_dir.filePath(QStringLiteral("issuing-gui.db"));
        m_cfg.configPath = m_dir.filePath(QStringLiteral("counter.ini"));
        QFile ini(m_cfg.configPath);
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ini.write("[sms]\ngateway=sim\n"); // the simulated gateway: messages land in sms-spool
        ini.close();
        m_acceptance =
            std::make_unique<services::AcceptanceService>(*m_c, m_clock, services::counterContextFrom(m_cfg));
        m_counter = std::make_unique<services::CounterServices>(m_cfg, *m_c, m_clock, false);
        m_desk = std::make_unique<app::IssuingDesk>(m_cfg, *m_c, m_clock, *m_counter);
        QVERIFY2(m_desk->problem.isEmpty(), qPrintable(m_desk->problem));

        app::Workstation ws{*m_acceptance, nullptr};
        ws.counter = m_counter.get();
        ws.issuing = m_desk.get();
        m_window = std::make_unique<app::MainWindow>(m_cfg, ws);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->issuingScreen() && m_window->storageScreen());
    }

    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_counter.reset();
        m_acceptance.reset();
        m_c.reset();
    }

    void arriveThenHandOverByPassportForCash()
    {
        // Storage screen (Shift+F4): scan, weigh, name, phone, Enter.
        key(Qt::Key_F4, Qt::ShiftModifier);
        QVERIFY(typeInto("arrivalScanEdit", kParcel));
        key(Qt::Key_Tab);
        QVERIFY(typeInto("arrivalWeightEdit", QStringLiteral("2500")));
        key(Qt::Key_Tab);
        QVERIFY(typeInto("arrivalNameEdit", QStringLiteral("Смирнова Екатерина")));
        key(Qt::Key_Tab);
        QVERIFY(typeInto("arrivalPhoneEdit", QStringLiteral("+7 912 345-67-89")));
        key(Qt::Key_Return);
        auto* table = find<QTableWidget>("storageTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), kParcel);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("P-21"));
        arrive(kCod, QStringLiteral("Смирнова Екатерина"), QStringLiteral("89123456789"), 100000);

        // Issuing screen: the phone as she says it; both her items, ticked, with their places.
        QVERIFY(findOnIssuing(QStringLiteral("8 912 345 67 89")));
        auto* items = find<QTableWidget>("issueItemsTable");
        QCOMPARE(items->rowCount(), 2);
        QStringList places;
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(items->item(r, 0)->checkState(), Qt::Checked);
            places << items->item(r, 2)->text();
        }
        places.sort();
        QCOMPARE(places, (QStringList{QStringLiteral("P-11"), QStringLiteral("P-21")}));
        // 1 000 ₽ COD + its transfer fee 80 ₽ + 5 % of 1 000 ₽ = 1 130 ₽.
        QCOMPARE(digits(find<QLabel>("dueTotalLabel")->text()).left(6), QStringLiteral("113000"));

        // The cursor is in the passport number: number, Enter, issue date, Enter.
        QVERIFY(typeInto("idDocNumberEdit", QStringLiteral("4510 123456")));
        key(Qt::Key_Return);
        QVERIFY(typeInto("idDocIssuedEdit", QStringLiteral("15.03.2015")));
        key(Qt::Key_Return);
        const QString masked = find<QLabel>("idDocMaskedLabel")->text();
        QVERIFY2(masked.contains(QStringLiteral("****")) && !masked.contains(QStringLiteral("123456")),
                 qPrintable(masked));
        QCOMPARE(edit("idDocNumberEdit")->displayText().contains(QStringLiteral("123456")), false);

        // F12: cash, 2 000 ₽ tendered.
        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_1);
        QTRY_VERIFY(QApplication::focusWidget() ==
                    dialog->findChild<QLineEdit*>(QStringLiteral("tenderedEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2000"));
        key(Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        QVERIFY2(message().contains(QStringLiteral("2")), qPrintable(message()));
        QCOMPARE(state(kParcel), QStringLiteral("delivered"));
        QCOMPARE(state(kCod), QStringLiteral("delivered"));
        QCOMPARE(operations(kParcel, 2, 1), 1);
        QCOMPARE(operations(kCod, 2, 1), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt")), 113000);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT change_kop FROM receipt")), 87000);
        QCOMPARE(scalar(*m_c,
                        QStringLiteral("SELECT amount_kop FROM cod_transfer WHERE item_id = '%1'").arg(kCod)),
                 100000);
        // The document number is kept only encrypted; its masked form is what was shown.
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM recipient_identification WHERE doc_number_enc "
                                        "LIKE '%123456%' OR doc_masked LIKE '%123456%'")),
            0);
        QTRY_VERIFY(edit("issueFindEdit")->hasFocus()); // ready for the next customer
        QCOMPARE(items->rowCount(), 0);
        QCOMPARE(edit("idDocNumberEdit")->text(), QString());

        // The same item again: nothing is waiting.
        QVERIFY(findOnIssuing(kParcel));
        QCOMPARE(items->rowCount(), 0);
        QVERIFY2(message().contains(kParcel), qPrintable(message()));
    }

    void representativeWithPowerOfAttorneyPaysByCard()
    {
        // A representative collects the COD parcel: power of attorney (Ctrl+2), their own passport,
        // and the card on the simulated terminal. 1 000 ₽ COD + 80 ₽ + 5 % = 1 130 ₽, all by card.
        auto card = services::CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
        QVERIFY(card.ok());
        m_counter->setPaymentTerminal((*card)->terminal(), 10000);
        arrive(kCod, QStringLiteral("Смирнова Екатерина"), QStringLiteral("89123456789"), 100000);
        QVERIFY(findOnIssuing(kCod));
        QCOMPARE(find<QTableWidget>("issueItemsTable")->rowCount(), 1);
        key(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(edit("poaNumberEdit")->hasFocus());
        const QList<std::pair<const char*, QString>> fields{
            {"poaNumberEdit", QStringLiteral("77 АА 1234567")},
            {"poaIssuedEdit", QStringLiteral("01.10.2026")},
            {"poaValidUntilEdit", QString()}, // empty: one year
            {"poaIssuedByEdit", QStringLiteral("Смирнова Екатерина, нотариус Петрова И. И.")},
            {"repDocNumberEdit", QStringLiteral("4003 555666")},
            {"repDocIssuedEdit", QStringLiteral("20.06.2019")}};
        for (const auto& [name, text] : fields) {
            QTRY_VERIFY2(edit(name)->hasFocus(), name);
            if (!text.isEmpty())
                QVERIFY(typeInto(name, text));
            key(Qt::Key_Return);
        }
        const QString masked = find<QLabel>("repDocMaskedLabel")->text();
        QVERIFY2(masked.contains(QStringLiteral("****")) && !masked.contains(QStringLiteral("555666")),
                 qPrintable(masked));

        key(Qt::Key_F12);
        QPointer<app::PaymentDialog> dialog;
        QTRY_VERIFY((dialog = m_window->findChild<app::PaymentDialog*>()) && dialog->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_2); // card
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(state(kCod), QStringLiteral("delivered"), 10000);
        QCOMPARE(operations(kCod, 2, 1), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT total_kop FROM receipt WHERE method = 'card'")), 113000);
        QCOMPARE(
            scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM recipient_identification "
                                        "WHERE method = 'power_of_attorney' AND poa_number IS NOT NULL")),
            1);
        QCOMPARE(scalar(*m_c,
                        QStringLiteral("SELECT amount_kop FROM cod_transfer WHERE item_id = '%1'").arg(kCod)),
                 100000);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM recipient_identification WHERE "
                                             "doc_number_enc LIKE '%555666%' OR doc_masked LIKE '%555666%'")),
                 0);
        m_counter->setPaymentTerminal(nullptr);
    }

    void handOverBySmsCode()
    {
        arrive(kSms, QStringLiteral("Орлов Павел"), QStringLiteral("+7 916 111-22-33"));
        QVERIFY(findOnIssuing(kSms));
        QCOMPARE(find<QTableWidget>("issueItemsTable")->rowCount(), 1);
        key(Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(edit("smsCodeEdit")->hasFocus());
        key(Qt::Key_S, Qt::ControlModifier);
        auto* status = find<QLabel>("smsStatusLabel");
        QVERIFY2(status->text().contains(QStringLiteral("+7")), qPrintable(status->text()));
        auto sms = services::readLastSimMessage(m_dir.filePath(QStringLiteral("sms-spool")),
                                                QStringLiteral("9161112233"));
        QVERIFY2(sms.ok(), sms.ok() ? "" : qPrintable(sms.error().message));
        const QString code = sms->code;
        QCOMPARE(code.size(), 6);

        // A wrong code first: refused, attempts left shown (3 allowed, 1 used).
        QString wrong = code;
        wrong[5] = QChar(u'0' + (code[5].digitValue() + 1) % 10);
        QVERIFY(typeInto("smsCodeEdit", wrong));
        key(Qt::Key_Return);
        QVERIFY2(status->text().contains(QStringLiteral("2")), qPrintable(status->text()));
        edit("smsCodeEdit")->clear();
        QVERIFY(typeInto("smsCodeEdit", code));
        key(Qt::Key_Return);
        QVERIFY2(status->text().contains(QStringLiteral("accepted")), qPrintable(status->text()));

        key(Qt::Key_F12); // nothing is due: handed over at once
        QTRY_COMPARE(state(kSms), QStringLiteral("delivered"));
        QCOMPARE(operations(kSms, 2, 13), 1);
        QCOMPARE(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM receipt")), 0);
    }

    void refusalAndFailedAttempt()
    {
        arrive(kRefused, QStringLiteral("Орлов Павел"), QString());
        arrive(kSms, QStringLiteral("Орлова Мария"), QString());
        // A name fragment finds both Орлов… recipients: nothing is ticked until the clerk chooses.
        QVERIFY(findOnIssuing(QStringLiteral("Орлов")));
        auto* items = find<QTableWidget>("issueItemsTable");
        QCOMPARE(items->rowCount(), 2);
        key(Qt::Key_F3);
        QTRY_VERIFY(items->hasFocus());
        const int refusedRow = items->item(0, 1)->text() == kRefused ? 0 : 1;
        items->setCurrentCell(refusedRow, 0);
        key(Qt::Key_Space); // tick it
        QCOMPARE(items->item(refusedRow, 0)->checkState(), Qt::Checked);
        QCOMPARE(items->item(1 - refusedRow, 0)->checkState(), Qt::Unchecked);

        key(Qt::Key_R, Qt::ControlModifier);
        QPointer<QInputDialog> refuse;
        QTRY_VERIFY((refuse = m_window->findChild<QInputDialog*>(QStringLiteral("refuseDialog"))) &&
                    refuse->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && refuse->isAncestorOf(QApplication::focusWidget()));
        for (QChar ch : QStringLiteral("не заказывал"))
            QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key_unknown, QString(ch),
                                Qt::NoModifier);
        key(Qt::Key_Return);
        QTRY_COMPARE(state(kRefused), QStringLiteral("returned"));
        QCOMPARE(operations(kRefused, 3, 4), 1);
        QCOMPARE(state(kSms), QStringLiteral("stored"));

        // The other one: the addressee is not there (a failed attempt, the item stays stored).
        QVERIFY(findOnIssuing(kSms));
        key(Qt::Key_N, Qt::ControlModifier);
        QPointer<QInputDialog> failed;
        QTRY_VERIFY((failed = m_window->findChild<QInputDialog*>(QStringLiteral("failedAttemptDialog"))) &&
                    failed->isVisible());
        const QString chosen = failed->findChild<QComboBox*>()->currentText();
        QVERIFY(chosen.startsWith(QStringLiteral("12.")));
        QTest::keyClick(failed, Qt::Key_Return);
        QTRY_VERIFY(!failed || !failed->isVisible());
        const int attr = chosen.mid(3, chosen.indexOf(QLatin1Char(' ')) - 3).toInt();
        QCOMPARE(operations(kSms, 12, attr), 1);
        QCOMPARE(state(kSms), QStringLiteral("stored"));
    }

    void escBacksOut()
    {
        arrive(kSms, QStringLiteral("Орлов Павел"), QStringLiteral("+7 916 111-22-33"));
        QVERIFY(findOnIssuing(kSms));
        QTRY_VERIFY(edit("idDocNumberEdit")->hasFocus());
        key(Qt::Key_Escape); // out of the identification, to the list
        QTRY_VERIFY(find<QTableWidget>("issueItemsTable")->hasFocus());
        key(Qt::Key_Escape); // a fresh search
        QTRY_VERIFY(edit("issueFindEdit")->hasFocus());
        QCOMPARE(find<QTableWidget>("issueItemsTable")->rowCount(), 0);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PC_SCREENSHOT_DIR not set");
        m_window->resize(1280, 820);
        // One parcel came on Friday 20 November: kept 23 November – 7 December.
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
        arrive(kSms, QStringLiteral("Орлов Павел"), QStringLiteral("+7 916 111-22-33"), 45000);
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        arrive(kRefused, QStringLiteral("Кузнецова Ольга"), QStringLiteral("+7 903 765-43-21"));
        services::ArrivalRequest held;
        held.barcode = QStringLiteral("RA987654326RU");
        held.weightG = 40;
        held.recipientName = QStringLiteral("Белов Игорь");
        held.holding = storage::Holding::PosteRestante;
        QVERIFY(m_desk->arrival.arrive(held).ok());
        arrive(kParcel, QStringLiteral("Смирнова Екатерина"), QStringLiteral("+7 912 345-67-89"));
        arrive(kCod, QStringLiteral("Смирнова Екатерина"), QStringLiteral("+7 912 345-67-89"), 100000);
        QVERIFY(findOnIssuing(QStringLiteral("+7 912 345-67-89")));
        QVERIFY(typeInto("idDocNumberEdit", QStringLiteral("4510 123456")));
        key(Qt::Key_Return);
        QVERIFY(typeInto("idDocIssuedEdit", QStringLiteral("15.03.2015")));
        key(Qt::Key_Return);
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/issuing.png")));

        // Storage on 9 December: Орлов's parcel is past its period (red), the others' last day is today.
        m_clock.set(QDateTime(QDate(2026, 12, 9), QTime(8, 0), Qt::UTC));
        key(Qt::Key_F4, Qt::ShiftModifier);
        m_window->storageScreen()->refresh();
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/storage.png")));
    }
};

QTEST_MAIN(TestIssuingGui)
#include "test_issuing_gui.moc"
