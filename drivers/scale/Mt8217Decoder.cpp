#include "Mt8217Decoder.h"

#include "DecimalWeight.h"

#include <string_view>

namespace pc::drivers {

Mt8217Status decode8217StatusByte(std::uint8_t s)
{
    Mt8217Status st;
    st.inMotion = s & 0x01;
    st.overCapacity = s & 0x02;
    st.underZero = s & 0x04;
    st.outsideZeroRange = s & 0x08;
    st.centreOfZero = s & 0x10;
    st.net = s & 0x20;
    return st;
}

Decoded<ScaleReading> decode8217Frame(Bytes f, double unitGrams)
{
    using D = Decoded<ScaleReading>;
    if (f.empty())
        return D::fail(DecodeErrc::Truncated, "empty 8217 frame");
    if (f[0] != 0x02)
        return D::fail(DecodeErrc::BadHeader, "8217 frame does not start with STX");
    if (f.size() < 3 || f.back() != 0x0D)
        return D::fail(DecodeErrc::Truncated, "8217 frame does not end with CR");
    if (f.size() > 16)
        return D::fail(DecodeErrc::BadLength, "8217 frame longer than 16 bytes");
    const auto body = f.subspan(1, f.size() - 2);
    ScaleReading r;
    if (body[0] == '?') {
        if (body.size() != 2)
            return D::fail(DecodeErrc::BadLength, "8217 status frame has one status byte");
        const auto st = decode8217StatusByte(body[1]);
        r.hasWeight = false;
        r.state = st.overCapacity ? ScaleState::OverCapacity
                  : st.underZero  ? ScaleState::UnderZero
                  : st.inMotion   ? ScaleState::InMotion
                                  : ScaleState::Fault; // no weight and no reason: treat as a fault
        return r;
    }
    const auto v = parseDecimal(std::string_view(reinterpret_cast<const char*>(body.data()), body.size()));
    if (!v)
        return v.error();
    r.grams = *v * unitGrams;
    r.state =
        r.grams < 0 ? ScaleState::UnderZero : ScaleState::Stable; // the scale answers W only when stable
    return r;
}

} // namespace pc::drivers
