#include "IssuingScreen.h"

#include "IdentificationPanel.h"
#include "StorageTexts.h"
#include "domain/ItemIdentifier.h"
#include "domain/Money.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace pc::app {

namespace {
enum Column { CTick, CId, CPlace, CName, CPhone, CKind, CLastDay, CCod, CCount };

QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(numberStyleFor(QLocale()));
}

QPushButton* keyButton(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setFocusPolicy(Qt::NoFocus); // the cursor stays where the clerk types
    return b;
}
} // namespace

IssuingScreen::IssuingScreen(services::IssuingService& issuing, services::StorageService& storage,
                             QWidget* parent)
    : QWidget(parent), m_issuing(issuing), m_storage(storage)
{
    auto* columns = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("issueFindEdit"));
    m_find->setPlaceholderText(
        tr("Scan the item or its Ф.22 notice, or type phone, name, identifier digits (F2)"));
    QFont big = m_find->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_find->setFont(big);
    left->addWidget(m_find);
    m_recipient = new QLabel(this);
    m_recipient->setObjectName(QStringLiteral("recipientLabel"));
    QFont bold = m_recipient->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_recipient->setFont(bold);
    left->addWidget(m_recipient);

    m_items = new QTableWidget(0, CCount, this);
    m_items->setObjectName(QStringLiteral("issueItemsTable"));
    m_items->setHorizontalHeaderLabels({tr("Give"), tr("Identifier"), tr("Place"), tr("Recipient"),
                                        tr("Phone"), tr("Kind"), tr("Last day"), tr("COD, ₽")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(CName, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    left->addWidget(new QLabel(tr("Items waiting (F3: Space ticks, Enter goes on to identification)"), this));
    left->addWidget(m_items, 1);

    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_due->setWordWrap(true);
    m_due->setTextFormat(Qt::PlainText);
    left->addWidget(m_due);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("dueTotalLabel"));
    QFont huge = m_total->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.0);
    huge.setBold(true);
    m_total->setFont(huge);
    left->addWidget(m_total);

    right->addWidget(new QLabel(tr("Identify the recipient"), this));
    m_identification = new IdentificationPanel(this);
    m_identification->setObjectName(QStringLiteral("identificationPanel"));
    m_identification->setToday(m_storage.localToday());
    right->addWidget(m_identification);
    m_handOverButton = keyButton(tr("Take payment and hand over (F12)"), "handOverButton", this);
    QFont buttonFont = m_handOverButton->font();
    buttonFont.setBold(true);
    m_handOverButton->setFont(buttonFont);
    m_handOverButton->setMinimumHeight(40);
    auto* refuseButton = keyButton(tr("Refused… (Ctrl+R)"), "refuseButton", this);
    auto* failedButton = keyButton(tr("Not handed over… (Ctrl+N)"), "failedAttemptButton", this);
    auto* backButton = keyButton(tr("Back (Esc)"), "backButton", this);
    right->addWidget(m_handOverButton);
    auto* other = new QHBoxLayout;
    other->addWidget(refuseButton);
    other->addWidget(failedButton);
    other->addWidget(backButton);
    right->addLayout(other);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("issueMessageLabel"));
    m_message->setWordWrap(true);
    QFont msgFont = m_message->font();
    msgFont.setPointSizeF(msgFont.pointSizeF() * 1.2);
    msgFont.setBold(true);
    m_message->setFont(msgFont);
    right->addWidget(m_message);
    right->addStretch(1);

    connect(m_find, &QLineEdit::returnPressed, this, &IssuingScreen::find);
    connect(m_items, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == CTick)
            updateDue();
    });
    auto* enterInList =
        new QShortcut(QKeySequence(Qt::Key_Return), m_items, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enterInList, &QShortcut::activated, m_identification, &IdentificationPanel::focusFirst);
    connect(m_identification, &IdentificationPanel::sendCodeRequested, this, &IssuingScreen::sendCode);
    connect(m_identification, &IdentificationPanel::codeEntered, this, &IssuingScreen::checkCode);
    connect(m_identification, &IdentificationPanel::completed, this,
            [this] { showMessage(tr("Identified. F12: take payment and hand over."), false); });
    connect(m_handOverButton, &QPushButton::clicked, this, &IssuingScreen::handOver);
    connect(refuseButton, &QPushButton::clicked, this, &IssuingScreen::refuse);
    connect(failedButton, &QPushButton::clicked, this, &IssuingScreen::failedAttempt);
    connect(backButton, &QPushButton::clicked, this, &IssuingScreen::backOut);

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F2), [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    shortcut(QKeySequence(Qt::Key_F3), [this] {
        m_items->setFocus();
        if (m_items->currentRow() < 0 && m_items->rowCount() > 0)
            m_items->setCurrentCell(0, CTick);
    });
    shortcut(QKeySequence(Qt::Key_F12), [this] { handOver(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { refuse(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { failedAttempt(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_A), [this] {
        for (int r = 0; r < m_items->rowCount(); ++r)
            m_items->item(r, CTick)->setCheckState(Qt::Checked);
    });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { backOut(); });
    updateDue();
}

void IssuingScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_identification->setToday(m_storage.localToday());
    if (m_shown.isEmpty())
        m_find->setFocus();
}

void IssuingScreen::takeScan(const QString& text)
{
    m_find->setText(text);
    find();
}

void IssuingScreen::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(text);
}

void IssuingScreen::find()
{
    const QString text = m_find->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Scan the item or its notice, or type the recipient's phone or name."), true);
        return;
    }
    auto found = m_storage.find(text);
    if (!found) {
        showMessage(found.error().message, true);
        return;
    }
    QList<services::StoredItemView> stored;
    QStringList gone;
    for (const auto& v : std::as_const(*found))
        (v.stored.state == u"stored"
             ? stored.push_back(v)
             : void(gone << tr("%1 is %2").arg(v.stored.itemId, storedStateTitle(v.stored.state))));
    // A scanned item brings its recipient's other items (same phone) onto the list, unticked.
    QString scannedId;
    if (auto id = parseItemId(text); id && stored.size() == 1) {
        scannedId = id->text;
        const QString phone = stored.front().stored.recipientPhoneDigits;
        if (!phone.isEmpty())
            if (auto more = m_storage.find(phone, services::FindBy::Phone))
                for (const auto& v : std::as_const(*more))
                    if (v.stored.state == u"stored" && v.stored.itemId != scannedId)
                        stored.push_back(v);
    }
    if (stored.isEmpty()) {
        showMessage(gone.isEmpty() ? tr("Nothing is waiting here for \"%1\".").arg(text)
                                   : tr("Not waiting here: %1.").arg(gone.join(QStringLiteral("; "))),
                    true);
        m_find->selectAll();
        return;
    }
    showMessage(gone.isEmpty() ? QString() : tr("Not waiting here: %1.").arg(gone.join(QStringLiteral("; "))),
                !gone.isEmpty());
    showItems(stored, scannedId);
    m_identification->focusFirst();
}

void IssuingScreen::showItems(const QList<services::StoredItemView>& items, const QString& scannedId)
{
    m_shown = items;
    const bool oneRecipient = std::all_of(items.begin(), items.end(), [&](const auto& v) {
        return v.stored.recipientPhoneDigits == items.front().stored.recipientPhoneDigits &&
               v.stored.recipientNameKey == items.front().stored.recipientNameKey;
    });
    const QLocale locale;
    QSignalBlocker block(m_items);
    m_items->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const db::StoredItemRecord& s = items[r].stored;
        auto* tick = new QTableWidgetItem;
        tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool ticked = scannedId.isEmpty() ? oneRecipient : s.itemId == scannedId;
        tick->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        m_items->setItem(r, CTick, tick);
        const QStringList cells{
            s.itemId,
            s.place,
            s.recipientName,
            maskedPhone(s.recipientPhoneDigits),
            categoryTitle(s.category),
            locale.toString(s.storageUntil, QLocale::ShortFormat),
            items[r].dueKop > 0 ? Money::fromKopecks(items[r].dueKop).format(numberStyleFor(locale), false)
                                : QString()};
        for (int c = CId; c < CCount; ++c) {
            auto* cell = new QTableWidgetItem(cells[c - CId]);
            if (c == CPlace) {
                QFont f = cell->font();
                f.setBold(true); // where to fetch it from: what the clerk looks for first
                cell->setFont(f);
            }
            m_items->setItem(r, c, cell);
        }
    }
    if (!items.isEmpty())
        m_items->setCurrentCell(0, CTick);
    const auto& first = items.front().stored;
    m_phoneDigits = oneRecipient ? first.recipientPhoneDigits : QString();
    m_recipient->setText(
        oneRecipient ? tr("Recipient: %1 %2")
                           .arg(first.recipientName.isEmpty() ? tr("(name not known)") : first.recipientName,
                                maskedPhone(first.recipientPhoneDigits))
                     : tr("Several recipients: tick the items of the one at the counter."));
    updateDue();
}

