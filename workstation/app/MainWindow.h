#pragma once
// The counter's main window: the cash shift on top (with counter services), the screens as tabs
// (acceptance, print queue, tracking sync), the
// office, counter, operator and devices in the status bar, the demo devices in a side panel.
#include "services/AppConfig.h"

#include <QMainWindow>

class QTabWidget;
class QTimer;

namespace pc::db {
class Connection;
}

namespace pc::services {
class AcceptanceService;
class AddressBook;
class CounterServices;
class DeviceHub;
class PostcodeDirectory;
class PrintQueueService;
class PrinterRegistry;
class TariffService;
} // namespace pc::services

namespace pc::app {

class AcceptanceScreen;
struct IssuingDesk;
class IssuingScreen;
class StorageScreen;
class ShiftController;
class ShiftPanel;
class SyncStatusWidget;

// What the window shows and drives. Everything but the acceptance service is optional: a window
// without tariffs accepts unpriced, without devices it takes keyboard entry only, and so on.
struct Workstation {
    services::AcceptanceService& acceptance;
    services::TariffService* tariffs = nullptr;
    services::DeviceHub* devices = nullptr;
    services::PrintQueueService* printQueue = nullptr;
    services::PrinterRegistry* printers = nullptr;
    const db::Connection* connection = nullptr; // for the sync status (read-only counts)
    // With these the acceptance screen sells (addresses, basket, payment, receipt).
    services::CounterServices* counter = nullptr;
    services::PostcodeDirectory* postcodes = nullptr;
    services::AddressBook* addressBook = nullptr; // regular senders on the acceptance screen
    IssuingDesk* issuing = nullptr;               // with it: the issuing and storage screens
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const services::AppConfig& config, Workstation workstation, QWidget* parent = nullptr);

    AcceptanceScreen* acceptanceScreen() const { return m_acceptance; }
    IssuingScreen* issuingScreen() const { return m_issuing; } // null without an issuing desk
    StorageScreen* storageScreen() const { return m_storage; }
    SyncStatusWidget* syncStatus() const { return m_sync; }
    ShiftPanel* shiftPanel() const { return m_shiftPanel; } // null without counter services
    void refreshSyncStatus();
    void refreshShift(); // also after every sale or void, and once a minute

private:
    Workstation m_ws;
    QTabWidget* m_tabs = nullptr;
    AcceptanceScreen* m_acceptance = nullptr;
    IssuingScreen* m_issuing = nullptr;
    StorageScreen* m_storage = nullptr;
    SyncStatusWidget* m_sync = nullptr;
    QTimer* m_syncTimer = nullptr;
    ShiftPanel* m_shiftPanel = nullptr;
    ShiftController* m_shift = nullptr;
};

} // namespace pc::app
