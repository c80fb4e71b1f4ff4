#pragma once
// The devices part of the status bar: one label per device with model, state and the last weight or
// scan. Fed only by DeviceHub's queued signals, so it never waits on a device; a disconnect shows as
// soon as the hub reports it, and the label says work continues with manual entry.
#include "drivers/core/DeviceInfo.h"
#include "drivers/core/ScaleReading.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace pc::services {
class DeviceHub;
struct ScanVerdict;
} // namespace pc::services

namespace pc::app {

class DeviceStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit DeviceStatusWidget(services::DeviceHub* hub, QWidget* parent = nullptr);

    // The label of the device (objectName "device:<kind>:<path or model>"); for tests.
    QLabel* labelFor(const drivers::DeviceInfo& d) const;
    QString textFor(const drivers::DeviceInfo& d) const;

private:
    struct Shown {
        drivers::DeviceInfo info;
        QString last; // "1 250 g stable", "RA123456785RU"
        QLabel* label = nullptr;
    };
    static QString keyOf(const drivers::DeviceInfo& d);
    void deviceChanged(const drivers::DeviceInfo& d);
    void scaleReading(const drivers::ScaleReading& r);
    void scanRead(const services::ScanVerdict& v);
    void refresh(Shown& s);
    Shown& entry(const drivers::DeviceInfo& d);

    QHBoxLayout* m_layout;
    QHash<QString, Shown> m_shown;
    QLabel* m_none;
};

} // namespace pc::app
