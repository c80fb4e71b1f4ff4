#pragma once
// Runs the shift actions of the ShiftPanel against ShiftService for this counter and the logged-in
// operator: open with a float, cash in/out with a reason, the X-report, and close with the cash
// counted (CountCashDialog; a discrepancy is approved by a supervisor there). Keeps the panel fresh
// (refresh() after every sale and once a minute). Refusals are shown in the service's words.
#include <QObject>
#include <optional>

class QTimer;
class QWidget;

namespace pc::services {
class CounterServices;
}

namespace pc::app {

class ShiftPanel;

class ShiftController : public QObject {
    Q_OBJECT
public:
    // The panel and the parent of the dialogs: `window`.
    ShiftController(services::CounterServices& counter, ShiftPanel* panel, QWidget* window);

public slots:
    void refresh();
    void openShift();
    void cashIn();
    void cashOut();
    void showXReport();
    void closeShift();

private:
    void moveCash(bool in);
    std::optional<qint64> openShiftId();
    void fail(const QString& title, const QString& message);

    services::CounterServices& m_counter;
    ShiftPanel* m_panel;
    QWidget* m_window;
    QTimer* m_timer;
};

} // namespace pc::app
