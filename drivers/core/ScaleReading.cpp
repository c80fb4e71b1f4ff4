#include "ScaleReading.h"

namespace pc::drivers {

const char* scaleStateName(ScaleState s)
{
    switch (s) {
    case ScaleState::Stable:
        return "stable";
    case ScaleState::InMotion:
        return "in_motion";
    case ScaleState::UnderZero:
        return "under_zero";
    case ScaleState::OverCapacity:
        return "over_capacity";
    case ScaleState::Fault:
        return "fault";
    }
    return "fault";
}

} // namespace pc::drivers
