#pragma once
// The issuing screen: scan the item or its Ф.22 notice, or type the recipient's phone, name or the
// identifier's digits (F2) → the recipient's stored items with their place and what is due; the
// clerk ticks the ones to hand over (Space in the list, F3 goes there), identifies the recipient
// (IdentificationPanel: Ctrl+1 document, Ctrl+2 power of attorney, Ctrl+3 SMS code), and F12 takes
// the payment (PaymentDialog: 1 cash, 2 card) and hands the items over in one transaction.
// Ctrl+R records a refusal (3.4), Ctrl+N a failed attempt (12.x). Esc backs out one step.
#include "services/issuing/IssuingService.h"
#include "services/storage/StorageService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pc::app {

class IdentificationPanel;

class IssuingScreen : public QWidget {
    Q_OBJECT
public:
    IssuingScreen(services::IssuingService& issuing, services::StorageService& storage,
                  QWidget* parent = nullptr);

    IdentificationPanel* identificationPanel() const { return m_identification; }

public slots:
    // A recognised scan (the item or its Ф.22 notice) lands in the find field and is looked up.
    void takeScan(const QString& text);

signals:
    void handedOver(qint64 receiptNumber); // 0: nothing was paid
    void itemsChanged();                   // handed over, refused or returned: storage lists change

protected:
    void showEvent(QShowEvent* event) override;

private:
    void find();
    void showItems(const QList<services::StoredItemView>& items, const QString& scannedId);
    QStringList tickedIds() const;
    void updateDue();
    void sendCode();
    void checkCode(const QString& code);
    // F12 (IssuingHandOver.cpp): identification checked, payment taken, items handed over.
    void handOver();
    void chargeCardThenHandOver(const services::HandOverRequest& request, qint64 totalKop);
    void finishHandOver(const services::HandOverRequest& request,
                        const std::optional<drivers::SaleApproval>& approval);
    void refuse();
    void failedAttempt();
    void backOut();
    void reset(const QString& message);
    void focusFind();
    void showMessage(const QString& text, bool error);
    services::SmsTarget smsTarget() const;

    services::IssuingService& m_issuing;
    services::StorageService& m_storage;
    QLineEdit* m_find = nullptr;
    QTableWidget* m_items = nullptr;
    QLabel* m_recipient = nullptr;
    IdentificationPanel* m_identification = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_handOverButton = nullptr;
    QList<services::StoredItemView> m_shown;
    qint64 m_dueTotalKop = -1; // -1: not known (nothing ticked or an error)
    QString m_phoneDigits;     // the recipient's phone, for the SMS code
};

} // namespace pc::app
