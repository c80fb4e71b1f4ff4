#pragma once
// The shift at this counter, always visible: open or not, since when, the time left before the
// 24-hour limit (amber in the last hour, red after), the cash the drawer should hold, and the shift
// actions. It shows what it is given (setState); the owner reads ShiftService and runs the actions.
#include "services/shift/ShiftService.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pc::app {

class ShiftPanel : public QWidget {
    Q_OBJECT
public:
    explicit ShiftPanel(QWidget* parent = nullptr);

public slots:
    void setState(const pc::services::ShiftState& state, qint64 expectedCashKop);

signals:
    void openRequested();
    void cashInRequested();
    void cashOutRequested();
    void xReportRequested();
    void closeRequested();
    void passwordRequested();      // change own password
    void resetPasswordRequested(); // a supervisor resets another operator's

private:
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_warning;
    QPushButton* m_open;
    QPushButton* m_cashIn;
    QPushButton* m_cashOut;
    QPushButton* m_xReport;
    QPushButton* m_close;
    QPushButton* m_password;
    QPushButton* m_resetPassword;
};

} // namespace pc::app
