#pragma once
// One barcode read by a scanner, exactly as read (validation is the service's job).
#include <QMetaType>
#include <QString>

namespace pc::drivers {

struct ScanResult {
    QString text;           // decoded characters; may contain control characters from the symbol
    QString symbology;      // AIM id ("]C0", "]d2", "]Q1") or vendor name ("code128"); empty if unknown
    QString source;         // "usb-keyboard", "hid-pos", "serial", "wedge", "sim"
    qint64 timestampMs = 0; // monotonic ms when the terminator arrived
};

} // namespace pc::drivers

Q_DECLARE_METATYPE(pc::drivers::ScanResult)
