#include "ClaimDialog.h"

#include "services/printing/PrintQueueService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

namespace {
QLineEdit* field(QWidget* parent, const char* name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}
} // namespace

ClaimDialog::ClaimDialog(const db::Connection& connection, const Clock& clock, services::CounterContext ctx,
                         services::OfficeInfo office, services::PrinterRegistry* printers,
                         services::PrintQueueService* queue, QWidget* parent)
    : QDialog(parent), m_service(std::make_unique<services::ClaimService>(connection, clock, std::move(ctx),
                                                                          std::move(office))),
      m_queue(queue)
{
    setWindowTitle(tr("Search claims"));
    setObjectName(QStringLiteral("claimDialog"));
    m_service->setPrinting(printers, queue);

    auto* column = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_item = field(this, "claimItem");
    m_item->setPlaceholderText(tr("Scan or type the identifier, Enter"));
    form->addRow(tr("Item"), m_item);
    m_itemInfo = new QLabel(this);
    m_itemInfo->setObjectName(QStringLiteral("claimItemInfo"));
    m_itemInfo->setWordWrap(true);
    m_itemInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_itemInfo);
    m_acceptedOn = new QDateEdit(this);
    m_acceptedOn->setObjectName(QStringLiteral("claimAcceptedOn"));
    m_acceptedOn->setCalendarPopup(true);
    m_acceptedOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    // The lowest date reads "not known": a typed-in item is refused until the clerk sets the real one.
    m_acceptedOn->setMinimumDate(QDate(2000, 1, 1));
    m_acceptedOn->setSpecialValueText(tr("not known"));
    m_acceptedOn->setDate(m_acceptedOn->minimumDate());
    form->addRow(tr("Accepted on"), m_acceptedOn);
    m_acceptedOffice = field(this, "claimAcceptedOffice");
    form->addRow(tr("Accepted at office"), m_acceptedOffice);
    m_senderName = field(this, "claimSenderName");
    form->addRow(tr("Sender"), m_senderName);
    m_senderAddress = field(this, "claimSenderAddress");
    form->addRow(tr("Sender's address"), m_senderAddress);
    m_recipientName = field(this, "claimRecipientName");
    form->addRow(tr("Recipient"), m_recipientName);
    m_recipientAddress = field(this, "claimRecipientAddress");
    form->addRow(tr("Recipient's address"), m_recipientAddress);
    m_value = field(this, "claimValue");
    m_value->setPlaceholderText(tr("declared value, roubles"));
    form->addRow(tr("Declared value"), m_value);
    m_contents = field(this, "claimContents");
    form->addRow(tr("Contents"), m_contents);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("claimRole"));
    m_role->addItem(tr("Sender"), QStringLiteral("sender"));
    m_role->addItem(tr("Recipient"), QStringLiteral("recipient"));
    form->addRow(tr("Claimant is the"), m_role);
    m_name = field(this, "claimantName");
    form->addRow(tr("Claimant's name"), m_name);
    m_phone = field(this, "claimantPhone");
    form->addRow(tr("Phone"), m_phone);
    m_address = field(this, "claimantAddress");
    form->addRow(tr("Claimant's address"), m_address);
    column->addLayout(form);

    auto* open = new QPushButton(tr("Open the claim and print (F12)"), this);
    open->setObjectName(QStringLiteral("openClaim"));
    open->setAutoDefault(false);
    column->addWidget(open);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("claimMessage"));
    m_message->setWordWrap(true);
    column->addWidget(m_message);

    m_list = new QTableWidget(0, 6, this);
    m_list->setObjectName(QStringLiteral("claimList"));
    m_list->setHorizontalHeaderLabels(
        {tr("Number"), tr("Item"), tr("Claimant"), tr("Filed"), tr("Answer due"), tr("State")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    column->addWidget(m_list, 1);

    auto* actions = new QHBoxLayout;
    m_actionText = field(this, "claimActionText");
    m_actionText->setPlaceholderText(tr("answer or closing note"));
    actions->addWidget(m_actionText, 2);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("claimOutcome"));
    for (auto o : {claims::ClaimOutcome::FoundDelivered, claims::ClaimOutcome::FoundReturned,
                   claims::ClaimOutcome::Lost, claims::ClaimOutcome::Rejected})
        m_outcome->addItem(claims::outcomeText(o), claims::outcomeName(o));
    actions->addWidget(m_outcome, 1);
    m_compensation = field(this, "claimCompensation");
    m_compensation->setPlaceholderText(tr("compensation, roubles"));
    actions->addWidget(m_compensation, 1);
    auto* answer = new QPushButton(tr("Answer (F9)"), this);
    answer->setObjectName(QStringLiteral("answerClaim"));
    answer->setAutoDefault(false);
    actions->addWidget(answer);
    auto* close = new QPushButton(tr("Close (F10)"), this);
    close->setObjectName(QStringLiteral("closeClaim"));
    close->setAutoDefault(false);
    actions->addWidget(close);
    column->addLayout(actions);

    connect(m_item, &QLineEdit::returnPressed, this, &ClaimDialog::lookUp);
    connect(open, &QPushButton::clicked, this, &ClaimDialog::openClaim);
    connect(answer, &QPushButton::clicked, this, &ClaimDialog::answerSelected);
    connect(close, &QPushButton::clicked, this, &ClaimDialog::closeSelected);
    connect(new QShortcut(QKeySequence(Qt::Key_F12), this), &QShortcut::activated, this,
            &ClaimDialog::openClaim);
    connect(new QShortcut(QKeySequence(Qt::Key_F9), this), &QShortcut::activated, this,
            &ClaimDialog::answerSelected);
    connect(new QShortcut(QKeySequence(Qt::Key_F10), this), &QShortcut::activated, this,
            &ClaimDialog::closeSelected);
    // Enter in a claimant field moves on instead of closing the dialog.
    for (QLineEdit* e : {m_acceptedOffice, m_senderName, m_senderAddress, m_recipientName, m_recipientAddress,
                         m_value, m_contents, m_name, m_phone, m_address})
        connect(e, &QLineEdit::returnPressed, this, [this] { focusNextChild(); });

    resize(820, 760);
    refreshList();
    m_item->setFocus();
}

