#pragma once
// The scale protocols by name, for configuration, `devices decode` and the serial scale driver:
// which decoder, which framing, which poll / zero / tare commands.
#include "SerialFramer.h"
#include "drivers/core/DecodeError.h"
#include "drivers/core/ScaleReading.h"

#include <QByteArray>
#include <QStringView>
#include <optional>

namespace pc::drivers {

// Cas: header lines streamed by the indicator; CasEnq: the ENQ/ACK/DC1 polled protocol (SerialScale).
enum class ScaleProtocol { HidPos, Sics, Mt8217, Cas, CasEnq, MassaK, MassaKLegacy };

std::optional<ScaleProtocol> scaleProtocolFromName(QStringView name); // "hid-scale", "sics", "8217", …
const char* scaleProtocolName(ScaleProtocol p);

Decoded<ScaleReading> decodeScaleFrame(ScaleProtocol p, Bytes frame);

struct SerialScaleCommands {
    QByteArray poll; // sent periodically; empty for continuous-output scales (CasEnq: ENQ, then DC1 on ACK)
    QByteArray zero; // empty: protocol has none
    QByteArray tare;
    SerialFramer::Kind framing = SerialFramer::Kind::Line;
    bool reportsStability = true;
};
SerialScaleCommands serialScaleCommands(ScaleProtocol p);

} // namespace pc::drivers