QStringList IssuingScreen::tickedIds() const
{
    QStringList ids;
    for (int r = 0; r < m_items->rowCount(); ++r)
        if (m_items->item(r, CTick)->checkState() == Qt::Checked)
            ids << m_items->item(r, CId)->text();
    return ids;
}

void IssuingScreen::updateDue()
{
    const QStringList ids = tickedIds();
    m_dueTotalKop = -1;
    if (ids.isEmpty()) {
        m_due->clear();
        m_total->setText(tr("Nothing ticked"));
        m_handOverButton->setEnabled(false);
        return;
    }
    auto due = m_issuing.dueFor(ids);
    if (!due) {
        m_due->setText(due.error().message);
        m_total->clear();
        m_handOverButton->setEnabled(false);
        return;
    }
    QStringList lines;
    qint64 cod = 0, fee = 0, duty = 0, storage = 0;
    for (const auto& d : std::as_const(due->items)) {
        cod += d.codKop;
        fee += d.codFeeKop;
        duty += d.customsDutyKop;
        storage += d.storageChargeKop;
    }
    if (cod)
        lines << tr("Cash on delivery: %1").arg(rub(cod));
    if (fee)
        lines << tr("COD transfer fee: %1").arg(rub(fee));
    if (duty)
        lines << tr("Customs duty: %1").arg(rub(duty));
    if (storage)
        lines << tr("Storage charges: %1").arg(rub(storage));
    m_due->setText(lines.join(QLatin1Char('\n')));
    m_dueTotalKop = due->totalKop;
    m_total->setText(due->totalKop > 0
                         ? tr("Due: %1 (%n item(s))", nullptr, int(ids.size())).arg(rub(due->totalKop))
                         : tr("Nothing to pay (%n item(s))", nullptr, int(ids.size())));
    m_handOverButton->setEnabled(true);
    m_handOverButton->setText(due->totalKop > 0 ? tr("Take payment and hand over (F12)")
                                                : tr("Hand over (F12)"));
}

