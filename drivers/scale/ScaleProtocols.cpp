#include "ScaleProtocols.h"

#include "CasDecoder.h"
#include "HidScaleDecoder.h"
#include "MassaKDecoder.h"
#include "Mt8217Decoder.h"
#include "SicsDecoder.h"

namespace pc::drivers {

std::optional<ScaleProtocol> scaleProtocolFromName(QStringView n)
{
    if (n == u"hid-scale" || n == u"hid-pos-scale")
        return ScaleProtocol::HidPos;
    if (n == u"sics" || n == u"mt-sics")
        return ScaleProtocol::Sics;
    if (n == u"8217" || n == u"mt8217")
        return ScaleProtocol::Mt8217;
    if (n == u"cas")
        return ScaleProtocol::Cas;
    if (n == u"cas-enq")
        return ScaleProtocol::CasEnq;
    if (n == u"massak" || n == u"massa-k")
        return ScaleProtocol::MassaK;
    if (n == u"massak-legacy")
        return ScaleProtocol::MassaKLegacy;
    return std::nullopt;
}

const char* scaleProtocolName(ScaleProtocol p)
{
    switch (p) {
    case ScaleProtocol::HidPos:
        return "hid-scale";
    case ScaleProtocol::Sics:
        return "sics";
    case ScaleProtocol::Mt8217:
        return "8217";
    case ScaleProtocol::Cas:
        return "cas";
    case ScaleProtocol::CasEnq:
        return "cas-enq";
    case ScaleProtocol::MassaK:
        return "massak";
    case ScaleProtocol::MassaKLegacy:
        return "massak-legacy";
    }
    return "";
}

Decoded<ScaleReading> decodeScaleFrame(ScaleProtocol p, Bytes f)
{
    switch (p) {
    case ScaleProtocol::HidPos:
        return decodeHidScaleReport(f);
    case ScaleProtocol::Sics:
        return decodeSicsFrame(f);
    case ScaleProtocol::Mt8217:
        return decode8217Frame(f);
    case ScaleProtocol::Cas:
        return decodeCasFrame(f);
    case ScaleProtocol::CasEnq:
        return decodeCasEnqFrame(f);
    case ScaleProtocol::MassaK:
        return decodeMassaKFrame(f);
    case ScaleProtocol::MassaKLegacy:
        return decodeMassaKLegacy(f);
    }
    return Decoded<ScaleReading>::fail(DecodeErrc::BadValue, "unknown protocol");
}

SerialScaleCommands serialScaleCommands(ScaleProtocol p)
{
    SerialScaleCommands c;
    switch (p) {
    case ScaleProtocol::HidPos:
        break;
    case ScaleProtocol::Sics:
        c.poll = QByteArray(kSicsImmediate.data(), kSicsImmediate.size());
        c.zero = QByteArray(kSicsZero.data(), kSicsZero.size());
        c.tare = QByteArray(kSicsTare.data(), kSicsTare.size());
        break;
    case ScaleProtocol::Mt8217:
        c.poll = QByteArray(1, k8217Weight);
        c.zero = QByteArray(1, k8217Zero);
        c.tare = QByteArray(1, k8217Tare);
        c.framing = SerialFramer::Kind::StxCr;
        break;
    case ScaleProtocol::Cas:
        // Header-format CAS indicators stream continuously; the ENQ variant is polled by the driver.
        c.framing = SerialFramer::Kind::Line;
        break;
    case ScaleProtocol::CasEnq:
        // ENQ → ACK, then DC1 → SOH STX … BCC ETX EOT (the handshake is in SerialScale); no zero/tare.
        c.poll = QByteArray(1, static_cast<char>(kCasEnq));
        c.framing = SerialFramer::Kind::SohEot;
        break;
    case ScaleProtocol::MassaK:
        c.poll = makeMassaKRequest(kMassaKGetWeight);
        c.zero = makeMassaKRequest(kMassaKSetZero);
        c.framing = SerialFramer::Kind::MassaK;
        break;
    case ScaleProtocol::MassaKLegacy:
        c.reportsStability = false;
        break;
    }
    return c;
}

} // namespace pc::drivers
