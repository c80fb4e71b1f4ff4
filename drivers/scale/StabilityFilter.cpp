#include "StabilityFilter.h"

#include <algorithm>
#include <cmath>

namespace pc::drivers {

void StabilityFilter::reset()
{
    m_run = 0;
    m_offered.reset();
}

std::optional<ScaleReading> StabilityFilter::feed(const ScaleReading& r)
{
    if (!r.hasWeight || r.state == ScaleState::Fault || r.state == ScaleState::OverCapacity ||
        r.state == ScaleState::UnderZero) {
        m_run = 0;
        m_offered.reset();
        return std::nullopt;
    }
    bool stable = false;
    if (m_opt.deviceReportsStability) {
        stable = r.state == ScaleState::Stable;
        if (!stable)
            m_offered.reset();
    } else {
        if (m_run == 0) {
            m_min = m_max = r.grams;
            m_run = 1;
        } else {
            const double lo = std::min(m_min, r.grams), hi = std::max(m_max, r.grams);
            if (hi - lo <= m_opt.toleranceGrams) {
                m_min = lo;
                m_max = hi;
                ++m_run;
            } else {
                m_min = m_max = r.grams;
                m_run = 1;
                m_offered.reset();
            }
        }
        stable = m_run >= std::max(1, m_opt.consistentReadings);
    }
    if (!stable)
        return std::nullopt;
    if (m_offered && std::fabs(*m_offered - r.grams) <= m_opt.toleranceGrams)
        return std::nullopt; // the same weight is offered once, not on every report
    m_offered = r.grams;
    ScaleReading out = r;
    out.state = ScaleState::Stable;
    return out;
}

} // namespace pc::drivers
