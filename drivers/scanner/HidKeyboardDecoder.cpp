#include "HidKeyboardDecoder.h"

#include <algorithm>

namespace pc::drivers {

namespace {
// Usages 0x2C..0x38: space - = [ ] \ #(non-US) ; ' ` , . /
constexpr char kPunct[] = " -=[]\\#;'`,./";
constexpr char kPunctShift[] = " _+{}|~:\"~<>?";
constexpr char kDigitShift[] = "!@#$%^&*()";
} // namespace

char16_t bootKeyChar(std::uint8_t u, std::uint8_t mods)
{
    const bool shift = mods & 0x22;
    const bool ctrl = mods & 0x11;
    if (u >= 0x04 && u <= 0x1D) {
        const int i = u - 0x04;
        if (ctrl)
            return static_cast<char16_t>(1 + i); // Ctrl+A = 0x01 … Ctrl+Z = 0x1A
        return static_cast<char16_t>((shift ? 'A' : 'a') + i);
    }
    if (u >= 0x1E && u <= 0x27) {
        const int i = u - 0x1E; // 1..9, 0
        if (shift)
            return static_cast<char16_t>(kDigitShift[i]);
        return static_cast<char16_t>(i == 9 ? '0' : '1' + i);
    }
    if (u >= 0x2C && u <= 0x38) {
        if (ctrl && u == 0x2F)
            return 0x1B; // Ctrl+[ = ESC
        if (ctrl && u == 0x31)
            return 0x1C;
        if (ctrl && u == 0x30)
            return 0x1D; // Ctrl+] = GS, the GS1 separator
        return static_cast<char16_t>((shift ? kPunctShift : kPunct)[u - 0x2C]);
    }
    switch (u) {
    case 0x28:
    case 0x58:
        return u'\r';
    case 0x29:
        return 0x1B; // Escape
    case 0x2B:
        return u'\t';
    case 0x54:
        return u'/';
    case 0x55:
        return u'*';
    case 0x56:
        return u'-';
    case 0x57:
        return u'+';
    case 0x62:
        return u'0';
    case 0x63:
        return u'.';
    default:
        break;
    }
    if (u >= 0x59 && u <= 0x61)
        return static_cast<char16_t>('1' + (u - 0x59));
    return 0;
}

Decoded<BootKeyboardAssembler::Step> BootKeyboardAssembler::feed(Bytes r)
{
    using D = Decoded<Step>;
    if (r.size() < kBootReportSize)
        return D::fail(DecodeErrc::Truncated, "a boot keyboard report has 8 bytes");
    if (r.size() > kBootReportSize)
        return D::fail(DecodeErrc::BadLength, "a boot keyboard report has 8 bytes");
    const std::uint8_t mods = r[0];
    Step step;
    std::array<std::uint8_t, 6> now{};
    for (int i = 0; i < 6; ++i) {
        const std::uint8_t k = r[2 + i];
        if (k >= 0x01 && k <= 0x03) {
            // Rollover / POST fail / undefined: the report carries no key state; keys are lost.
            reset();
            return D::fail(DecodeErrc::DeviceError, "keyboard rollover error: keys were lost");
        }
        now[i] = k;
        if (k == 0 || std::find(m_held.begin(), m_held.end(), k) != m_held.end())
            continue;
        const char16_t c = bootKeyChar(k, mods);
        if (c == 0) {
            m_held = now;
            return D::fail(DecodeErrc::BadValue, "key usage without a character");
        }
        if (c == u'\r' || (c == u'\t' && m_tabTerminates)) {
            step.terminated = true;
            break;
        }
        step.typed.append(QChar(c));
    }
    m_held = now;
    return step;
}

Decoded<QString> decodeBootKeyboardReports(Bytes all)
{
    if (all.empty())
        return Decoded<QString>::fail(DecodeErrc::Truncated, "no keyboard report");
    if (all.size() % kBootReportSize != 0)
        return Decoded<QString>::fail(DecodeErrc::Truncated, "keyboard reports are 8 bytes each");
    if (all.size() > 4096 * kBootReportSize)
        return Decoded<QString>::fail(DecodeErrc::BadLength, "more reports than any barcode needs");
    BootKeyboardAssembler a;
    QString text;
    for (std::size_t off = 0; off < all.size(); off += kBootReportSize) {
        const auto s = a.feed(all.subspan(off, kBootReportSize));
        if (!s)
            return s.error();
        text += s->typed;
        if (s->terminated)
            break;
    }
    return text;
}

} // namespace pc::drivers
