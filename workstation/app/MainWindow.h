#pragma once
// The counter's main window: the current screen in the middle, the office, counter, operator and
// devices in the status bar.
#include "services/AppConfig.h"

#include <QMainWindow>

class QLabel;

namespace pc::services {
class AcceptanceService;
}

namespace pc::app {

class AcceptanceScreen;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const services::AppConfig& config, services::AcceptanceService& acceptance,
               QWidget* parent = nullptr);

    AcceptanceScreen* acceptanceScreen() const { return m_acceptance; }
    void setDeviceStatus(const QString& scanner, const QString& scale, const QString& printers);

private:
    AcceptanceScreen* m_acceptance = nullptr;
    QLabel* m_scanner = nullptr;
    QLabel* m_scale = nullptr;
    QLabel* m_printers = nullptr;
};

} // namespace pc::app
