#pragma once
// A scale as the rest of the program sees it: readings in grams with a state. zero()/tare() return
// false when the protocol has no such command (Dymo ignores remote zero, for instance).
#include "DeviceInfo.h"
#include "ScaleReading.h"

#include <QObject>

namespace pc::drivers {

class Scale : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~Scale() override = default;

    virtual DeviceInfo info() const = 0;
    virtual bool zero() { return false; }
    virtual bool tare() { return false; }
    DeviceState state() const { return m_state; }
    // Emits stateChanged with the current state: a receiver that connected late (another thread)
    // asks for it once instead of reading the state across threads.
    void announceState() { emit stateChanged(m_state, m_detail); }

signals:
    void reading(const pc::drivers::ScaleReading& reading);
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
