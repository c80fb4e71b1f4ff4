#pragma once
// A scanner for the demo and service tests: scan() emits exactly what a real driver would.
#include "drivers/core/Scanner.h"

namespace pc::drivers {

class SimulatedScanner : public Scanner {
    Q_OBJECT
public:
    explicit SimulatedScanner(QObject* parent = nullptr);
    DeviceInfo info() const override;

    void scan(const QString& text, const QString& symbology = {});
    void setConnected(bool connected); // simulate unplug / re-plug
};

} // namespace pc::drivers
