#pragma once
// HID-POS barcode scanners (usage page 0x8C, usage 0x02), report id 2. Two vendor layouts:
// - Newland / IDTech: [1] length, [2..57] data, [62] symbology code, [63] bit0 "continued".
// - Honeywell: [1] length, [2..4] AIM id "]xy", data from [5], [60] code id, [62] bit0 "more follows".
// The layout is per device (quirk in the supported-devices table); Auto picks Honeywell when an AIM
// id follows the length.
#include "drivers/core/DecodeError.h"

#include <QString>

namespace pc::drivers {

enum class HidPosLayout { Auto, Newland, Honeywell };

struct HidPosReport {
    QByteArray data;   // this report's payload bytes
    QString symbology; // "]C0" (AIM) or "newland:0x43"
    bool more = false; // further reports continue this barcode
};

inline constexpr std::uint8_t kHidPosScanReport = 0x02;

Decoded<HidPosReport> decodeHidPosReport(Bytes report, HidPosLayout layout = HidPosLayout::Auto);

// Joins continued reports; done when a report without "more" arrives. Bounded to 8 KiB.
class HidPosAssembler {
public:
    struct Scan {
        QString text;
        QString symbology;
    };
    explicit HidPosAssembler(HidPosLayout layout = HidPosLayout::Auto) : m_layout(layout) {}
    // Value: a complete scan, or an empty optional-like Scan with text empty and pending() true.
    Decoded<Scan> feed(Bytes report);
    bool pending() const { return !m_buf.isEmpty(); }

private:
    HidPosLayout m_layout;
    QByteArray m_buf;
    QString m_sym;
};

// A capture of one or more 64-byte reports → the joined text.
Decoded<QString> decodeHidPosReports(Bytes reports, HidPosLayout layout = HidPosLayout::Auto);

} // namespace pc::drivers
