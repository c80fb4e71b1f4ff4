#include "StorageScreen.h"

#include "StorageTexts.h"
#include "domain/Money.h"
#include "domain/Weight.h"
#include "services/printing/PrintQueueService.h"
#include "services/storage/ArrivalService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace pc::app {

namespace {
enum Column {
    CId,
    CPlace,
    CName,
    CPhone,
    CHolding,
    CKind,
    CArrived,
    CLastDay,
    CDaysLeft,
    CCod,
    CState,
    CCount
};

// A dialog gives the focus back only once it is gone: the cursor goes where the clerk continues.
void focusAfterDialog(QWidget* w)
{
    QTimer::singleShot(0, w, [w] {
        if (!w->window()->isActiveWindow())
            w->window()->activateWindow();
        w->setFocus();
    });
}

QPushButton* keyButton(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setFocusPolicy(Qt::NoFocus); // the cursor stays in the field; the key on the button does it
    return b;
}
} // namespace

StorageScreen::StorageScreen(services::StorageService& storage, services::ArrivalService* arrival,
                             services::PrintQueueService* printQueue, QWidget* parent)
    : QWidget(parent), m_storage(storage), m_arrival(arrival), m_printQueue(printQueue)
{
    auto* layout = new QVBoxLayout(this);

    // Arrival: scan, and for an item not known here its weight (the scale fills it) and recipient.
    auto* arrivalRow = new QHBoxLayout;
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("arrivalScanEdit"));
    m_scan->setPlaceholderText(tr("Scan an arriving item (F2)"));
    QFont big = m_scan->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scan->setFont(big);
    m_weight = new QLineEdit(this);
    m_weight->setObjectName(QStringLiteral("arrivalWeightEdit"));
    m_weight->setPlaceholderText(tr("Weight, g"));
    m_weight->setMaximumWidth(110);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("arrivalNameEdit"));
    m_name->setPlaceholderText(tr("Recipient (if not known)"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("arrivalPhoneEdit"));
    m_phone->setPlaceholderText(tr("Phone"));
    m_phone->setMaximumWidth(160);
    auto* arriveButton = keyButton(tr("Register arrival (Enter)"), "arriveButton", this);
    arrivalRow->addWidget(new QLabel(tr("Arrival:"), this));
    arrivalRow->addWidget(m_scan, 2);
    arrivalRow->addWidget(m_weight);
    arrivalRow->addWidget(m_name, 1);
    arrivalRow->addWidget(m_phone);
    arrivalRow->addWidget(arriveButton);
    auto* listButton = keyButton(tr("Container list… (Ctrl+L)"), "containerListButton", this);
    listButton->setEnabled(m_arrival != nullptr);
    arrivalRow->addWidget(listButton);
    connect(listButton, &QPushButton::clicked, this, &StorageScreen::chooseContainerList);
    layout->addLayout(arrivalRow);
    arriveButton->setEnabled(m_arrival != nullptr);
    m_scan->setEnabled(m_arrival != nullptr);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("storageMessageLabel"));
    m_message->setWordWrap(true);
    QFont msgFont = m_message->font();
    msgFont.setPointSizeF(msgFont.pointSizeF() * 1.3);
    msgFont.setBold(true);
    m_message->setFont(msgFont);
    layout->addWidget(m_message);

    // The filter.
    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("storageSearchEdit"));
    m_search->setPlaceholderText(tr("Find: identifier or its digits, phone, name (F3)"));
    m_byDate = new QCheckBox(tr("Expiring by"), this);
    m_byDate->setObjectName(QStringLiteral("expiringByCheck"));
    m_byDate->setFocusPolicy(Qt::NoFocus);
    m_expiringBy = new QDateEdit(m_storage.localToday(), this);
    m_expiringBy->setObjectName(QStringLiteral("expiringByEdit"));
    m_expiringBy->setCalendarPopup(true);
    m_expiringBy->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->setFocusPolicy(Qt::NoFocus);
    m_state->addItem(tr("Stored"), QStringLiteral("stored"));
    m_state->addItem(tr("Delivered (search)"), QStringLiteral("delivered"));
    m_state->addItem(tr("Returned (search)"), QStringLiteral("returned"));
    m_state->addItem(tr("Unclaimed (search)"), QStringLiteral("unclaimed"));
    m_state->addItem(tr("Any state (search)"), QString());
    filterRow->addWidget(m_search, 2);
    filterRow->addWidget(m_byDate);
    filterRow->addWidget(m_expiringBy);
    filterRow->addWidget(new QLabel(tr("State:"), this));
    filterRow->addWidget(m_state);
    layout->addLayout(filterRow);

    m_table = new QTableWidget(0, CCount, this);
    m_table->setObjectName(QStringLiteral("storageTable"));
    m_table->setHorizontalHeaderLabels({tr("Identifier"), tr("Place"), tr("Recipient"), tr("Phone"),
                                        tr("Holding"), tr("Kind"), tr("Arrived"), tr("Last day"),
                                        tr("Days left"), tr("COD, ₽"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CName, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("storageCountLabel"));
    auto* extendButton = keyButton(tr("Extend… (Ctrl+E)"), "extendButton", this);
    auto* returnButton = keyButton(tr("Return expired… (Ctrl+R)"), "returnExpiredButton", this);
    auto* reprintButton = keyButton(tr("Reprint Ф.22 (Ctrl+P)"), "reprintNoticeButton", this);
    reprintButton->setEnabled(m_printQueue != nullptr);
    actions->addWidget(m_count, 1);
    actions->addWidget(extendButton);
    actions->addWidget(returnButton);
    actions->addWidget(reprintButton);
    layout->addLayout(actions);

    connect(m_scan, &QLineEdit::returnPressed, this, &StorageScreen::arrive);
    for (QLineEdit* e : {m_weight, m_name, m_phone})
        connect(e, &QLineEdit::returnPressed, this, &StorageScreen::arrive);
    connect(arriveButton, &QPushButton::clicked, this, &StorageScreen::arrive);
    connect(m_search, &QLineEdit::textChanged, this, &StorageScreen::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_table->rowCount() > 0) { // Enter: into the list, to act on the first item
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_byDate, &QCheckBox::toggled, this, &StorageScreen::refresh);
    connect(m_expiringBy, &QDateEdit::dateChanged, this, [this] {
        m_byDate->setChecked(true);
        refresh();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &StorageScreen::refresh);
    connect(extendButton, &QPushButton::clicked, this, &StorageScreen::extendSelected);
    connect(returnButton, &QPushButton::clicked, this, &StorageScreen::returnExpired);
    connect(reprintButton, &QPushButton::clicked, this, &StorageScreen::reprintNotice);

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        if (m_arrival)
            chooseContainerList();
    });
    shortcut(QKeySequence(Qt::Key_F2), [this] {
        m_scan->setFocus();
        m_scan->selectAll();
    });
    shortcut(QKeySequence(Qt::Key_F3), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { extendSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { returnExpired(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { reprintNotice(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { m_byDate->toggle(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { backOut(); });
    refresh();
}

void StorageScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_byDate->isChecked()) { // the daily list starts from today, whenever the screen is opened
        QSignalBlocker block(m_expiringBy);
        m_expiringBy->setDate(m_storage.localToday());
    }
    refresh();
    (m_scan->isEnabled() ? m_scan : m_search)->setFocus();
}

void StorageScreen::takeScan(const QString& identifier)
{
    m_scan->setText(identifier);
    arrive();
}

void StorageScreen::takeWeight(qint64 grams)
{
    m_weight->setText(QString::number(grams));
}

void StorageScreen::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void StorageScreen::arrive()
{
    if (!m_arrival)
        return;
    const QString barcode = m_scan->text().trimmed();
    if (barcode.isEmpty()) {
        showMessage(tr("Scan the arriving item's barcode."), true);
        m_scan->setFocus();
        return;
    }
    services::ArrivalRequest req;
    req.barcode = barcode;
    if (!m_weight->text().trimmed().isEmpty()) {
        auto w = Weight::parse(m_weight->text());
        if (!w) {
            showMessage(w.error().message, true);
            m_weight->setFocus();
            return;
        }
        req.weightG = w->grams();
    }
    if (!m_name->text().trimmed().isEmpty())
        req.recipientName = m_name->text().trimmed();
    if (!m_phone->text().trimmed().isEmpty())
        req.recipientPhone = m_phone->text().trimmed();
    auto done = m_arrival->arrive(req);
    if (!done) {
        showMessage(done.error().message, true);
        // An unknown item needs its weight: the cursor goes where the clerk must type.
        if (done.error().code == QLatin1String("storage.weight_required"))
            m_weight->setFocus();
        else {
            m_scan->setFocus();
            m_scan->selectAll();
        }
        return;
    }
    const QLocale locale;
    QString notices = done->noticeJob ? tr("; Ф.22 notice printing") : QString();
    if (done->smsSent)
        notices += tr("; SMS notice sent");
    // The arrival is recorded either way; a failed SMS is shown in the warning colour to be acted on.
    showMessage(tr("%1 → place %2, stored %3 – %4 (%n day(s))%5", nullptr, done->period.days)
                        .arg(done->itemId, done->place,
                             locale.toString(done->period.from, QLocale::ShortFormat),
                             locale.toString(done->period.until, QLocale::ShortFormat), notices) +
                    (done->smsProblem.isEmpty() ? QString() : QStringLiteral("\n") + done->smsProblem),
                !done->smsProblem.isEmpty());
    for (QLineEdit* e : {m_scan, m_weight, m_name, m_phone})
        e->clear();
    refresh();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, CId)->text() == done->itemId)
            m_table->selectRow(r);
    m_scan->setFocus();
    emit itemArrived(done->itemId);
}

void StorageScreen::refresh()
{
    const QString text = m_search->text().trimmed();
    Result<QList<services::StoredItemView>> rows =
        text.isEmpty() ? m_storage.expiring(m_byDate->isChecked() ? m_expiringBy->date()
                                                                  : m_storage.localToday().addYears(50))
                       : m_storage.find(text);
    if (!rows) {
        showMessage(rows.error().message, true);
        return;
    }
    const QString state = m_state->currentData().toString();
    QList<services::StoredItemView> shown;
    for (auto& v : *rows)
        if ((state.isEmpty() || v.stored.state == state) &&
            (!m_byDate->isChecked() || v.stored.storageUntil <= m_expiringBy->date()))
            shown.push_back(std::move(v));
    std::stable_sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) {
        return a.stored.storageUntil < b.stored.storageUntil;
    });
    showRows(std::move(shown));
}

void StorageScreen::showRows(QList<services::StoredItemView> rows)
{
    const QString keep = selectedId();
    m_rows = std::move(rows);
    const QDate today = m_storage.localToday();
    const QLocale locale;
    m_table->setRowCount(int(m_rows.size()));
    int expired = 0;
    int lastDayToday = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const db::StoredItemRecord& s = m_rows[r].stored;
        const qint64 left = today.daysTo(s.storageUntil);
        const bool stored = s.state == u"stored";
        const QStringList cells{
            s.itemId,
            s.place,
            s.recipientName,
            maskedPhone(s.recipientPhoneDigits),
            holdingTitle(s.holding),
            categoryTitle(s.category),
            locale.toString(s.arrivedAtUtc.toLocalTime().date(), QLocale::ShortFormat),
            locale.toString(s.storageUntil, QLocale::ShortFormat),
            stored ? QString::number(left) : QString(),
            m_rows[r].dueKop > 0 ? Money::fromKopecks(m_rows[r].dueKop).format(numberStyleFor(locale), false)
                                 : QString(),
            storedStateTitle(s.state)};
        QColor background;
        if (stored && left < 0) {
            background = QColor(0xf8, 0xd0, 0xd0); // expired: goes back with the next return batch
            ++expired;
        } else if (stored && left == 0) {
            background = QColor(0xff, 0xe8, 0xb0); // the last day is today
            ++lastDayToday;
        }
        for (int c = 0; c < CCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (background.isValid())
                item->setBackground(background);
            if (c == CDaysLeft || c == CCod)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        if (s.itemId == keep)
            m_table->selectRow(r);
    }
    m_count->setText(tr("%n item(s)", nullptr, int(m_rows.size())) +
                     (expired ? tr(" · %n expired", nullptr, expired) : QString()) +
                     (lastDayToday ? tr(" · %n with the last day today", nullptr, lastDayToday) : QString()));
}

QString StorageScreen::selectedId() const
{
    const auto* v = selectedView();
    return v ? v->stored.itemId : QString();
}

const services::StoredItemView* StorageScreen::selectedView() const
{
    const auto selected = m_table->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? -1 : selected.front().row();
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void StorageScreen::extendSelected()
{
    const auto* view = selectedView();
    if (!view) {
        showMessage(tr("Select the item to extend in the list (F3 to find it, Enter, arrows)."), true);
        return;
    }
    const QString id = view->stored.itemId;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("extendDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Extend storage of %1").arg(id));
    auto* form = new QFormLayout(dialog);
    form->addRow(new QLabel(
        tr("Stored until %1.").arg(QLocale().toString(view->stored.storageUntil, QLocale::ShortFormat)),
        dialog));
    auto* days = new QSpinBox(dialog);
    days->setObjectName(QStringLiteral("extendDaysSpin"));
    days->setRange(1, 60);
    days->setValue(15);
    auto* by = new QComboBox(dialog);
    by->setObjectName(QStringLiteral("extendByCombo"));
    by->addItem(tr("the addressee (6.4)"), true);
    by->addItem(tr("the sender (6.5)"), false);
    form->addRow(tr("By days:"), days);
    form->addRow(tr("Requested by:"), by);
    auto* error = new QLabel(dialog);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Extend (Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back (Esc)"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, days, by, error, id] {
        auto done = m_storage.extend(id, days->value(), by->currentData().toBool());
        if (!done) {
            error->setText(done.error().message); // the dialog stays: fewer days may fit
            days->setFocus();
            return;
        }
        showMessage(tr("%1 is now stored until %2.")
                        .arg(id, QLocale().toString(done->stored.storageUntil, QLocale::ShortFormat)),
                    false);
        dialog->accept();
        refresh();
        focusAfterDialog(m_table);
    });
    days->setFocus();
    days->selectAll();
    dialog->open();
}

