#pragma once
// One reading from a scale, already converted to grams. Generic: a scale knows weights, not parcels.
#include <QMetaType>
#include <QString>
#include <cmath>
#include <cstdint>

namespace pc::drivers {

enum class ScaleState : std::uint8_t { Stable, InMotion, UnderZero, OverCapacity, Fault };

struct ScaleReading {
    double grams = 0; // in the device's resolution; meaningful when hasWeight
    ScaleState state = ScaleState::Fault;
    bool hasWeight = true;  // false for status-only frames (8217 "?" answer, SICS "S +")
    qint64 timestampMs = 0; // monotonic ms when the last byte arrived (0 from a pure decoder)

    std::int64_t wholeGrams() const { return static_cast<std::int64_t>(std::llround(grams)); }
    bool isStable() const { return state == ScaleState::Stable && hasWeight; }
};

// "stable", "in_motion", "under_zero", "over_capacity", "fault" (the `devices decode --json` names).
const char* scaleStateName(ScaleState s);

} // namespace pc::drivers

Q_DECLARE_METATYPE(pc::drivers::ScaleReading)
