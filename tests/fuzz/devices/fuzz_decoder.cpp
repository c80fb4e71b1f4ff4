// One libFuzzer target per decoder (PC_FUZZ_DECODER selects which). Asserts the decoders' contract:
// no crash, and a frame that decodes to a weight has a finite one.
#include "drivers/scale/ScaleProtocols.h"
#include "drivers/scale/SerialFramer.h"
#include "drivers/scanner/HidKeyboardDecoder.h"
#include "drivers/scanner/HidPosScannerDecoder.h"

#include <cmath>
#include <cstdlib>

using namespace pc::drivers;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Bytes b(data, size);
    const std::string_view name = PC_FUZZ_DECODER;
    if (name == "hid-keyboard") {
        (void)decodeBootKeyboardReports(b);
    } else if (name == "hid-pos-scanner") {
        (void)decodeHidPosReports(b);
    } else if (name == "framer") {
        SerialFramer f(SerialFramer::Kind::MassaK, {}, 64);
        for (const auto& frame :
             f.feed(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size))))
            (void)decodeScaleFrame(ScaleProtocol::MassaK,
                                   Bytes(reinterpret_cast<const std::uint8_t*>(frame.constData()),
                                         static_cast<std::size_t>(frame.size())));
    } else {
        const auto p =
            scaleProtocolFromName(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
        if (!p)
            std::abort();
        const auto r = decodeScaleFrame(*p, b);
        if (r.ok() && !std::isfinite(r->grams))
            std::abort(); // a decoder must never produce inf/nan as a weight
    }
    return 0;
}
