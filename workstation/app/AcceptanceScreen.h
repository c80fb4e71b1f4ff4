#pragma once
// The acceptance screen: scan or type an identifier (or F2/F3 to allocate a new one at commit),
// choose the product and destination, weigh (the scale fills the weight live), add declared value,
// COD and services, see the price explained line by line, press Enter to accept. Keyboard first.
#include "services/AcceptanceService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pc::services {
class TariffService;
}

namespace pc::app {

class PricePanel;

class AcceptanceScreen : public QWidget {
    Q_OBJECT
public:
    // tariffs may be null: the screen then accepts without pricing (no tariff data installed).
    AcceptanceScreen(services::AcceptanceService& acceptance, services::TariffService* tariffs,
                     QWidget* parent = nullptr);

    void refreshToday();

public slots:
    // A recognised scan from any device: it lands in the barcode field wherever the focus is.
    void takeScan(const QString& identifier);
    // A stable weight from the scale.
    void takeWeight(qint64 grams);

signals:
    void itemAccepted(const QString& id);

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
    void prependRow(const QString& id, int object, qint64 grams, qint64 totalKop, const QDateTime& atUtc);
    QList<int> checkedServices() const;
    int currentObject() const;

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
};

} // namespace pc::app