ClaimDialog::~ClaimDialog() = default;

void ClaimDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void ClaimDialog::clearForm()
{
    for (QLineEdit* e : {m_item, m_acceptedOffice, m_senderName, m_senderAddress, m_recipientName,
                         m_recipientAddress, m_value, m_contents, m_name, m_phone, m_address})
        e->clear();
    m_itemInfo->clear();
    m_itemId.clear();
    m_itemKnown = false;
    m_acceptedOn->setEnabled(true);
    m_acceptedOn->setDate(m_acceptedOn->minimumDate());
}

void ClaimDialog::lookUp()
{
    auto p = m_service->prefill(m_item->text());
    if (!p) {
        showMessage(p.error().message, true);
        m_item->selectAll();
        return;
    }
    m_itemId = p->itemId;
    m_itemKnown = p->itemKnown;
    m_item->setText(p->itemId);
    m_senderName->setText(p->sender.name);
    m_senderAddress->setText(p->sender.address);
    m_recipientName->setText(p->recipient.name);
    m_recipientAddress->setText(p->recipient.address);
    m_value->setText(p->declaredValueKop
                         ? Money::fromKopecks(p->declaredValueKop).format(NumberStyle::Russian, false)
                         : QString());
    m_contents->setText(p->contents);
    m_acceptedOffice->setText(p->acceptedOffice);
    m_acceptedOn->setDate(p->acceptedOn.isValid() ? p->acceptedOn : m_acceptedOn->minimumDate());
    // What the office knows stays as it is; a typed-in item needs its acceptance date and value.
    m_acceptedOn->setEnabled(!p->itemKnown);
    m_value->setReadOnly(p->itemKnown);
    QStringList info;
    info << (p->itemKnown ? tr("%1 was accepted here on %2.")
                                .arg(p->product.isEmpty() ? p->itemId : p->product,
                                     p->acceptedOn.toString(QStringLiteral("dd.MM.yyyy")))
                          : tr("%1 is not known here: type the acceptance date and the customer's data.")
                                .arg(p->itemId));
    if (!p->lastOperation.isEmpty())
        info << tr("Last known: %1, %2.").arg(p->lastOperation, p->lastPlace);
    if (p->history.network != services::tracking::ItemHistory::Network::Online &&
        !p->history.networkMessage.isEmpty())
        info << p->history.networkMessage;
    for (const auto& c : p->claims)
        if (c.state != claims::ClaimState::Closed)
            info << tr("Claim %1 is already open, answer due by %2.")
                        .arg(c.number, c.deadline.toString(QStringLiteral("dd.MM.yyyy")));
    m_itemInfo->setText(info.join(u'\n'));
    showMessage(QString(), false);
    if (p->itemKnown)
        m_name->setFocus();
    else
        m_acceptedOn->setFocus();
}

