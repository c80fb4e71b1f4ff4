#pragma once
// Decides which weight may be offered to the acceptance form: the device's own "stable", or for
// scales that never say so, N consecutive readings within a tolerance. Pure, clock-free.
#include "drivers/core/ScaleReading.h"

#include <optional>

namespace pc::drivers {

class StabilityFilter {
public:
    struct Options {
        bool deviceReportsStability = true;
        int consistentReadings = 3;  // for scales that do not say
        double toleranceGrams = 2.0; // max spread among those readings
    };
    StabilityFilter() = default;
    explicit StabilityFilter(Options o) : m_opt(o) {}

    // Returns the weight to offer when this reading makes one stable (once per settled weight).
    std::optional<ScaleReading> feed(const ScaleReading& r);
    void reset();

private:
    Options m_opt;
    int m_run = 0;
    double m_min = 0, m_max = 0;
    std::optional<double> m_offered; // weight already offered; a new one needs a change first
};

} // namespace pc::drivers
