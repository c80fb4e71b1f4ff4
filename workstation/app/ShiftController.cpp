#include "ShiftController.h"

#include "ChangePasswordDialog.h"
#include "CountCashDialog.h"
#include "ShiftPanel.h"
#include "domain/Money.h"
#include "services/acceptance/CounterServices.h"
#include "services/shift/ReportDocuments.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace pc::app {

namespace {

QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(numberStyleFor(QLocale()));
}

struct CashEntry {
    qint64 amountKop = 0;
    QString reason;
};

// A small form: the amount (and a reason when asked); nothing when cancelled. A wrong amount is said
// under the fields and the form stays.
std::optional<CashEntry> askCash(QWidget* parent, const QString& title, const QString& prompt,
                                 bool withReason, const QString& preset = {})
{
    QDialog dlg(parent);
    dlg.setWindowTitle(title);
    auto* amount = new QLineEdit(preset, &dlg);
    amount->setObjectName(QStringLiteral("cashAmount"));
    auto* reason = new QLineEdit(&dlg);
    reason->setObjectName(QStringLiteral("cashReason"));
    auto* error = new QLabel(&dlg);
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    auto* form = new QFormLayout(&dlg);
    form->addRow(prompt, amount);
    if (withReason)
        form->addRow(QCoreApplication::translate("pc::app::ShiftController", "Reason"), reason);
    else
        reason->hide();
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    CashEntry entry;
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, [&] {
        auto m = Money::parse(amount->text(), numberStyleFor(QLocale()));
        if (!m) {
            error->setText(m.error().message);
            return;
        }
        if (withReason && reason->text().trimmed().isEmpty()) {
            error->setText(QCoreApplication::translate("pc::app::ShiftController", "Type the reason."));
            return;
        }
        entry = {m->kopecks(), reason->text().trimmed()};
        dlg.accept();
    });
    amount->selectAll();
    if (dlg.exec() != QDialog::Accepted)
        return std::nullopt;
    return entry;
}

} // namespace

ShiftController::ShiftController(services::CounterServices& counter, ShiftPanel* panel, QWidget* window)
    : QObject(window), m_counter(counter), m_panel(panel), m_window(window), m_timer(new QTimer(this))
{
    connect(panel, &ShiftPanel::openRequested, this, &ShiftController::openShift);
    connect(panel, &ShiftPanel::cashInRequested, this, &ShiftController::cashIn);
    connect(panel, &ShiftPanel::cashOutRequested, this, &ShiftController::cashOut);
    connect(panel, &ShiftPanel::xReportRequested, this, &ShiftController::showXReport);
    connect(panel, &ShiftPanel::closeRequested, this, &ShiftController::closeShift);
    connect(panel, &ShiftPanel::passwordRequested, this, &ShiftController::changeOwnPassword);
    connect(panel, &ShiftPanel::resetPasswordRequested, this, &ShiftController::resetPassword);
    // The panel's buttons take no focus in the main window: the own password has a key too.
    auto* passwordKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), window);
    connect(passwordKey, &QShortcut::activated, this, &ShiftController::changeOwnPassword);
    // The age of the shift and the 24-hour warnings move on by themselves.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ShiftController::refresh);
    m_timer->start();
    refresh();
}

void ShiftController::setPrinting(const db::Connection* connection, services::PrinterRegistry* printers,
                                  services::PrintQueueService* queue)
{
    m_connection = connection;
    m_printers = printers;
    m_queue = queue;
}

void ShiftController::refresh()
{
    auto state = m_counter.shifts.state(m_counter.config().counterId);
    if (!state) {
        services::ShiftState none;
        none.warning = state.error().message;
        m_panel->setState(none, 0);
        return;
    }
    qint64 expected = 0;
    if (state->shift)
        if (auto x = m_counter.shifts.xReport(m_counter.config().counterId))
            expected = x->expectedCashKop;
    m_panel->setState(*state, expected);
}

void ShiftController::fail(const QString& title, const QString& message)
{
    QMessageBox::warning(m_window, title, message);
    refresh();
}

std::optional<qint64> ShiftController::openShiftId()
{
    auto state = m_counter.shifts.state(m_counter.config().counterId);
    if (!state) {
        fail(tr("Shift"), state.error().message);
        return std::nullopt;
    }
    if (!state->shift) {
        fail(tr("Shift"), tr("Counter %1 has no open shift.").arg(m_counter.config().counterId));
        return std::nullopt;
    }
    return state->shift->id;
}

