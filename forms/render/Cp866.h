#pragma once
// Text for ESC/POS printers in code page 866 (DOS Cyrillic, ESC t 17 on Epson-compatible printers).
#include <QByteArray>
#include <QString>

namespace pc::forms::render {

QByteArray toCp866(QStringView text);    // characters CP866 lacks become '?' (₽ becomes "р.")
QString fromCp866(QByteArrayView bytes); // for tests and decoders

} // namespace pc::forms::render
