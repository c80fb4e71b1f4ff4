#pragma once
// The Devices settings page: what DeviceHub recognises now, and the [devices] keys of the
// configuration file (scanner, scale, stability, wedge timing), validated before they are written
// with DeviceConfig::save. Changes apply at the next start; the page never touches a device.
// Each editor's objectName is its configuration key (tests and support find them by it).
#include "services/devices/DeviceConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace pc::services {
class DeviceHub;
} // namespace pc::services

namespace pc::app {

class DeviceSettingsPage : public QWidget {
    Q_OBJECT
public:
    // hub may be null (no device list); configPath is the file the settings are read from and saved to.
    DeviceSettingsPage(services::DeviceHub* hub, QString configPath, QWidget* parent = nullptr);

    // Validates and writes; false with the reason shown on the page.
    bool save();
    // The configuration as edited, or the first invalid value as an error message.
    Result<services::DeviceConfig> editedConfig() const;

signals:
    void saved(const pc::services::DeviceConfig& config);

private:
    void build();
    void showConfig(const services::DeviceConfig& c);
    void refreshDevices();
    void updateEnabled();
    void showMessage(const QString& text, bool error);

    services::DeviceHub* m_hub;
    QString m_configPath;
    services::DeviceConfig m_loaded; // keys the page does not edit (simulate, keyboard_scanners) kept
    QTableWidget* m_devices = nullptr;
    QComboBox* m_scanner = nullptr;
    QLineEdit* m_scannerPort = nullptr;
    QComboBox* m_scannerSuffix = nullptr;
    QComboBox* m_scale = nullptr;
    QLineEdit* m_scalePort = nullptr;
    QComboBox* m_protocol = nullptr;
    QLineEdit* m_baud = nullptr;
    QSpinBox* m_stableReadings = nullptr;
    QLineEdit* m_tolerance = nullptr;
    QSpinBox* m_wedgeGap = nullptr;
    QSpinBox* m_wedgeMinLength = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace pc::app
