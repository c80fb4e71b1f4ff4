#pragma once
// Timestamps for readings and scans: monotonic milliseconds, comparable across threads.
#include <QtGlobal>
#include <chrono>

namespace pc::drivers {

inline qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace pc::drivers
