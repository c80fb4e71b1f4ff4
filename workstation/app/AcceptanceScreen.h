#pragma once
// The acceptance screen: scan or type an identifier (or F2/F3 to allocate a new one at commit),
// choose the product and destination, weigh (the scale fills the weight live), add declared value,
// COD and services, see the price explained line by line, press Enter to accept. Keyboard first.
#include "domain/acceptance/Shipment.h"
#include "services/AcceptanceService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QVBoxLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pc::drivers {
struct SaleApproval;
}

namespace pc::services {
class AddressBook;
class CounterServices;
class PostcodeDirectory;
class TariffService;
struct SaleRequest;
} // namespace pc::services

namespace pc::app {

class AddressForm;
class CustomsEditor;
class InventoryEditor;
class PricePanel;

class AcceptanceScreen : public QWidget {
    Q_OBJECT
public:
    // tariffs may be null: the screen then accepts without pricing (no tariff data installed).
    // With counter services the screen sells: addresses, a basket and one payment per customer
    // (SaleService); without them it accepts one item at a time through the acceptance service.
    AcceptanceScreen(services::AcceptanceService& acceptance, services::TariffService* tariffs,
                     QWidget* parent = nullptr, services::CounterServices* counter = nullptr,
                     services::PostcodeDirectory* postcodes = nullptr);

    void refreshToday();
    // Regular senders offered on the sender's name; the senders of every sale are remembered there.
    void setAddressBook(services::AddressBook* book);

public slots:
    // A recognised scan from any device: it lands in the barcode field wherever the focus is.
    void takeScan(const QString& identifier);
    // A stable weight from the scale.
    void takeWeight(qint64 grams);

signals:
    void itemAccepted(const QString& id);
    void saleCommitted(qint64 receiptNumber);
    void itemVoided(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildProducts();
    void onProductChanged();
    void requote();
    void allocateOnAccept(IdKind kind);
    void clearForm();
    void onIdEntered();
    void accept();
    void showError(const QString& message);
    void prependRow(const QString& id, int object, qint64 grams, qint64 totalKop, const QDateTime& atUtc,
                    bool voided = false);
    void markVoided(int row);
    // Ctrl+Delete on a row of today's operations: the void dialog (supervisor's approval).
    void voidSelected();
    QList<int> checkedServices() const;
    int currentObject() const;

    // The sale flow (AcceptanceSale.cpp).
    void buildSale(QFormLayout* form, QVBoxLayout* layout);
    acceptance::Shipment currentShipment() const;
    void checkSale();
    void addToBasket();
    void removeSelectedFromBasket();
    void refreshBasket();
    void pay();
    void commitSale(services::SaleRequest request);
    // A card is charged on a worker thread (the terminal waits for the customer) behind a modal
    // "follow the terminal" dialog; the sale is then committed here with the approval.
    void chargeCardThenCommit(const services::SaleRequest& request, qint64 totalKop);
    void finishSale(const services::SaleRequest& request,
                    const std::optional<drivers::SaleApproval>& approval);
    bool fillFromBusinessList(const QString& barcode);
    // Puts a shipment's fields on the form (a business-list item, a customer's pre-filled QR code).
    void showShipment(const acceptance::Shipment& s);
    // A scanned PCQ1 payload (docs/prefill-qr.md): refused with its reason, or fills the form.
    void applyPrefill(const QString& payload);
    // A shop's return code (RV + 10 digits): the shop becomes the recipient, its contract pays.
    void applyReturnCode(const QString& code);
    void rememberSenders(const QList<acceptance::Shipment>& sold);

    // Customs (CN 22/23) and inventory (Ф.107) editors (AcceptanceDeclarations.cpp).
    void buildDeclarations(QFormLayout* form);
    void putDeclarations(acceptance::Shipment& s) const;
    void showDeclarations(const acceptance::Shipment& s);
    void fillDeclarations(const acceptance::Shipment& registered);
    void clearDeclarations();
    // Business list mode (Ctrl+L, AcceptanceDeclarations.cpp): scans are checked against that list.
    void openListPanel();

    services::AcceptanceService& m_acceptance;
    services::TariffService* m_tariffs;
    QLineEdit* m_id = nullptr;
    QComboBox* m_product = nullptr;
    QLineEdit* m_destination = nullptr;
    QLineEdit* m_weight = nullptr;
    QLineEdit* m_declared = nullptr;
    QLineEdit* m_cod = nullptr;
    QWidget* m_servicesBox = nullptr;
    QGridLayout* m_servicesLayout = nullptr;
    QList<QCheckBox*> m_services;
    QLabel* m_error = nullptr;
    QPushButton* m_acceptButton = nullptr;
    PricePanel* m_price = nullptr;
    QTableWidget* m_today = nullptr;
    std::optional<IdKind> m_allocate; // set by F2/F3: a new identifier is allocated in the commit
    qint64 m_quotedTotalKop = -1;     // -1: not priced

    services::CounterServices* m_counter = nullptr;
    services::PostcodeDirectory* m_postcodes = nullptr;
    AddressForm* m_addresses = nullptr;
    QLabel* m_issues = nullptr;
    QTableWidget* m_basket = nullptr;
    QLabel* m_basketTotal = nullptr;
    QLabel* m_saleResult = nullptr;
    QPushButton* m_payButton = nullptr;
    QList<acceptance::Shipment> m_basketItems;
    QList<qint64> m_basketPrices;
    std::optional<acceptance::Shipment> m_registered; // scanned from a business client's list
    QString m_registeredContract;                     // ...and the contract of that list
    QStringList m_basketContracts;                    // per basket item; empty for counter customers
    CustomsEditor* m_customs = nullptr;
    InventoryEditor* m_inventory = nullptr;
    qint64 m_activeListId = 0; // 0: any list (or none)
    services::AddressBook* m_addressBook = nullptr;
    QLabel* m_listMode = nullptr;
};

} // namespace pc::app
