#include "BackoffPolicy.h"

#include <QRandomGenerator>
#include <cmath>

namespace pc::services::sync {

qint64 BackoffPolicy::ceilingMs(int failure) const
{
    if (failure < 1)
        return 0;
    qint64 d = m_baseMs;
    for (int i = 1; i < failure && d < m_capMs; ++i)
        d *= 2;
    return qMin(d, m_capMs);
}

qint64 BackoffPolicy::delayMs(int failure, double unitRandom) const
{
    const qint64 ceiling = ceilingMs(failure);
    const double r = qBound(0.0, unitRandom, 1.0);
    return ceiling - static_cast<qint64>(std::floor(static_cast<double>(ceiling) * m_jitter * r));
}

qint64 BackoffPolicy::delayMs(int failure) const
{
    return delayMs(failure, QRandomGenerator::global()->generateDouble());
}

} // namespace pc::services::sync
