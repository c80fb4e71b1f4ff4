#include "BusinessListPanel.h"

#include "services/acceptance/BusinessListService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

namespace {
enum Column { LClient, LSource, LContract, LProgress, LCount };
}

BusinessListPanel::BusinessListPanel(services::BusinessListService& lists, qint64 activeListId,
                                     QWidget* parent)
    : QDialog(parent), m_service(lists)
{
    setWindowTitle(tr("Business lists"));
    setObjectName(QStringLiteral("businessListPanel"));
    m_lists = new QTableWidget(0, LCount, this);
    m_lists->setObjectName(QStringLiteral("businessListsTable"));
    m_lists->setHorizontalHeaderLabels({tr("Client"), tr("List"), tr("Contract"), tr("Accepted")});
    m_lists->horizontalHeader()->setSectionResizeMode(LClient, QHeaderView::Stretch);
    m_lists->verticalHeader()->hide();
    m_lists->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lists->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lists->setSelectionMode(QAbstractItemView::SingleSelection);
    m_missingTitle = new QLabel(this);
    m_missing = new QListWidget(this);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setFocusPolicy(Qt::NoFocus);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("listResultLabel"));
    m_result->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    auto* use = buttons->addButton(tr("Scan this list (Enter)"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("useListButton"));
    use->setDefault(true);
    auto* all = buttons->addButton(tr("&All lists"), QDialogButtonBox::ActionRole);
    all->setObjectName(QStringLiteral("allListsButton"));
    all->setAutoDefault(false);
    auto* close = buttons->addButton(tr("&Close list…"), QDialogButtonBox::ActionRole);
    close->setObjectName(QStringLiteral("closeListButton"));
    close->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(all, &QPushButton::clicked, this, &BusinessListPanel::chooseAllLists);
    connect(close, &QPushButton::clicked, this, &BusinessListPanel::closeSelectedList);
    connect(m_lists, &QTableWidget::currentCellChanged, this, &BusinessListPanel::showMissing);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lists, 2);
    layout->addWidget(m_missingTitle);
    layout->addWidget(m_missing, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 480);

    refresh();
    for (int r = 0; r < m_lists->rowCount(); ++r)
        if (m_lists->item(r, LClient)->data(Qt::UserRole).toLongLong() == activeListId)
            m_lists->selectRow(r);
    m_lists->setFocus();
}

void BusinessListPanel::refresh()
{
    const qint64 current =
        m_lists->currentRow() >= 0
            ? m_lists->item(m_lists->currentRow(), LClient)->data(Qt::UserRole).toLongLong()
            : 0;
    m_lists->setRowCount(0);
    auto lists = m_service.openLists();
    if (!lists) {
        m_result->setText(lists.error().message);
        return;
    }
    for (const auto& l : std::as_const(*lists)) {
        const int row = m_lists->rowCount();
        m_lists->insertRow(row);
        const QStringList cells = {l.clientName, l.sourceName, l.contract,
                                   tr("%1 of %2").arg(l.accepted).arg(l.accepted + l.expected)};
        for (int c = 0; c < LCount; ++c)
            m_lists->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_lists->item(row, LClient)->setData(Qt::UserRole, l.id);
        if (l.id == current)
            m_lists->selectRow(row);
    }
    if (m_lists->currentRow() < 0 && m_lists->rowCount() > 0)
        m_lists->selectRow(0);
    showMissing();
}

qint64 BusinessListPanel::selectedListId() const
{
    const int row = m_lists->currentRow();
    if (m_all || row < 0)
        return 0;
    return m_lists->item(row, LClient)->data(Qt::UserRole).toLongLong();
}

void BusinessListPanel::showMissing()
{
    m_missing->clear();
    const qint64 id = m_lists->currentRow() >= 0
                          ? m_lists->item(m_lists->currentRow(), LClient)->data(Qt::UserRole).toLongLong()
                          : 0;
    if (id == 0) {
        m_missingTitle->setText(tr("No open lists."));
        return;
    }
    auto missing = m_service.missing(id);
    if (!missing) {
        m_missingTitle->setText(missing.error().message);
        return;
    }
    m_missing->addItems(*missing);
    m_missingTitle->setText(tr("Still missing: %n item(s)", nullptr, int(missing->size())));
}

void BusinessListPanel::chooseAllLists()
{
    m_all = true;
    accept();
}

void BusinessListPanel::closeSelectedList()
{
    const int row = m_lists->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_lists->item(row, LClient)->data(Qt::UserRole).toLongLong();
    auto missing = m_service.missing(id);
    if (!missing) {
        m_result->setText(missing.error().message);
        return;
    }
    if (!missing->isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Close the list"),
            tr("%n item(s) of this list were not presented. Close the list anyway? They stay unaccepted "
               "and are named on the Ф.103.",
               nullptr, int(missing->size())));
        if (answer != QMessageBox::Yes)
            return;
    }
    auto closed = m_service.close(id, !missing->isEmpty());
    if (!closed) {
        m_result->setText(closed.error().message);
        return;
    }
    // Nothing accepted: nothing to hand over, so no Ф.103 is printed.
    m_result->setText(closed->f103Job > 0
                          ? tr("List \"%1\" closed. Ф.103 print job No. %2.")
                                .arg(closed->list.sourceName)
                                .arg(closed->f103Job)
                          : tr("List \"%1\" closed. Nothing of it was accepted: there is no Ф.103.")
                                .arg(closed->list.sourceName));
    refresh();
}

} // namespace pc::app
