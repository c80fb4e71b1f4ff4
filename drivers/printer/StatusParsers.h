#pragma once
// Printer status answers parsed into PrinterState. Pure functions over bytes: no I/O, so they are
// tested from byte tables and fuzzed. A malformed answer is an error value, never a guess.
#include "PrinterResult.h"
#include "PrinterState.h"

#include <QByteArray>

namespace pc::drivers {

// ZPL II host status: the answer to "~HS", three lines "STX fields ETX CR LF".
// String 1: comm,paper-out,pause,label-length,formats,buffer-full,diag,partial,000,corrupt-ram,
//           under-temp,over-temp. String 2: settings,0,head-up,ribbon-out,… String 3 is not needed.
PrinterResult<PrinterState> parseZplHostStatus(const QByteArray& answer);

// TSPL "ESC ! ?": exactly one byte. b0 head open, b1 paper jam, b2 paper out, b3 ribbon out, b4 pause,
// b5 printing (not an error), b6 cover open, b7 temperature/other error.
PrinterResult<PrinterState> parseTsplStatus(const QByteArray& answer);

// ESC/POS real-time status "DLE EOT n" (n = 1..4): one byte whose fixed bits are b0=0, b1=1, b4=1, b7=0.
PrinterResult<PrinterState> parseEscPosStatus(int n, quint8 byte);
// The four answers to DLE EOT 1, 2, 3, 4 in that order, merged into one state.
PrinterResult<PrinterState> parseEscPosStatusSet(const QByteArray& fourBytes);

// What a printer that does not answer a status query is: ZPL printers go silent in some error states.
PrinterState noAnswerState();

// The queries to send for each language.
QByteArray zplHostStatusQuery();     // "~HS"
QByteArray tsplStatusQuery();        // ESC ! ?
QByteArray escPosStatusQuery(int n); // DLE EOT n

} // namespace pc::drivers
