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
class DeviceManager;
} // namespace pc::drivers

namespace pc::services {

class DeviceHub : public QObject {
    Q_OBJECT
public:
    explicit DeviceHub(DeviceConfig config, QObject* parent = nullptr);
    ~DeviceHub() override;

    // Creates the configured devices (simulators, USB hotplug, serial ports) and starts them.
    void start();

    // Any driver can be attached (tests, DeviceManager). A driver on this thread without a parent is
    // adopted; one on another thread (DeviceManager's) is only ever reached through queued calls,
    // and its description comes with it (info) so the hub never calls into that thread.
    void attachScanner(drivers::Scanner* scanner);
    void attachScale(drivers::Scale* scale);
    void attachScanner(drivers::Scanner* scanner, const drivers::DeviceInfo& info);
    void attachScale(drivers::Scale* scale, const drivers::DeviceInfo& info);

    drivers::SimulatedScanner* simulatedScanner() const { return m_simScanner; }
    drivers::SimulatedScale* simulatedScale() const { return m_simScale; }
    QList<drivers::DeviceInfo> devices() const;
    const DeviceConfig& config() const { return m_config; }
    // A scale is attached and ready (or simulated).
    bool scaleConnected() const;
    // Queued to the scale's own thread; false when no connected scale has the command (HID scales,
    // CAS, Massa-K tare). The result shows as readings.
    bool zeroScale();
    bool tareScale();

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

    struct Entry {
        int id = 0;
        QPointer<QObject> device; // null once the driver is gone; the entry keeps its last state
        drivers::DeviceInfo info;
    };
    Entry* entry(int id);
    int addEntry(QObject* device, const drivers::DeviceInfo& info);
    bool commandScales(bool (drivers::Scale::*command)(), bool zero);
    template <typename Device> void announceLater(Device* device);

    DeviceConfig m_config;
    drivers::StabilityFilter m_filter;
    QList<Entry> m_entries;
    int m_nextId = 1;
    drivers::DeviceManager* m_manager = nullptr;
    drivers::SimulatedScanner* m_simScanner = nullptr;
    drivers::SimulatedScale* m_simScale = nullptr;
};

} // namespace pc::services