void ClaimDialog::openClaim()
{
    if (m_itemId.isEmpty() || m_item->text().trimmed() != m_itemId) {
        lookUp();
        if (m_itemId.isEmpty())
            return;
    }
    services::ClaimRequest r;
    r.itemId = m_itemId;
    r.role = claims::roleFromName(m_role->currentData().toString()).value_or(claims::ClaimantRole::Sender);
    r.name = m_name->text();
    r.phone = m_phone->text();
    r.address = m_address->text();
    if (!m_itemKnown) {
        if (m_acceptedOn->date() != m_acceptedOn->minimumDate())
            r.acceptedOn = m_acceptedOn->date();
        r.acceptedOffice = m_acceptedOffice->text();
        if (!m_value->text().trimmed().isEmpty()) {
            auto v = Money::parse(m_value->text(), NumberStyle::Russian);
            if (!v) {
                showMessage(v.error().message, true);
                m_value->setFocus();
                return;
            }
            r.declaredValueKop = v->kopecks();
        }
    }
    r.contents = m_contents->text();
    r.senderName = m_senderName->text();
    r.senderAddress = m_senderAddress->text();
    r.recipientName = m_recipientName->text();
    r.recipientAddress = m_recipientAddress->text();
    auto opened = m_service->open(r);
    if (!opened) {
        showMessage(opened.error().message, true);
        if (opened.error().code == u"claim.claimant_name" || opened.error().code == u"claim.phone")
            (opened.error().code == u"claim.phone" ? m_phone : m_name)->setFocus();
        return;
    }
    QString text =
        tr("Claim %1 opened; the answer is due by %2. The claim form and the slip are printing.")
            .arg(opened->claim.number, opened->claim.deadline.toString(QStringLiteral("dd.MM.yyyy")));
    if (!opened->warning.isEmpty())
        text += u'\n' + opened->warning;
    clearForm();
    showMessage(text, false);
    refreshList();
    emit claimOpened(opened->claim.number);
    m_item->setFocus();
}

void ClaimDialog::refreshList()
{
    auto open = m_service->listOpen();
    m_list->setRowCount(0);
    if (!open) {
        showMessage(open.error().message, true);
        return;
    }
    const QDate today = m_service->localToday();
    m_list->setRowCount(int(open->size()));
    for (int row = 0; row < open->size(); ++row) {
        const db::ClaimRecord& c = open->at(row);
        const bool overdue = c.state == claims::ClaimState::Opened && c.deadline < today;
        const QStringList cells{c.number,
                                c.itemId,
                                c.claimantName,
                                c.filedOn.toString(QStringLiteral("dd.MM.yyyy")),
                                c.deadline.toString(QStringLiteral("dd.MM.yyyy")),
                                overdue ? tr("overdue") : claims::stateText(c.state)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* cell = new QTableWidgetItem(cells[col]);
            if (overdue) {
                cell->setBackground(QColor(0xff, 0xcd, 0xd2));
                cell->setData(Qt::UserRole, true);
            }
            m_list->setItem(row, col, cell);
        }
    }
    m_list->resizeColumnsToContents();
}

QString ClaimDialog::selectedNumber() const
{
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_list->item(rows.first().row(), 0)->text();
}

void ClaimDialog::answerSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty()) {
        showMessage(tr("Select a claim in the list first."), true);
        m_list->setFocus();
        return;
    }
    auto done = m_service->answer(number, m_actionText->text());
    if (!done) {
        showMessage(done.error().message, true);
        m_actionText->setFocus();
        return;
    }
    m_actionText->clear();
    showMessage(tr("Claim %1 answered.").arg(number), false);
    refreshList();
}

void ClaimDialog::closeSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty()) {
        showMessage(tr("Select a claim in the list first."), true);
        m_list->setFocus();
        return;
    }
    std::optional<Money> compensation;
    if (!m_compensation->text().trimmed().isEmpty()) {
        auto m = Money::parse(m_compensation->text(), NumberStyle::Russian);
        if (!m) {
            showMessage(m.error().message, true);
            m_compensation->setFocus();
            return;
        }
        compensation = *m;
    }
    const auto outcome =
        claims::outcomeFromName(m_outcome->currentData().toString()).value_or(claims::ClaimOutcome::Rejected);
    auto done = m_service->close(number, outcome, compensation, m_actionText->text());
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    m_actionText->clear();
    m_compensation->clear();
    showMessage(tr("Claim %1 closed: %2.").arg(number, claims::outcomeText(outcome)), false);
    refreshList();
}

} // namespace pc::app
