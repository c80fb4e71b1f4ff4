#pragma once
// Reports for the clerk and the head of office (the F11 tab): the X-report of the open shift, the Z-report of
// a closed shift, the office day, a period and the day's easy returns per shop. Each can be previewed (the A4
// form as it prints), sent to the office printer (role "form") or saved as PDF or CSV. Every control is
// reachable by keys: Alt+R the report, Alt+V preview, Alt+N print; the dates and the shift number take
// typing.
#include "services/shift/ReportDocuments.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pc::services {
class CounterServices;
class PrinterRegistry;
class PrintQueueService;
} // namespace pc::services

namespace pc::app {

class ReportsScreen : public QWidget {
    Q_OBJECT
public:
    enum Kind { XReport = 0, ZReport, OfficeDay, Period, ReturnsDay };

    ReportsScreen(const db::Connection& connection, services::CounterServices& counter,
                  services::PrintQueueService* queue, services::PrinterRegistry* printers,
                  QWidget* parent = nullptr);

    // The chosen report as a document and as CSV; an error in the service's words.
    struct Built {
        services::PlannedDocument document;
        QString csv;
    };
    Result<Built> build() const;
    bool savePdf(const QString& path); // false: the reason is on the screen
    bool saveCsv(const QString& path);

public slots:
    void preview();
    void print();
    void refreshChoices(); // the latest closed shift, today's date

private:
    void updateFields();
    void say(const QString& text, bool error);
    bool writeFile(const QString& path, const QByteArray& bytes);

    const db::Connection& m_c;
    services::CounterServices& m_counter;
    services::PrintQueueService* m_queue;
    services::PrinterRegistry* m_printers;
    QComboBox* m_kind;
    QSpinBox* m_shift;
    QDateEdit* m_day;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_preview;
    QPushButton* m_print;
    QLabel* m_status;
};

} // namespace pc::app
