#include "CasDecoder.h"

#include "DecimalWeight.h"

namespace pc::drivers {

namespace {
using D = Decoded<ScaleReading>;

std::string_view trimUnit(std::string_view s)
{
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

// "+  1.500kg" → value and unit (the unit is the trailing letters).
D valueWithUnit(std::string_view s)
{
    s = trimUnit(s);
    std::size_t u = s.size();
    while (u > 0 && ((s[u - 1] >= 'a' && s[u - 1] <= 'z') || (s[u - 1] >= 'A' && s[u - 1] <= 'Z')))
        --u;
    if (u == s.size())
        return D::fail(DecodeErrc::BadValue, "weight without a unit");
    std::string_view unit = s.substr(u);
    const double perUnit = unit == "KG" ? 1000.0 : unit == "G" ? 1.0 : gramsPerUnit(unit);
    if (perUnit == 0.0)
        return D::fail(DecodeErrc::BadValue, "unknown weight unit");
    const auto v = parseDecimal(s.substr(0, u));
    if (!v)
        return v.error();
    ScaleReading r;
    r.grams = *v * perUnit;
    return r;
}
} // namespace

D decodeCasHeaderLine(std::string_view line)
{
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);
    if (line.size() > 32)
        return D::fail(DecodeErrc::BadLength, "CAS line longer than 32 characters");
    for (char c : line)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F)
            return D::fail(DecodeErrc::BadValue, "control or non-ASCII character inside a CAS line");
    if (line.size() < 7 || line[2] != ',' || line[5] != ',')
        return D::fail(DecodeErrc::Truncated, "CAS line is not HH,HH,value");
    const auto head = line.substr(0, 2);
    const auto kind = line.substr(3, 2);
    if (kind != "GS" && kind != "NT")
        return D::fail(DecodeErrc::BadValue, "CAS weight is neither gross (GS) nor net (NT)");
    ScaleState st;
    if (head == "ST")
        st = ScaleState::Stable;
    else if (head == "US")
        st = ScaleState::InMotion;
    else if (head == "OL")
        st = ScaleState::OverCapacity;
    else
        return D::fail(DecodeErrc::BadValue, "unknown CAS header (ST/US/OL)");
    if (st == ScaleState::OverCapacity) {
        ScaleReading r;
        r.state = st;
        r.hasWeight = false; // an overload line carries no usable digits
        return r;
    }
    auto r = valueWithUnit(line.substr(6));
    if (!r)
        return r;
    ScaleReading out = *r;
    out.state = (st == ScaleState::Stable && out.grams < 0) ? ScaleState::UnderZero : st;
    return out;
}

std::uint8_t casBcc(Bytes data)
{
    std::uint8_t x = 0;
    for (auto b : data)
        x ^= b;
    return x;
}

D decodeCasEnqFrame(Bytes f)
{
    // SOH STX status sign w[6] unit[2] BCC ETX EOT = 15 bytes
    constexpr std::size_t kSize = 15;
    if (f.size() < kSize)
        return D::fail(DecodeErrc::Truncated, "CAS frame has 15 bytes");
    if (f.size() > kSize)
        return D::fail(DecodeErrc::BadLength, "CAS frame has 15 bytes");
    if (f[0] != 0x01 || f[1] != 0x02 || f[13] != 0x03 || f[14] != 0x04)
        return D::fail(DecodeErrc::BadHeader, "CAS frame is not SOH STX … ETX EOT");
    if (casBcc(f.subspan(2, 10)) != f[12])
        return D::fail(DecodeErrc::BadChecksum, "CAS BCC does not match");
    ScaleState st;
    if (f[2] == 'S')
        st = ScaleState::Stable;
    else if (f[2] == 'U')
        st = ScaleState::InMotion;
    else
        return D::fail(DecodeErrc::BadValue, "CAS status is neither S nor U");
    if (f[3] != '+' && f[3] != '-' && f[3] != ' ')
        return D::fail(DecodeErrc::BadValue, "CAS sign is not + or -");
    for (std::size_t i = 4; i < 12; ++i)
        if (f[i] < 0x20 || f[i] >= 0x7F)
            return D::fail(DecodeErrc::BadValue, "control character in CAS weight");
    const std::string_view text(reinterpret_cast<const char*>(f.data()) + 3, 9);
    auto r = valueWithUnit(text);
    if (!r)
        return r;
    ScaleReading out = *r;
    out.state = (st == ScaleState::Stable && out.grams < 0) ? ScaleState::UnderZero : st;
    return out;
}

D decodeCasFrame(Bytes f)
{
    if (!f.empty() && f[0] == 0x01)
        return decodeCasEnqFrame(f);
    return decodeCasHeaderLine(std::string_view(reinterpret_cast<const char*>(f.data()), f.size()));
}

} // namespace pc::drivers