void ShiftController::openShift()
{
    auto entry = askCash(m_window, tr("Open shift"), tr("Float in the drawer, ₽"), false);
    if (!entry)
        return;
    const auto& cfg = m_counter.config();
    if (auto opened = m_counter.shifts.open(cfg.counterId, cfg.operatorId, entry->amountKop); !opened)
        return fail(tr("Open shift"), opened.error().message);
    refresh();
}

void ShiftController::cashIn()
{
    moveCash(true);
}

void ShiftController::cashOut()
{
    moveCash(false);
}

void ShiftController::moveCash(bool in)
{
    const auto shiftId = openShiftId();
    if (!shiftId)
        return;
    const QString title = in ? tr("Cash in") : tr("Cash out");
    auto entry = askCash(m_window, title, tr("Amount, ₽"), true);
    if (!entry)
        return;
    const QString& op = m_counter.config().operatorId;
    auto moved = in ? m_counter.shifts.cashIn(*shiftId, entry->amountKop, entry->reason, op)
                    : m_counter.shifts.cashOut(*shiftId, entry->amountKop, entry->reason, op);
    if (!moved)
        return fail(title, moved.error().message);
    refresh();
}

void ShiftController::showXReport()
{
    auto x = m_counter.shifts.xReport(m_counter.config().counterId);
    if (!x)
        return fail(tr("X-report"), x.error().message);
    const QString text =
        tr("Shift %1, operator %2, open since %3\n\n"
           "Operations: %4 (items accepted %5, voids %6)\n"
           "Revenue: %7\nPaid in cash: %8\nPaid by card: %9\nOn contracts: %10\n\n"
           "Float: %11\nCash in: %12\nCash out: %13\nCash expected in the drawer: %14")
            .arg(x->shiftId)
            .arg(x->operatorId, QLocale().toString(x->openedAtUtc.toLocalTime(), QLocale::ShortFormat))
            .arg(x->operationCount)
            .arg(x->itemsAccepted)
            .arg(x->voids)
            .arg(rub(x->revenueKop), rub(x->cashPaymentsKop), rub(x->cardPaymentsKop),
                 rub(x->contractPaymentsKop), rub(x->floatKop), rub(x->cashInKop), rub(x->cashOutKop),
                 rub(x->expectedCashKop));
    QMessageBox::information(m_window, tr("X-report"), text);
}

void ShiftController::closeShift()
{
    const auto shiftId = openShiftId();
    if (!shiftId)
        return;
    auto x = m_counter.shifts.xReport(m_counter.config().counterId);
    if (!x)
        return fail(tr("Close shift"), x.error().message);
    CountCashDialog count(x->expectedCashKop, m_window);
    if (count.exec() != QDialog::Accepted)
        return;
    services::CloseRequest request = count.request();
    request.operatorId = m_counter.config().operatorId;
    auto closed = m_counter.shifts.close(*shiftId, request);
    if (!closed)
        return fail(tr("Close shift"), closed.error().message);
    const auto& z = closed->report;
    emit shiftClosed(z.shiftId);
    // The shift is sealed whatever the printers do: a failed print stays in the queue for a reprint.
    QString printed = tr("The Z-report is not printed: no print queue.");
    if (m_connection && m_queue) {
        auto jobs = services::printReportDocuments(
            *m_connection, m_printers, *m_queue,
            services::shiftReportDocuments(z, services::officeInfoFrom(m_counter.config()).name));
        printed = jobs ? tr("The Z-report goes to the office printer and the receipt printer.")
                       : tr("The Z-report could not be queued for printing: %1").arg(jobs.error().message);
    }
    QMessageBox::information(m_window, tr("Shift closed"),
                             tr("Shift %1 is closed.\nCash expected: %2\nCounted: %3\nDifference: %4\n\n%5")
                                 .arg(z.shiftId)
                                 .arg(rub(z.expectedCashKop), rub(z.countedCashKop.value_or(0)),
                                      rub(z.discrepancyKop.value_or(0)), printed));
    refresh();
}

void ShiftController::changeOwnPassword()
{
    ChangePasswordDialog dlg(m_counter.operators, ChangePasswordDialog::Mode::Own,
                             m_counter.config().operatorId, m_window);
    if (dlg.exec() == QDialog::Accepted)
        QMessageBox::information(m_window, tr("Password"), tr("Your password is changed."));
}

void ShiftController::resetPassword()
{
    ChangePasswordDialog dlg(m_counter.operators, ChangePasswordDialog::Mode::Reset, QString(), m_window);
    if (dlg.exec() == QDialog::Accepted)
        QMessageBox::information(m_window, tr("Password"),
                                 tr("The password is reset and the operator unlocked."));
}

} // namespace pc::app
