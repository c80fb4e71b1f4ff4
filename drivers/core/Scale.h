#pragma once
// A scale as the rest of the program sees it: readings in grams with a state. zero()/tare() return
// false when the protocol has no such command (Dymo ignores remote zero, for instance).
#include "Device.h"
#include "ScaleReading.h"

namespace pc::drivers {

class Scale : public Device {
    Q_OBJECT
public:
    using Device::Device;
    ~Scale() override = default;

    virtual bool zero() { return false; }
    virtual bool tare() { return false; }

signals:
    void reading(const pc::drivers::ScaleReading& reading);
};

} // namespace pc::drivers
