// The shift panel's buttons against the real services, offscreen: open with a float, cash in and out
// with reasons, the X-report's expected cash, a close whose count is short (a wrong supervisor password
// is refused and the shift stays open; the right one closes it), and the Z-report printed through the
// queue on A4 to the office printer and in ESC/POS to the receipt printer. Also the password dialogs:
// own change (old + new twice) and a supervisor's reset of a clerk's password.
#include "../CounterGuiFixture.h"
#include "ChangePasswordDialog.h"
#include "CountCashDialog.h"
#include "ShiftController.h"
#include "ShiftGuiSupport.h"
#include "ShiftPanel.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/FormJobRenderer.h"
#include "services/printing/PrintQueueService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace pc;
using testing::acknowledgeMessage;
using testing::answerNextDialog;

namespace {
void fillCash(QDialog* d, const QString& amount, const QString& reason)
{
    d->findChild<QLineEdit*>(QStringLiteral("cashAmount"))->setText(amount);
    if (auto* r = d->findChild<QLineEdit*>(QStringLiteral("cashReason")); r && r->isVisible())
        r->setText(reason);
}

QPushButton* okButton(QDialog* d)
{
    for (auto* b : d->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("OK") || b->text() == QStringLiteral("&OK"))
            return b;
    return nullptr;
}
} // namespace

class TestShiftPanelGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::AppConfig m_cfg;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC)};
    std::unique_ptr<services::CounterServices> m_counter;
    services::PrinterRegistry m_printers;
    std::shared_ptr<drivers::SimulatedPrinter> m_office, m_slip;
    std::unique_ptr<services::PrintQueueService> m_queue;
    std::unique_ptr<QWidget> m_window;
    app::ShiftPanel* m_panel = nullptr;
    app::ShiftController* m_controller = nullptr;

    QPushButton* button(const char* name)
    {
        return m_panel->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    static services::ShiftState noShift() { return {}; }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia)); // amounts as the clerk types them
        m_c = testing::openCounterDb(m_dir, QStringLiteral("panel.db"), &m_cfg);
        QVERIFY(m_c);
        m_counter = std::make_unique<services::CounterServices>(
            m_cfg, *m_c, m_clock, true, services::OperatorPolicy{5, 600, services::HashCost::minimal()});
        using services::Role;
        QVERIFY(m_counter->operators.add(
            {QStringLiteral("clerk"), QStringLiteral("Иванова"), Role::Operator, QStringLiteral("c1")}));
        QVERIFY(m_counter->operators.add(
            {QStringLiteral("boss"), QStringLiteral("Петров"), Role::Supervisor, QStringLiteral("b1")}));
        QVERIFY(m_counter->operators.add(
            {QStringLiteral("chief"), QStringLiteral("Сидорова"), Role::Supervisor, QStringLiteral("s1")}));
        m_office = std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("office"),
                                                               m_dir.filePath(QStringLiteral("a4")));
        m_slip = std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("slip"),
                                                             m_dir.filePath(QStringLiteral("slip")));
        m_printers.add(m_office);
        m_printers.add(m_slip);
        m_printers.setRole(QStringLiteral("form"), QStringLiteral("office"));
        m_printers.setRole(QStringLiteral("receipt"), QStringLiteral("slip"));
        m_printers.setOutput(QStringLiteral("slip"), {drivers::PrintLanguage::EscPos, 203, {}, -1});
        m_queue = std::make_unique<services::PrintQueueService>(*m_c, m_printers);

        m_window = std::make_unique<QWidget>();
        m_panel = new app::ShiftPanel(m_window.get());
        m_controller = new app::ShiftController(*m_counter, m_panel, m_window.get());
        m_controller->setPrinting(&*m_c, &m_printers, m_queue.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void openCashInOutAndX()
    {
        QVERIFY(button("openShiftButton")->isEnabled());
        QVERIFY(!button("closeShiftButton")->isEnabled());
        answerNextDialog([](QDialog* d) {
            fillCash(d, QStringLiteral("5000"), {});
            okButton(d)->click();
        });
        button("openShiftButton")->click();
        QVERIFY(m_counter->shifts.requireOpenShift(m_cfg.counterId));
        QVERIFY(!button("openShiftButton")->isEnabled());

        // Cash in without a reason: the form says so and stays; then with one.
        answerNextDialog([](QDialog* d) {
            fillCash(d, QStringLiteral("1000"), {});
            okButton(d)->click();
            QVERIFY(d->isVisible());
            fillCash(d, QStringLiteral("1000"), QStringLiteral("change from the head of office"));
            okButton(d)->click();
        });
        button("cashInButton")->click();
        answerNextDialog([](QDialog* d) {
            fillCash(d, QStringLiteral("250,50"), QStringLiteral("to the head of office"));
            okButton(d)->click();
        });
        button("cashOutButton")->click();

        // 5 000 + 1 000 − 250,50 = 5 749,50 ₽ in the drawer.
        QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("shiftDetails"))
                    ->text()
                    .contains(QStringLiteral("5\u00A0749,50")));
        QString x;
        acknowledgeMessage(&x);
        button("xReportButton")->click();
        QVERIFY2(x.contains(QStringLiteral("5\u00A0749,50")), qPrintable(x));
        QVERIFY(x.contains(QStringLiteral("Cash in: 1\u00A0000,00")));
    }

    void closeShortWithApprovalPrintsZ()
    {
        QSignalSpy closed(m_controller, &app::ShiftController::shiftClosed);
        // Counted 5 700 ₽: 49,50 ₽ short. A wrong supervisor password: refused, the shift stays open.
        QString refusal;
        answerNextDialog([&refusal](QDialog* d) {
            auto* count = qobject_cast<app::CountCashDialog*>(d);
            QVERIFY(count);
            count->setCount(500000, 1);
            count->setCount(10000, 7);
            QCOMPARE(count->discrepancyKop(), -4950);
            d->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("coins miscounted"));
            d->findChild<QLineEdit*>(QStringLiteral("supervisorId"))->setText(QStringLiteral("boss"));
            d->findChild<QLineEdit*>(QStringLiteral("supervisorPassword"))->setText(QStringLiteral("wrong"));
            acknowledgeMessage(&refusal);
            d->accept();
        });
        button("closeShiftButton")->click();
        QVERIFY2(refusal.contains(QStringLiteral("Wrong operator id or password")), qPrintable(refusal));
        QCOMPARE(closed.count(), 0);
        QVERIFY(m_counter->shifts.requireOpenShift(m_cfg.counterId));

        QString done;
        answerNextDialog([&done](QDialog* d) {
            auto* count = qobject_cast<app::CountCashDialog*>(d);
            count->setCount(500000, 1);
            count->setCount(10000, 7);
            d->findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("coins miscounted"));
            d->findChild<QLineEdit*>(QStringLiteral("supervisorId"))->setText(QStringLiteral("boss"));
            d->findChild<QLineEdit*>(QStringLiteral("supervisorPassword"))->setText(QStringLiteral("b1"));
            acknowledgeMessage(&done);
            d->accept();
        });
        button("closeShiftButton")->click();
        QCOMPARE(closed.count(), 1);
        QVERIFY2(done.contains(QStringLiteral("Difference: -49,50")), qPrintable(done));
        QVERIFY(done.contains(QStringLiteral("office printer")));
        QVERIFY(button("openShiftButton")->isEnabled());
        const qint64 shiftId = closed.first().first().toLongLong();

        // Two print jobs: the A4 Z-report on the office printer, the slip on the receipt printer.
        QVERIFY(m_queue->waitForIdle(20000));
        auto jobs = m_queue->recent(10);
        QVERIFY(jobs);
        QCOMPARE(jobs->size(), 2);
        QMap<QString, db::PrintQueueEntry> byForm;
        for (const auto& j : *jobs)
            byForm.insert(j.form, j);
        const auto a4 = byForm.value(QStringLiteral("shift-report"));
        const auto slip = byForm.value(QStringLiteral("shift-report-80"));
        QCOMPARE(a4.printer, QStringLiteral("office"));
        QCOMPARE(a4.language, QStringLiteral("pdf"));
        QCOMPARE(a4.state, QStringLiteral("printed"));
        QCOMPARE(slip.printer, QStringLiteral("slip"));
        QCOMPARE(slip.documentKind, QStringLiteral("receipt"));
        QCOMPARE(slip.state, QStringLiteral("printed"));
        QVERIFY(a4.title.contains(QStringLiteral("Z-report shift %1").arg(shiftId)));
        // The data is the Z-report: counted 5 700 ₽ against 5 749,50 ₽ expected.
        const QJsonObject data = QJsonDocument::fromJson(slip.formData).object();
        QCOMPARE(data.value(QStringLiteral("report")).toString(), QStringLiteral("Z"));
        const QJsonObject cash = data.value(QStringLiteral("cash")).toObject();
        QCOMPARE(cash.value(QStringLiteral("counted_kop")).toDouble(), 570000.0);
        QCOMPARE(cash.value(QStringLiteral("discrepancy_kop")).toDouble(), -4950.0);
        QCOMPARE(m_office->printedCount(), 1);
        QCOMPARE(m_slip->printedCount(), 1);
        // What went to the receipt printer is ESC/POS (ESC @ initialise), to the office printer a PDF.
        QFile slipFile(m_slip->printedFiles().constFirst()), a4File(m_office->printedFiles().constFirst());
        QVERIFY(slipFile.open(QIODevice::ReadOnly) && a4File.open(QIODevice::ReadOnly));
        QVERIFY(slipFile.readAll().startsWith("\x1b@"));
        QVERIFY(a4File.readAll().startsWith("%PDF"));
    }

    void changeOwnPassword()
    {
        answerNextDialog([](QDialog* d) {
            auto set = [d](const char* name, const char* text) {
                d->findChild<QLineEdit*>(QString::fromLatin1(name))->setText(QString::fromLatin1(text));
            };
            auto* error = d->findChild<QLabel*>(QStringLiteral("passwordError"));
            set("oldPassword", "c1");
            set("newPassword", "n2");
            set("repeatPassword", "n3");
            d->findChild<QPushButton*>(QStringLiteral("savePassword"))->click();
            QVERIFY(d->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("differ")));
            set("oldPassword", "bad");
            set("newPassword", "n2");
            set("repeatPassword", "n2");
            d->findChild<QPushButton*>(QStringLiteral("savePassword"))->click();
            QVERIFY(d->isVisible());
            QVERIFY(error->text().contains(QStringLiteral("Wrong operator id or password")));
            set("oldPassword", "c1");
            set("newPassword", "n2");
            set("repeatPassword", "n2");
            acknowledgeMessage(nullptr);
            d->findChild<QPushButton*>(QStringLiteral("savePassword"))->click();
        });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 3000));
        QVERIFY(!m_counter->operators.authenticate(QStringLiteral("clerk"), QStringLiteral("c1")));
        QVERIFY(m_counter->operators.authenticate(QStringLiteral("clerk"), QStringLiteral("n2")));
    }

    void supervisorResetsClerk()
    {
        // A supervisor may not reset another supervisor's password; the clerk's, yes.
        answerNextDialog([](QDialog* d) {
            auto set = [d](const char* name, const char* text) {
                d->findChild<QLineEdit*>(QString::fromLatin1(name))->setText(QString::fromLatin1(text));
            };
            set("targetOperator", "chief");
            set("newPassword", "x9");
            set("repeatPassword", "x9");
            set("supervisorId", "boss");
            set("supervisorPassword", "b1");
            d->findChild<QPushButton*>(QStringLiteral("savePassword"))->click();
            QVERIFY(d->isVisible());
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("passwordError"))
                        ->text()
                        .contains(QStringLiteral("may not")));
            set("targetOperator", "clerk");
            set("newPassword", "r5");
            set("repeatPassword", "r5");
            set("supervisorPassword", "b1");
            acknowledgeMessage(nullptr);
            d->findChild<QPushButton*>(QStringLiteral("savePassword"))->click();
        });
        button("resetPasswordButton")->click();
        QVERIFY(m_counter->operators.authenticate(QStringLiteral("clerk"), QStringLiteral("r5")));
        QVERIFY(m_counter->operators.authenticate(QStringLiteral("chief"), QStringLiteral("s1")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_queue.reset();
    }
};

QTEST_MAIN(TestShiftPanelGui)
#include "test_shift_panel_gui.moc"
