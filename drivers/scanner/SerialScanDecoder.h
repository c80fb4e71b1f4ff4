#pragma once
// Serial / USB-CDC scanners send the barcode followed by a configurable suffix (CR, CR LF, Tab).
#include "drivers/core/DecodeError.h"

#include <QByteArray>
#include <QString>

namespace pc::drivers {

inline constexpr int kMaxSerialScan = 4096;

// One framed line (suffix included or not) → the text without the suffix.
Decoded<QString> decodeSerialScanLine(const QByteArray& line, const QByteArray& suffix);

} // namespace pc::drivers
