#include "HidPosScannerDecoder.h"

namespace pc::drivers {

namespace {
constexpr std::size_t kReportSize = 64;
} // namespace

Decoded<HidPosReport> decodeHidPosReport(Bytes r, HidPosLayout layout)
{
    using D = Decoded<HidPosReport>;
    if (r.size() < 2)
        return D::fail(DecodeErrc::Truncated, "HID-POS report shorter than its length byte");
    if (r.size() > kReportSize)
        return D::fail(DecodeErrc::BadLength, "HID-POS report longer than 64 bytes");
    if (r[0] != kHidPosScanReport)
        return D::fail(DecodeErrc::BadHeader, "not a HID-POS scan report (report id 0x02)");
    if (layout == HidPosLayout::Auto)
        layout = (r.size() >= 5 && r[2] == ']') ? HidPosLayout::Honeywell : HidPosLayout::Newland;
    const std::size_t len = r[1];
    HidPosReport out;
    if (layout == HidPosLayout::Newland) {
        if (len > 56)
            return D::fail(DecodeErrc::BadLength, "HID-POS data length over 56");
        if (r.size() < 2 + len)
            return D::fail(DecodeErrc::Truncated, "HID-POS report shorter than its declared length");
        out.data = QByteArray(reinterpret_cast<const char*>(r.data()) + 2, static_cast<qsizetype>(len));
        if (r.size() == kReportSize) {
            out.symbology = QStringLiteral("newland:0x%1").arg(r[62], 2, 16, QLatin1Char('0'));
            out.more = r[63] & 0x01;
        }
        return out;
    }
    if (r.size() < 5 || r[2] != ']')
        return D::fail(DecodeErrc::BadHeader, "Honeywell report without an AIM id");
    if (len > 55)
        return D::fail(DecodeErrc::BadLength, "HID-POS data length over 55");
    if (r.size() < 5 + len)
        return D::fail(DecodeErrc::Truncated, "HID-POS report shorter than its declared length");
    for (int i = 3; i < 5; ++i)
        if (r[i] < 0x21 || r[i] > 0x7E)
            return D::fail(DecodeErrc::BadValue, "AIM id is not printable");
    out.symbology = QString::fromLatin1(reinterpret_cast<const char*>(r.data()) + 2, 3);
    out.data = QByteArray(reinterpret_cast<const char*>(r.data()) + 5, static_cast<qsizetype>(len));
    if (r.size() == kReportSize)
        out.more = r[62] & 0x01;
    return out;
}

Decoded<HidPosAssembler::Scan> HidPosAssembler::feed(Bytes r)
{
    const auto rep = decodeHidPosReport(r, m_layout);
    if (!rep) {
        m_buf.clear();
        return rep.error();
    }
    if (m_buf.size() + rep->data.size() > 8192) {
        m_buf.clear();
        return Decoded<Scan>::fail(DecodeErrc::BadLength, "continued HID-POS scan over 8 KiB");
    }
    if (m_buf.isEmpty())
        m_sym = rep->symbology;
    m_buf += rep->data;
    if (rep->more)
        return Scan{}; // pending()
    Scan s{QString::fromUtf8(m_buf), m_sym};
    m_buf.clear();
    return s;
}

Decoded<QString> decodeHidPosReports(Bytes all, HidPosLayout layout)
{
    if (all.size() <= kReportSize) {
        const auto r = decodeHidPosReport(all, layout);
        if (!r)
            return r.error();
        return QString::fromUtf8(r->data);
    }
    if (all.size() % kReportSize != 0)
        return Decoded<QString>::fail(DecodeErrc::Truncated, "HID-POS reports are 64 bytes each");
    HidPosAssembler a(layout);
    for (std::size_t off = 0; off < all.size(); off += kReportSize) {
        const auto s = a.feed(all.subspan(off, kReportSize));
        if (!s)
            return s.error();
        if (!a.pending() && off + kReportSize == all.size())
            return s->text;
        if (!a.pending())
            return Decoded<QString>::fail(DecodeErrc::BadLength, "reports after the end of the scan");
    }
    return Decoded<QString>::fail(DecodeErrc::Truncated, "the last report says more follows");
}

} // namespace pc::drivers
