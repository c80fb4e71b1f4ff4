#include "SyncStatusWidget.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent), m_pending(new QLabel(this)), m_lastSuccess(new QLabel(this)),
      m_lastError(new QLabel(this)), m_alert(new QLabel(this)), m_parked(new QTableWidget(0, 3, this)),
      m_retry(new QPushButton(tr("Send again"), this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_lastSuccess->setObjectName(QStringLiteral("syncLastSuccess"));
    m_lastError->setObjectName(QStringLiteral("syncLastError"));
    m_lastError->setWordWrap(true);
    m_alert->setObjectName(QStringLiteral("syncAlert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b00020; padding: 6px; }"));
    m_alert->hide();
    m_parked->setObjectName(QStringLiteral("syncParked"));
    m_parked->setHorizontalHeaderLabels({tr("Item"), tr("Sequence"), tr("Reason")});
    m_parked->horizontalHeader()->setStretchLastSection(true);
    m_parked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_retry->setObjectName(QStringLiteral("syncRetry"));
    m_retry->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Events waiting:"), m_pending);
    form->addRow(tr("Last successful sync:"), m_lastSuccess);
    form->addRow(tr("Last error:"), m_lastError);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_alert);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Events the tracking service refused:"), this));
    layout->addWidget(m_parked);
    layout->addWidget(m_retry);

    connect(m_parked, &QTableWidget::itemSelectionChanged, this,
            [this] { m_retry->setEnabled(!m_parked->selectionModel()->selectedRows().isEmpty()); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const QModelIndex& row : m_parked->selectionModel()->selectedRows())
            ids.push_back(m_parked->item(row.row(), 0)->data(Qt::UserRole).toString());
        if (!ids.isEmpty())
            emit retryRequested(ids);
    });
    setStatus({});
}

void SyncStatusWidget::setStatus(const services::sync::SyncStatus& s)
{
    m_pending->setText(s.parked > 0 ? tr("%1 (and %2 refused)").arg(s.pending).arg(s.parked)
                                    : QString::number(s.pending));
    m_lastSuccess->setText(s.lastSuccessUtc
                               ? QLocale().toString(s.lastSuccessUtc->toLocalTime(), QLocale::ShortFormat)
                               : tr("never"));
    m_lastError->setText(s.lastError.isEmpty() ? tr("none") : s.lastError);
}

void SyncStatusWidget::setParked(const QList<db::OutboxEvent>& parked)
{
    m_parked->setRowCount(static_cast<int>(parked.size()));
    for (int i = 0; i < parked.size(); ++i) {
        auto* item = new QTableWidgetItem(parked[i].itemId);
        item->setData(Qt::UserRole, parked[i].eventId);
        m_parked->setItem(i, 0, item);
        m_parked->setItem(i, 1, new QTableWidgetItem(QString::number(parked[i].seq)));
        m_parked->setItem(i, 2, new QTableWidgetItem(parked[i].parkedReason));
    }
    m_retry->setEnabled(false);
}

void SyncStatusWidget::showAuthAlert(const QString& message)
{
    m_alert->setText(message);
    m_alert->show();
}

void SyncStatusWidget::showRetrying(const QString& message, qint64 delayMs)
{
    m_lastError->setText(tr("%1 Next attempt in %2 s.").arg(message).arg((delayMs + 999) / 1000));
}

} // namespace pc::app
