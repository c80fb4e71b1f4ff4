#pragma once
// Search claims at the counter (Ctrl+K): scan or type the item's identifier (Enter) and the claim is
// filled from what the office knows (item, acceptance details, journal, tracking network); the clerk
// adds the claimant and opens the claim with F12, which records it and prints the claim form and the
// claimant's slip. Below, the open claims by deadline, overdue ones highlighted; F9 records the
// answer of the selected claim, F10 closes it with the chosen outcome. Keyboard first.
#include "services/claims/ClaimService.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pc::app {

class ClaimDialog : public QDialog {
    Q_OBJECT
public:
    ClaimDialog(const db::Connection& connection, const Clock& clock, services::CounterContext ctx,
                services::OfficeInfo office, services::PrinterRegistry* printers,
                services::PrintQueueService* queue, QWidget* parent = nullptr);
    ~ClaimDialog() override;

    services::ClaimService& service() { return *m_service; }
    void refreshList();

signals:
    void claimOpened(const QString& number);

private:
    void lookUp();
    void openClaim();
    void answerSelected();
    void closeSelected();
    void clearForm();
    QString selectedNumber() const;
    void showMessage(const QString& text, bool error);

    std::unique_ptr<services::ClaimService> m_service;
    services::PrintQueueService* m_queue;
    QString m_itemId; // the identifier the form was filled for
    bool m_itemKnown = false;

    QLineEdit* m_item;
    QLabel* m_itemInfo;
    QDateEdit* m_acceptedOn;
    QLineEdit* m_acceptedOffice;
    QLineEdit* m_senderName;
    QLineEdit* m_senderAddress;
    QLineEdit* m_recipientName;
    QLineEdit* m_recipientAddress;
    QLineEdit* m_value;
    QLineEdit* m_contents;
    QComboBox* m_role;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_address;
    QLabel* m_message;
    QTableWidget* m_list;
    QLineEdit* m_actionText;
    QComboBox* m_outcome;
    QLineEdit* m_compensation;
};

} // namespace pc::app
