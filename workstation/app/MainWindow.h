#pragma once
// The counter's main window: the current screen in the middle, the office, counter, operator and
// devices in the status bar.
#include "services/AppConfig.h"

#include <QMainWindow>

class QLabel;

namespace pc::services {
class AcceptanceService;
class DeviceHub;
class TariffService;
} // namespace pc::services

namespace pc::drivers {
struct DeviceInfo;
}

namespace pc::app {

class AcceptanceScreen;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // tariffs and devices may be null (no tariff data; keyboard and manual entry only).
    MainWindow(const services::AppConfig& config, services::AcceptanceService& acceptance,
               services::TariffService* tariffs = nullptr, services::DeviceHub* devices = nullptr,
               QWidget* parent = nullptr);

    AcceptanceScreen* acceptanceScreen() const { return m_acceptance; }

private:
    void showDevice(const drivers::DeviceInfo& device);

    AcceptanceScreen* m_acceptance = nullptr;
    QLabel* m_scanner = nullptr;
    QLabel* m_scale = nullptr;
    QLabel* m_printers = nullptr;
};

} // namespace pc::app
