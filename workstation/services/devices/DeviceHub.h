#pragma once
// The devices of one counter as the GUI and the CLI see them: every scan classified (ScanGrammar),
// every reading passed through the stability filter, every device's state. Owns the simulators in
// demo mode, the real drivers otherwise. Lives on the GUI thread; drivers deliver through queued
// signals, so the GUI never blocks on a device.
#include "DeviceConfig.h"
#include "ScanGrammar.h"
#include "drivers/core/DeviceInfo.h"
#include "drivers/core/Scale.h"
#include "drivers/core/Scanner.h"
#include "drivers/scale/StabilityFilter.h"

#include <QObject>
#include <QPointer>

namespace pc::drivers {
class SimulatedScanner;
class SimulatedScale;
class UsbContext;
} // namespace pc::drivers

namespace pc::services {

class DeviceHub : public QObject {
    Q_OBJECT
public:
    explicit DeviceHub(DeviceConfig config, QObject* parent = nullptr);
    ~DeviceHub() override;

    // Creates the configured devices (simulators, USB hotplug, serial ports) and starts them.
    void start();

    // Any driver can be attached (tests, DeviceManager); the hub takes ownership.
    void attachScanner(drivers::Scanner* scanner);
    void attachScale(drivers::Scale* scale);

    drivers::SimulatedScanner* simulatedScanner() const { return m_simScanner; }
    drivers::SimulatedScale* simulatedScale() const { return m_simScale; }
    QList<drivers::DeviceInfo> devices() const;
    const DeviceConfig& config() const { return m_config; }
    bool zeroScale();

public slots:
    // From the keyboard-wedge filter (a scanner the OS owns).
    void submitWedgeScan(const QString& text, qint64 timestampMs);

signals:
    void scanRead(const pc::services::ScanVerdict& verdict);      // every scan
    void scanAccepted(const pc::services::ScanVerdict& verdict);  // a counter identifier
    void scanRejected(const pc::services::ScanVerdict& verdict);  // "unrecognised barcode"
    void scaleReading(const pc::drivers::ScaleReading& reading);  // every reading (display)
    void weightOffered(const pc::drivers::ScaleReading& reading); // stable: may go into the form
    void deviceChanged(const pc::drivers::DeviceInfo& device);

private:
    void handleScan(const drivers::ScanResult& scan);
    void handleReading(const drivers::ScaleReading& r);

    DeviceConfig m_config;
    drivers::StabilityFilter m_filter;
    QList<QPointer<drivers::Scanner>> m_scanners;
    QList<QPointer<drivers::Scale>> m_scales;
    drivers::SimulatedScanner* m_simScanner = nullptr;
    drivers::SimulatedScale* m_simScale = nullptr;
};

} // namespace pc::services
