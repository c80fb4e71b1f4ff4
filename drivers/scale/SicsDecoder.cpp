#include "SicsDecoder.h"

#include "DecimalWeight.h"

#include <array>

namespace pc::drivers {

namespace {
using D = Decoded<ScaleReading>;

// Up to 5 whitespace-separated tokens; more means it is not an S answer.
struct Tokens {
    std::array<std::string_view, 5> t{};
    std::size_t n = 0;
    bool overflow = false;
};

Tokens split(std::string_view s)
{
    Tokens out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        if (i >= s.size())
            break;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t')
            ++i;
        if (out.n == out.t.size()) {
            out.overflow = true;
            break;
        }
        out.t[out.n++] = s.substr(start, i - start);
    }
    return out;
}
} // namespace

D decodeSicsLine(std::string_view line)
{
    if (line.size() > 64)
        return D::fail(DecodeErrc::BadLength, "SICS line longer than 64 characters");
    if (line.empty())
        return D::fail(DecodeErrc::Truncated, "empty SICS line");
    for (char c : line)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\r' && c != '\n' && c != '\t')
            return D::fail(DecodeErrc::BadValue, "control character inside a SICS line");
        else if (static_cast<unsigned char>(c) >= 0x7F)
            return D::fail(DecodeErrc::BadValue, "non-ASCII character inside a SICS line");
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);
    const Tokens tk = split(line);
    if (tk.overflow || tk.n == 0)
        return D::fail(DecodeErrc::BadValue, "not a SICS weight answer");
    const auto cmd = tk.t[0];
    if (cmd == "ES")
        return D::fail(DecodeErrc::DeviceError, "scale reports a syntax error (ES)");
    if (cmd == "ET")
        return D::fail(DecodeErrc::DeviceError, "scale reports a transmission error (ET)");
    if (cmd == "EL")
        return D::fail(DecodeErrc::DeviceError, "scale reports a logical error (EL)");
    if (cmd != "S" && cmd != "SI")
        return D::fail(DecodeErrc::BadValue, "not an S/SI answer");
    if (tk.n < 2)
        return D::fail(DecodeErrc::Truncated, "S answer without a status");
    const auto st = tk.t[1];
    ScaleReading r;
    if (st == "I")
        return D::fail(DecodeErrc::DeviceError, "scale is busy or cannot execute the command (S I)");
    if (st == "+" || st == "-") {
        if (tk.n != 2)
            return D::fail(DecodeErrc::BadValue, "overload/underload answer with extra fields");
        r.state = st == "+" ? ScaleState::OverCapacity : ScaleState::UnderZero;
        r.hasWeight = false;
        return r;
    }
    if (st == "S")
        r.state = ScaleState::Stable;
    else if (st == "D")
        r.state = ScaleState::InMotion;
    else
        return D::fail(DecodeErrc::BadValue, "unknown S status");
    // Value and unit are separate tokens; a sign may be separated from the digits ("-   0.120").
    std::size_t vi = 2;
    std::string_view sign;
    if (vi < tk.n && (tk.t[vi] == "-" || tk.t[vi] == "+"))
        sign = tk.t[vi++];
    if (tk.n != vi + 2)
        return D::fail(tk.n < vi + 2 ? DecodeErrc::Truncated : DecodeErrc::BadValue,
                       "S answer needs a value and a unit");
    const auto value = parseDecimal(tk.t[vi]);
    if (!value)
        return value.error();
    const double perUnit = gramsPerUnit(tk.t[vi + 1]);
    if (perUnit == 0.0)
        return D::fail(DecodeErrc::BadValue, "unknown weight unit");
    r.grams = (sign == "-" ? -*value : *value) * perUnit;
    if (r.grams < 0 && r.state == ScaleState::Stable)
        r.state = ScaleState::UnderZero;
    return r;
}

D decodeSicsFrame(Bytes f)
{
    return decodeSicsLine(std::string_view(reinterpret_cast<const char*>(f.data()), f.size()));
}

} // namespace pc::drivers
