#include "PrintQueueWidget.h"

#include "DocumentPreview.h"
#include "forms/FormRegistry.h"
#include "services/printing/ClerkMessages.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

namespace {
enum Column { ColId, ColDocument, ColPrinter, ColState, ColReason, ColCount };

QString stateText(const QString& state)
{
    if (state == u"queued")
        return PrintQueueWidget::tr("Waiting");
    if (state == u"sending")
        return PrintQueueWidget::tr("Printing…");
    if (state == u"printed")
        return PrintQueueWidget::tr("Printed");
    return PrintQueueWidget::tr("Not printed");
}
} // namespace

PrintQueueWidget::PrintQueueWidget(services::PrintQueueService& queue, services::PrinterRegistry& printers,
                                   QWidget* parent)
    : QWidget(parent), m_queue(queue), m_printers(printers)
{
    m_table = new QTableWidget(0, ColCount, this);
    m_table->setObjectName(QStringLiteral("printQueueTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Document"), tr("Printer"), tr("State"), tr("What to do")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("printQueueMessage"));
    m_message->setWordWrap(true);

    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("reprintPrinter"));
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_reprint = new QPushButton(tr("Re&print"), this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_preview = new QPushButton(tr("Pre&view"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_lastLabel = new QPushButton(tr("Reprint last &label"), this);
    m_lastReceipt = new QPushButton(tr("Reprint last re&ceipt"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_preview);
    buttons->addWidget(new QLabel(tr("on"), this));
    buttons->addWidget(m_printer, 1);
    buttons->addWidget(m_lastLabel);
    buttons->addWidget(m_lastReceipt);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &PrintQueueWidget::retrySelected);
    connect(m_reprint, &QPushButton::clicked, this, &PrintQueueWidget::reprintSelected);
    connect(m_preview, &QPushButton::clicked, this, &PrintQueueWidget::previewSelected);
    connect(m_lastLabel, &QPushButton::clicked, this, [this] { reprintLast(QStringLiteral("label")); });
    connect(m_lastReceipt, &QPushButton::clicked, this, [this] { reprintLast(QStringLiteral("receipt")); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PrintQueueWidget::updateButtons);
    connect(&m_queue, &services::PrintQueueService::queueChanged, this, &PrintQueueWidget::refresh);
    connect(&m_queue, &services::PrintQueueService::jobFailed, this,
            [this](qint64, const QString&, const QString& clerkMessage, const QString&) {
                m_message->setText(clerkMessage);
            });
    refresh();
}

void PrintQueueWidget::refresh()
{
    const qint64 keep = selectedJob();
    const QString chosen = m_printer->currentData().toString();
    m_printer->clear();
    m_printer->addItem(tr("the same printer"), QString());
    for (const QString& name : m_printers.names())
        m_printer->addItem(name, name);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(chosen)));

    auto jobs = m_queue.recent(100);
    if (!jobs) {
        showError(jobs.error());
        return;
    }
    m_table->setRowCount(int(jobs->size()));
    for (int row = 0; row < jobs->size(); ++row) {
        const db::PrintQueueEntry& e = jobs->at(row);
        const QString reason =
            e.state == u"failed" ? services::clerkPrintMessage(e.reasonCode, e.printer) : QString();
        const QStringList cells = {QString::number(e.id), e.title.isEmpty() ? e.documentRef : e.title,
                                   e.printer, stateText(e.state), reason};
        for (int col = 0; col < ColCount; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == ColId)
                item->setData(Qt::UserRole, e.id);
            if (col == ColReason && !e.reason.isEmpty())
                item->setToolTip(e.reason); // the technical detail, for the administrator
            if (e.state == u"failed")
                item->setForeground(QColor(0xB0, 0x00, 0x20));
            m_table->setItem(row, col, item);
        }
        if (e.id == keep)
            m_table->selectRow(row);
    }
    updateButtons();
}

qint64 PrintQueueWidget::selectedJob() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), ColId)->data(Qt::UserRole).toLongLong();
}

void PrintQueueWidget::updateButtons()
{
    const qint64 id = selectedJob();
    const auto rows = m_table->selectionModel()->selectedRows();
    // One read of the selected job for every button.
    const auto job = id ? m_queue.job(id) : Result<db::PrintQueueEntry>(Error{});
    const bool failed = job && job->state == u"failed";
    m_retry->setEnabled(failed);
    m_reprint->setEnabled(id != 0);
    m_preview->setEnabled(job && !job->form.isEmpty());
    if (failed && !rows.isEmpty())
        m_message->setText(m_table->item(rows.first().row(), ColReason)->text());
}

QString PrintQueueWidget::targetPrinter() const
{
    return m_printer->currentData().toString();
}

void PrintQueueWidget::showError(const Error& e)
{
    m_message->setText(e.message);
}

void PrintQueueWidget::retrySelected()
{
    if (const qint64 id = selectedJob()) {
        m_message->clear();
        if (auto s = m_queue.retry(id, targetPrinter()); !s)
            showError(s.error());
    }
}

void PrintQueueWidget::reprintSelected()
{
    if (const qint64 id = selectedJob()) {
        m_message->clear();
        if (auto r = m_queue.reprint(id, targetPrinter()); !r)
            showError(r.error());
    }
}

void PrintQueueWidget::reprintLast(const QString& kind)
{
    m_message->clear();
    if (auto r = m_queue.reprintLast(kind, targetPrinter()); !r)
        showError(r.error());
}

void PrintQueueWidget::previewSelected()
{
    const qint64 id = selectedJob();
    auto job = m_queue.job(id);
    if (!id || !job || job->form.isEmpty())
        return;
    auto doc = forms::buildForm(job->form, job->formData);
    if (!doc)
        return showError(doc.error());
    auto* preview = new DocumentPreview(*doc, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(job->title);
    preview->open();
}

} // namespace pc::app
