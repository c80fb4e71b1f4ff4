#pragma once
// Capped exponential back-off with jitter for retrying the tracking service. The n-th consecutive
// failure (n >= 1) waits d = min(cap, base * 2^(n-1)), shortened by up to jitter*d at random, so
// counters that lost the line together do not all return at the same moment.
#include <QtGlobal>

namespace pc::services::sync {

class BackoffPolicy {
public:
    BackoffPolicy(qint64 baseMs, qint64 capMs, double jitter = 0.5)
        : m_baseMs(qMax<qint64>(1, baseMs)), m_capMs(qMax(m_baseMs, capMs)),
          m_jitter(qBound(0.0, jitter, 1.0))
    {}

    // The ceiling for failure n: min(cap, base * 2^(n-1)).
    qint64 ceilingMs(int failure) const;
    // unitRandom in [0, 1): 0 gives the ceiling, values towards 1 give ceiling*(1-jitter).
    qint64 delayMs(int failure, double unitRandom) const;
    // With a random draw.
    qint64 delayMs(int failure) const;

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    double m_jitter;
};

} // namespace pc::services::sync