services::SmsTarget IssuingScreen::smsTarget() const
{
    services::SmsTarget t;
    if (!m_phoneDigits.isEmpty())
        t.phone = m_phoneDigits;
    else
        t.itemId = tickedIds().value(0);
    return t;
}

void IssuingScreen::sendCode()
{
    if (tickedIds().isEmpty()) {
        showMessage(tr("Find the recipient's items first (F2)."), true);
        return;
    }
    auto sent = m_issuing.sendSmsCode(smsTarget());
    if (!sent) {
        m_identification->setSmsStatus(sent.error().message, true);
        return;
    }
    m_identification->setSmsStatus(
        tr("Code sent to %1, valid until %2. Ask the recipient for it.")
            .arg(sent->phoneMasked,
                 QLocale().toString(sent->expiresAtUtc.toLocalTime().time(), QLocale::ShortFormat)),
        false);
    m_identification->setMethod(IdentificationPanel::Method::SmsCode);
}

void IssuingScreen::checkCode(const QString& code)
{
    auto checked = m_issuing.verifySmsCode(smsTarget(), code);
    if (!checked) {
        m_identification->setSmsStatus(checked.error().message, true);
        return;
    }
    switch (checked->check) {
    case issuing::SmsCheck::Accepted:
        m_identification->setSmsStatus(tr("Code accepted. F12: take payment and hand over."), false);
        return;
    case issuing::SmsCheck::Wrong:
        m_identification->setSmsStatus(tr("Wrong code: %n attempt(s) left.", nullptr, checked->attemptsLeft),
                                       true);
        return;
    case issuing::SmsCheck::LockedNow:
    case issuing::SmsCheck::AlreadyLocked:
        m_identification->setSmsStatus(
            tr("The code is locked after too many wrong attempts: identify by document (Ctrl+1)."), true);
        return;
    case issuing::SmsCheck::Expired:
        m_identification->setSmsStatus(tr("The code has expired: send a new one (Ctrl+S)."), true);
        return;
    case issuing::SmsCheck::AlreadyUsed:
        m_identification->setSmsStatus(tr("The code was already used: send a new one (Ctrl+S)."), true);
        return;
    }
}

void IssuingScreen::backOut()
{
    // Esc: out of the identification to the list; out of the list to a fresh search.
    if (m_identification->isAncestorOf(QApplication::focusWidget()) && !m_shown.isEmpty()) {
        m_items->setFocus();
        return;
    }
    reset(QString());
}

void IssuingScreen::reset(const QString& message)
{
    m_shown.clear();
    {
        QSignalBlocker block(m_items);
        m_items->setRowCount(0);
    }
    m_identification->clear();
    m_recipient->clear();
    m_phoneDigits.clear();
    m_find->clear();
    updateDue();
    showMessage(message, false);
    focusFind();
}

void IssuingScreen::focusFind()
{
    m_find->setFocus();
    // After a payment or reason dialog the window gets its focus back only once the dialog is gone.
    QTimer::singleShot(0, m_find, [f = m_find] {
        if (!f->window()->isActiveWindow())
            f->window()->activateWindow();
        f->setFocus();
        f->selectAll();
    });
}

} // namespace pc::app
