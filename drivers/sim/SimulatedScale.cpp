#include "SimulatedScale.h"

#include "drivers/core/MonotonicClock.h"

namespace pc::drivers {

SimulatedScale::SimulatedScale(Options options, QObject* parent) : Scale(parent), m_opt(options)
{
    m_timer.setInterval(m_opt.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedScale::report);
    setState(DeviceState::Simulated);
    m_timer.start();
}

DeviceInfo SimulatedScale::info() const
{
    DeviceInfo i;
    i.kind = DeviceKind::Scale;
    i.model = QStringLiteral("Simulated scale");
    i.transport = QStringLiteral("sim");
    i.driver = QStringLiteral("sim");
    i.state = state();
    return i;
}

bool SimulatedScale::zero()
{
    m_offset = m_platter;
    m_wobble = 0;
    report();
    return true;
}

bool SimulatedScale::tare()
{
    return zero(); // the simulation has no gross/net distinction to show
}

void SimulatedScale::placeWeight(double grams)
{
    m_platter = grams;
    m_wobble = m_opt.settleReadings;
    report();
}

void SimulatedScale::setConnected(bool connected)
{
    if (connected) {
        setState(DeviceState::Simulated);
        m_timer.start();
    } else {
        m_timer.stop();
        setState(DeviceState::Absent, QStringLiteral("disconnected"));
    }
}

void SimulatedScale::setFault(bool fault)
{
    m_fault = fault;
    report();
}

void SimulatedScale::report()
{
    if (state() == DeviceState::Absent)
        return;
    ScaleReading r;
    r.timestampMs = monotonicMs();
    const double net = m_platter - m_offset;
    if (m_fault) {
        r.state = ScaleState::Fault;
        r.hasWeight = false;
    } else if (m_platter > m_opt.capacityGrams) {
        r.state = ScaleState::OverCapacity;
        r.hasWeight = false;
    } else if (m_wobble > 0) {
        // Wobble around the target, as a parcel settling on the platter.
        r.grams = net + (m_wobble % 2 ? 7.0 : -4.0) * m_wobble;
        r.state = ScaleState::InMotion;
        --m_wobble;
    } else {
        r.grams = net;
        r.state = net < 0 ? ScaleState::UnderZero : ScaleState::Stable;
    }
    emit reading(r);
}

} // namespace pc::drivers
