#pragma once
// The storage screen: what is where and what expires when. Arriving items are scanned into the
// arrival field (F2) and get their place and period at once; the table lists stored items by their
// last day (expired in red, last day today in amber), filtered by a search as at the issuing screen
// (F3), an "expiring by" date and a state. Extend (Ctrl+E), return the expired ones in one batch
// (Ctrl+R), reprint the Ф.22 notice (Ctrl+P). Keyboard first; Esc backs out to the arrival field.
#include "services/storage/StorageService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pc::services {
class ArrivalService;
class PrintQueueService;
} // namespace pc::services

namespace pc::app {

class StorageScreen : public QWidget {
    Q_OBJECT
public:
    // arrival and printQueue may be null: the screen then only lists, extends and returns.
    StorageScreen(services::StorageService& storage, services::ArrivalService* arrival,
                  services::PrintQueueService* printQueue, QWidget* parent = nullptr);

    // Reloads the table with the current filter.
    void refresh();
    // A container's list (CSV, see storage::parseContainerList): every item on it arrives; the summary
    // (arrived, refused with line and reason) is shown and returned. False when nothing could be read.
    bool arriveFromList(const QString& path);

public slots:
    // A recognised scan from a device: an arriving item.
    void takeScan(const QString& identifier);
    void takeWeight(qint64 grams);

signals:
    void itemArrived(const QString& id);
    void itemsReturned(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void arrive();
    void chooseContainerList();
    void extendSelected();
    void returnExpired();
    void reprintNotice();
    void backOut();
    QString selectedId() const;
    const services::StoredItemView* selectedView() const;
    void showRows(QList<services::StoredItemView> rows);
    void showMessage(const QString& text, bool error);

    services::StorageService& m_storage;
    services::ArrivalService* m_arrival;
    services::PrintQueueService* m_printQueue;
    QLineEdit* m_scan = nullptr;
    QLineEdit* m_weight = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_byDate = nullptr;
    QDateEdit* m_expiringBy = nullptr;
    QComboBox* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
    QList<services::StoredItemView> m_rows;
};

} // namespace pc::app
