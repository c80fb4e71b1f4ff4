#pragma once
// ESC/POS commands a driver adds around a rendered receipt: cuts, the cash drawer kick and the
// Cyrillic code page with text encoded into it. The code table number differs between models
// (Epson TM-T88V: 17 = CP866, 46 = CP1251), so it comes from the device configuration.
#include <QByteArray>
#include <QString>

namespace pc::drivers::escpos {

enum class CodePage { Cp866, Cp1251 };

QByteArray initialize();                           // ESC @
QByteArray fullCut();                              // GS V 0
QByteArray partialCut();                           // GS V 1
QByteArray feedAndCut(quint8 lines, bool partial); // GS V 65/66 n
// ESC p m t1 t2: pulse on pin 2 (m=0) or pin 5 (m=1), on/off times in 2 ms units.
QByteArray drawerKick(int pin = 2, quint8 onTime = 25, quint8 offTime = 250);
QByteArray selectCodeTable(quint8 table); // ESC t n
// Text in the code page; characters it cannot hold become '?'.
QByteArray encode(const QString& text, CodePage page);

} // namespace pc::drivers::escpos
