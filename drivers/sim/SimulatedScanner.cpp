#include "SimulatedScanner.h"

#include "drivers/core/MonotonicClock.h"

namespace pc::drivers {

SimulatedScanner::SimulatedScanner(QObject* parent) : Scanner(parent)
{
    setState(DeviceState::Simulated);
}

DeviceInfo SimulatedScanner::info() const
{
    DeviceInfo i;
    i.kind = DeviceKind::Scanner;
    i.model = QStringLiteral("Simulated scanner");
    i.transport = QStringLiteral("sim");
    i.driver = QStringLiteral("sim");
    i.state = state();
    return i;
}

void SimulatedScanner::scan(const QString& text, const QString& symbology)
{
    if (state() != DeviceState::Simulated)
        return; // unplugged: nothing arrives
    emit scanned(ScanResult{text, symbology, QStringLiteral("sim"), monotonicMs()});
}

void SimulatedScanner::setConnected(bool connected)
{
    setState(connected ? DeviceState::Simulated : DeviceState::Absent,
             connected ? QString() : QStringLiteral("disconnected"));
}

} // namespace pc::drivers
