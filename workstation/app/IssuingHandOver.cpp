// The acting half of the issuing screen: F12 checks the identification, takes the payment with the
// acceptance screen's PaymentDialog (a card is charged on a worker thread behind a progress dialog)
// and hands the ticked items over; refusal (3.4) and failed attempt (12.x) with their reasons.
#include "CardChargeProgress.h"
#include "IdentificationPanel.h"
#include "IssuingScreen.h"
#include "PaymentDialog.h"
#include "domain/Money.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <memory>

namespace pc::app {

namespace {
QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(numberStyleFor(QLocale()));
}
} // namespace

void IssuingScreen::handOver()
{
    const QStringList ids = tickedIds();
    if (ids.isEmpty()) {
        showMessage(tr("Tick the items to hand over (F3, Space), or find them first (F2)."), true);
        (m_shown.isEmpty() ? static_cast<QWidget*>(m_find) : static_cast<QWidget*>(m_items))->setFocus();
        return;
    }
    auto identification = m_identification->identification(m_storage.localToday());
    if (!identification) {
        showMessage(identification.error().message, true); // the panel put the cursor on the field
        return;
    }
    services::HandOverRequest req;
    req.itemIds = ids;
    req.identification = *identification;
    auto due = m_issuing.dueFor(ids);
    if (!due) {
        showMessage(due.error().message, true);
        return;
    }
    if (due->totalKop <= 0) {
        finishHandOver(req, std::nullopt);
        return;
    }
    auto* dialog = new PaymentDialog(due->totalKop, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The recipient pays in person: a business contract is not a way to pay for an item received.
    if (auto* contract = dialog->findChild<QRadioButton*>(QStringLiteral("contractRadio")))
        contract->setEnabled(false);
    const qint64 total = due->totalKop;
    connect(dialog, &QDialog::accepted, this, [this, dialog, req, total]() mutable {
        const acceptance::PaymentChoice choice = dialog->choice();
        if (choice.method == acceptance::PaymentMethod::Contract) {
            showMessage(tr("The recipient pays in cash or by card."), true);
            return;
        }
        req.payment = choice;
        if (choice.method == acceptance::PaymentMethod::Card)
            chargeCardThenHandOver(req, total);
        else
            finishHandOver(req, std::nullopt);
    });
    dialog->open();
}

void IssuingScreen::chargeCardThenHandOver(const services::HandOverRequest& req, qint64 totalKop)
{
    services::IssuingService* issuing = &m_issuing;
    chargeCardWithProgress(
        this,
        tr("Card payment of %1: ask the recipient to insert or tap the card and enter the PIN on the "
           "terminal.")
            .arg(rub(totalKop)),
        [issuing, totalKop] { return issuing->chargeCard(totalKop); },
        [this, req](const Result<drivers::SaleApproval>& paid) {
            if (!paid)
                return showMessage(tr("Nothing was handed over: %1").arg(paid.error().message), true);
            finishHandOver(req, *paid);
        });
}

void IssuingScreen::finishHandOver(const services::HandOverRequest& req,
                                   const std::optional<drivers::SaleApproval>& approval)
{
    auto done = m_issuing.handOver(req, approval);
    if (!done) {
        showMessage(tr("Nothing was handed over: %1").arg(done.error().message), true);
        if (done.error().code.startsWith(QLatin1String("sms.")))
            m_identification->setSmsStatus(done.error().message, true);
        return;
    }
    QString text = tr("Handed over %n item(s)", nullptr, int(done->items.size()));
    if (!done->documentMasked.isEmpty())
        text += tr(" · document %1").arg(done->documentMasked);
    if (done->receiptNumber) {
        text += tr(" · receipt No. %1 · %2").arg(*done->receiptNumber).arg(rub(done->totalKop));
        if (done->paymentMethod == acceptance::PaymentMethod::Cash && done->changeKop > 0)
            text += tr(" · change %1").arg(rub(done->changeKop));
    }
    reset(text);
    emit handedOver(done->receiptNumber.value_or(0));
    emit itemsChanged();
}

void IssuingScreen::refuse()
{
    const QStringList ids = tickedIds();
    if (ids.isEmpty()) {
        showMessage(tr("Tick the items the recipient refuses (F3, Space)."), true);
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("refuseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Refused by the addressee"));
    dialog->setLabelText(tr("%n item(s) go back to the sender (3.4): %1\nReason:", nullptr, int(ids.size()))
                             .arg(ids.join(QStringLiteral(", "))));
    dialog->setOkButtonText(tr("Return to sender (Enter)"));
    dialog->setCancelButtonText(tr("Back (Esc)"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids](const QString& reason) {
        QStringList done;
        for (const QString& id : ids) {
            auto r = m_issuing.refuse(id, reason.trimmed());
            if (!r) {
                showMessage(tr("%1 not refused: %2").arg(id, r.error().message), true);
                emit itemsChanged();
                return;
            }
            done << id;
        }
        reset(tr("Refused, going back to the sender: %1.").arg(done.join(QStringLiteral(", "))));
        emit itemsChanged();
    });
    dialog->open();
}

void IssuingScreen::failedAttempt()
{
    const QStringList ids = tickedIds();
    if (ids.isEmpty()) {
        showMessage(tr("Tick the items that could not be handed over (F3, Space)."), true);
        return;
    }
    const QList<issuing::FailedAttemptReason> reasons = issuing::failedAttemptReasons();
    QStringList titles;
    for (const auto& r : reasons)
        titles << QStringLiteral("12.%1 %2").arg(r.attr).arg(r.title);
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("failedAttemptDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Not handed over"));
    dialog->setLabelText(
        tr("Why could %n item(s) not be handed over? They stay stored.", nullptr, int(ids.size())));
    dialog->setComboBoxItems(titles);
    dialog->setComboBoxEditable(false);
    dialog->setOkButtonText(tr("Record (Enter)"));
    dialog->setCancelButtonText(tr("Back (Esc)"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, ids, reasons, titles](const QString& chosen) {
                const qsizetype i = titles.indexOf(chosen);
                if (i < 0)
                    return;
                for (const QString& id : ids)
                    if (auto r = m_issuing.failedAttempt(id, reasons[i]); !r) {
                        showMessage(tr("%1: %2").arg(id, r.error().message), true);
                        return;
                    }
                showMessage(tr("Recorded %1 for %2.").arg(titles[i], ids.join(QStringLiteral(", "))), false);
                focusFind();
                emit itemsChanged();
            });
    dialog->open();
}

} // namespace pc::app
