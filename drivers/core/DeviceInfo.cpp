#include "DeviceInfo.h"

namespace pc::drivers {

QString deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Scanner:
        return QStringLiteral("scanner");
    case DeviceKind::Scale:
        return QStringLiteral("scale");
    case DeviceKind::LabelPrinter:
        return QStringLiteral("label-printer");
    case DeviceKind::ReceiptPrinter:
        return QStringLiteral("receipt-printer");
    case DeviceKind::OfficePrinter:
        return QStringLiteral("office-printer");
    }
    return {};
}

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Absent:
        return QStringLiteral("absent");
    case DeviceState::Connecting:
        return QStringLiteral("connecting");
    case DeviceState::Ready:
        return QStringLiteral("ready");
    case DeviceState::Busy:
        return QStringLiteral("busy");
    case DeviceState::Error:
        return QStringLiteral("error");
    case DeviceState::Simulated:
        return QStringLiteral("simulated");
    }
    return {};
}

} // namespace pc::drivers
