#pragma once
// What every attached device shares: its description, its state with a detail for the clerk, and
// the stateChanged signal. Scale and Scanner add their own readings on top.
#include "DeviceInfo.h"

#include <QObject>

namespace pc::drivers {

class Device : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Device() override = default;

    virtual DeviceInfo info() const = 0;
    DeviceState state() const { return m_state; }
    // Emits stateChanged with the current state: a receiver that connected late (another thread)
    // asks for it once instead of reading the state across threads.
    void announceState() { emit stateChanged(m_state, m_detail); }

signals:
    void stateChanged(pc::drivers::DeviceState state, const QString& detail);

protected:
    void setState(DeviceState s, const QString& detail = {})
    {
        if (s == m_state && detail == m_detail)
            return;
        m_state = s;
        m_detail = detail;
        emit stateChanged(s, detail);
    }

private:
    DeviceState m_state = DeviceState::Absent;
    QString m_detail;
};

} // namespace pc::drivers
