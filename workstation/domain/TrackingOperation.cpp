#include "TrackingOperation.h"

namespace pc {

QString upuEventCode(TrackingOperation o)
{
    switch (o.type) {
    case 1:
        return QStringLiteral("EMA");
    case 2:
        return QStringLiteral("EMI");
    case 8:
        return o.attr == 2 ? QStringLiteral("EMG") : o.attr == 48 ? QStringLiteral("EDH") : QString();
    case 12:
        return QStringLiteral("EMH");
    default:
        return {};
    }
}

} // namespace pc
