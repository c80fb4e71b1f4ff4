#include "ItemHistoryDialog.h"

#include "services/tracking/ItemEventsClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

using services::tracking::HistoryEntry;
using services::tracking::ItemHistory;

ItemHistoryDialog::ItemHistoryDialog(const db::Connection& connection, services::sync::SyncConfig config,
                                     QWidget* parent)
    : QDialog(parent), m_connection(connection),
      m_client(new services::tracking::ItemEventsClient(std::move(config), this)), m_id(new QLineEdit(this)),
      m_network(new QLabel(this)), m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("itemHistory"));
    setWindowTitle(tr("Item history"));
    m_id->setObjectName(QStringLiteral("historyId"));
    m_id->setPlaceholderText(tr("Scan or type the item identifier, then Enter"));
    auto* show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("historyShow"));
    show->setAutoDefault(false);
    m_network->setObjectName(QStringLiteral("historyNetwork"));
    m_network->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When (local time there)"), tr("Operation"), tr("Where"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* row = new QHBoxLayout;
    row->addWidget(m_id, 1);
    row->addWidget(show);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_network);
    layout->addWidget(m_table, 1);

    // A wedge scanner types the identifier and Enter, like a clerk.
    connect(m_id, &QLineEdit::returnPressed, this, [this] { showItem(m_id->text()); });
    connect(show, &QPushButton::clicked, this, [this] { showItem(m_id->text()); });
    resize(900, 480);
}

void ItemHistoryDialog::showItem(const QString& identifier)
{
    const QString id = services::tracking::normalizeItemId(identifier);
    const quint64 generation = ++m_generation;
    m_id->setText(id);
    m_history = {};
    m_history.itemId = id;
    if (id.isEmpty()) {
        m_network->setText(tr("Scan or type an item identifier."));
        render();
        return;
    }
    auto local = services::tracking::readLocalHistory(m_connection, id);
    const QList<HistoryEntry> localEntries = local ? *local : QList<HistoryEntry>{};
    m_history.entries = localEntries;
    m_network->setText(local ? tr("Asking the tracking network…")
                             : tr("This counter's journal cannot be read: %1").arg(local.error().message));
    render();
    m_client->fetch(id, [this, id, generation, localEntries](Result<QList<HistoryEntry>> remote) {
        if (generation != m_generation)
            return;
        m_history = services::tracking::makeItemHistory(id, localEntries, remote);
        switch (m_history.network) {
        case ItemHistory::Network::Online:
            m_network->setText(tr("This counter's operations and the tracking network's events."));
            m_network->setStyleSheet({});
            break;
        case ItemHistory::Network::Offline:
        case ItemHistory::Network::NotConfigured:
            m_network->setText(tr("The tracking network cannot be asked: %1 Only this counter's operations "
                                  "are shown.")
                                   .arg(m_history.networkMessage));
            m_network->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; padding: 6px; }"));
            break;
        }
        render();
        emit historyReady();
    });
}

void ItemHistoryDialog::render()
{
    m_table->setRowCount(0);
    if (m_history.entries.isEmpty() && !m_history.itemId.isEmpty()) {
        m_table->setRowCount(1);
        m_table->setItem(0, 1, new QTableWidgetItem(tr("No events are known for this item yet.")));
        return;
    }
    m_table->setRowCount(static_cast<int>(m_history.entries.size()));
    for (int r = 0; r < m_history.entries.size(); ++r) {
        const HistoryEntry& e = m_history.entries[r];
        QString source;
        if (e.source == HistoryEntry::Source::Network)
            source = tr("Network");
        else if (e.confirmedByNetwork)
            source = tr("Here (the network has it)");
        else if (e.sent)
            source = tr("Here (sent)");
        else if (e.eventId.isEmpty())
            source = tr("Here");
        else
            source = tr("Here (not yet sent)");
        const QString where = e.counter.isEmpty() || e.source == HistoryEntry::Source::Network
                                  ? e.office
                                  : tr("%1, counter %2").arg(e.office, e.counter);
        m_table->setItem(r, 0, new QTableWidgetItem(e.localTimeText()));
        m_table->setItem(r, 1, new QTableWidgetItem(e.operationText()));
        m_table->setItem(r, 2, new QTableWidgetItem(where));
        auto* s = new QTableWidgetItem(source);
        s->setData(Qt::UserRole, e.source == HistoryEntry::Source::Network ? QStringLiteral("network")
                                                                           : QStringLiteral("here"));
        m_table->setItem(r, 3, s);
    }
}

} // namespace pc::app
