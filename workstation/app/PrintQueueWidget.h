#pragma once
// The print queue for the clerk: recent jobs with their state, a failed job with its reason in plain
// words, and Retry / Reprint (optionally on another printer) / Reprint last label / last receipt.
// Everything goes through PrintQueueService, so nothing here blocks on a printer.
#include "services/printing/PrintQueueService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pc::app {

class PrintQueueWidget : public QWidget {
    Q_OBJECT
public:
    PrintQueueWidget(services::PrintQueueService& queue, services::PrinterRegistry& printers,
                     QWidget* parent = nullptr);

    void refresh();
    qint64 selectedJob() const; // 0 when none

private:
    void retrySelected();
    void reprintSelected();
    void reprintLast(const QString& kind);
    // Opens the document of the selected job on screen (jobs recorded as a form and its data).
    void previewSelected();
    void showError(const Error& e);
    void updateButtons();
    QString targetPrinter() const; // "" = the job's own printer

    services::PrintQueueService& m_queue;
    services::PrinterRegistry& m_printers;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_printer = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_lastLabel = nullptr;
    QPushButton* m_lastReceipt = nullptr;
};

} // namespace pc::app
