#pragma once
// How the customer pays for the basket: cash (amount tendered, prefilled with the total, live change;
// less than the total is refused), card, or a business client's contract (needs its number).
// Keys 1/2/3 choose the method; Enter pays, Esc goes back to the basket.
#include "domain/acceptance/Payment.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace pc::app {

class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    explicit PaymentDialog(qint64 totalKop, QWidget* parent = nullptr);

    acceptance::PaymentChoice choice() const;
    QString contract() const;
    qint64 changeKop() const; // cash: what the customer gets back; 0 otherwise

    void choose(acceptance::PaymentMethod method);
    // A business client's pre-registered items: contract chosen, its number filled in.
    void presetContract(const QString& contract);

public slots:
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    acceptance::PaymentMethod method() const;
    std::optional<qint64> tendered() const;
    void update();

    qint64 m_total;
    QRadioButton* m_cash = nullptr;
    QRadioButton* m_card = nullptr;
    QRadioButton* m_contractMethod = nullptr;
    QLineEdit* m_tendered = nullptr;
    QLabel* m_change = nullptr;
    QLineEdit* m_contract = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace pc::app
