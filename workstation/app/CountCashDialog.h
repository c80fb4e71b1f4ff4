#pragma once
// Counting the drawer at shift close: one row per coin and note, the total against the expected
// amount from the journal, and — only when they differ — the reason and the supervisor who approves
// (id and password typed on this screen). request() is what ShiftService::close takes.
#include "services/shift/ShiftService.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pc::app {

class CountCashDialog : public QDialog {
    Q_OBJECT
public:
    CountCashDialog(qint64 expectedKop, QWidget* parent = nullptr);

    void setCount(qint64 denominationKop, int pieces); // tests and a counting machine
    qint64 countedKop() const;
    qint64 discrepancyKop() const { return countedKop() - m_expectedKop; }
    services::CloseRequest request() const;

private slots:
    void updateTotals();

private:
    qint64 m_expectedKop;
    QMap<qint64, QSpinBox*> m_pieces;
    QLabel* m_total;
    QLabel* m_difference;
    QLineEdit* m_reason;
    QLineEdit* m_supervisor;
    QLineEdit* m_supervisorPassword;
    QPushButton* m_ok;
};

} // namespace pc::app
