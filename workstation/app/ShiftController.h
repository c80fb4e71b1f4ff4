#pragma once
// Runs the shift actions of the ShiftPanel against ShiftService for this counter and the logged-in
// operator: open with a float, cash in/out with a reason, the X-report, and close with the cash
// counted (CountCashDialog; a discrepancy is approved by a supervisor there). Keeps the panel fresh
// (refresh() after every sale and once a minute). Refusals are shown in the service's words.
#include <QObject>
#include <optional>

class QTimer;
class QWidget;

namespace pc::db {
class Connection;
}

namespace pc::services {
class CounterServices;
class PrinterRegistry;
class PrintQueueService;
} // namespace pc::services

namespace pc::app {

class ShiftPanel;

class ShiftController : public QObject {
    Q_OBJECT
public:
    // The panel and the parent of the dialogs: `window`.
    ShiftController(services::CounterServices& counter, ShiftPanel* panel, QWidget* window);
    // With these, closing a shift prints the Z-report: A4 to the office printer (role "form") and
    // the 80 mm version to the receipt printer (role "receipt"), through the print queue.
    void setPrinting(const db::Connection* connection, services::PrinterRegistry* printers,
                     services::PrintQueueService* queue);

public slots:
    void refresh();
    void openShift();
    void cashIn();
    void cashOut();
    void showXReport();
    void closeShift();
    void changeOwnPassword();
    void resetPassword();

signals:
    void shiftClosed(qint64 shiftId);

private:
    void moveCash(bool in);
    std::optional<qint64> openShiftId();
    void fail(const QString& title, const QString& message);

    services::CounterServices& m_counter;
    ShiftPanel* m_panel;
    QWidget* m_window;
    QTimer* m_timer;
    const db::Connection* m_connection = nullptr;
    services::PrinterRegistry* m_printers = nullptr;
    services::PrintQueueService* m_queue = nullptr;
};

} // namespace pc::app