void StorageScreen::returnExpired()
{
    const QDate today = m_storage.localToday();
    auto due = m_storage.expiring(today.addDays(-1));
    if (!due) {
        showMessage(due.error().message, true);
        return;
    }
    QStringList toReturn;
    QStringList keep;
    for (const auto& v : *due)
        (v.stored.noReturn ? keep : toReturn)
            << QStringLiteral("%1 (%2)").arg(v.stored.itemId, v.stored.place);
    if (due->isEmpty()) {
        showMessage(tr("No item's storage period has ended: nothing to return."), false);
        return;
    }
    QString text = tr("%n item(s) go back to their senders (3.1):", nullptr, int(toReturn.size()));
    text += QLatin1Char('\n') + (toReturn.isEmpty() ? tr("none") : toReturn.join(QStringLiteral(", ")));
    if (!keep.isEmpty())
        text +=
            QStringLiteral("\n\n") +
            tr("%n item(s) marked \"not to be returned\" are kept as unclaimed:", nullptr, int(keep.size())) +
            QLatin1Char('\n') + keep.join(QStringLiteral(", "));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Return expired items"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("returnExpiredBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Return (Enter)"));
    box->button(QMessageBox::Cancel)->setText(tr("Back (Esc)"));
    box->setDefaultButton(QMessageBox::Yes);
    connect(box, &QMessageBox::finished, this, [this, box, today] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        auto batch = m_storage.returnExpired(today);
        if (!batch) {
            showMessage(tr("Nothing was returned: %1").arg(batch.error().message), true);
            return;
        }
        showMessage(tr("Returned to senders: %1. Kept as unclaimed: %2.")
                        .arg(batch->returned.size())
                        .arg(batch->unclaimed.size()),
                    false);
        refresh();
        focusAfterDialog(m_scan->isEnabled() ? m_scan : m_search);
        emit itemsReturned(int(batch->returned.size()));
    });
    box->open();
}

void StorageScreen::reprintNotice()
{
    const auto* view = selectedView();
    if (!m_printQueue)
        return;
    if (!view) {
        showMessage(tr("Select the item whose Ф.22 notice to reprint."), true);
        return;
    }
    if (!view->stored.noticeJob) {
        showMessage(tr("%1 has no Ф.22 notice (poste restante items get none).").arg(view->stored.itemId),
                    true);
        return;
    }
    auto job = m_printQueue->reprint(*view->stored.noticeJob);
    if (!job) {
        showMessage(job.error().message, true);
        return;
    }
    showMessage(
        tr("Ф.22 notice for %1 sent to the printer again (job %2).").arg(view->stored.itemId).arg(*job),
        false);
}

void StorageScreen::backOut()
{
    // Esc: out of the list or the search back to the arrival field; there, clear it.
    if (m_table->hasFocus() || m_search->hasFocus()) {
        m_search->clear();
        (m_scan->isEnabled() ? m_scan : m_search)->setFocus();
        return;
    }
    for (QLineEdit* e : {m_scan, m_weight, m_name, m_phone})
        e->clear();
    m_message->clear();
    m_scan->setFocus();
}

} // namespace pc::app
