#pragma once
// What a scan is, against the grammars the counter expects: the domestic 14-digit identifier and the
// UPU S10 (pc::checkIdentifier), a customer's pre-filled shipment (a PCQ1 QR payload, checked by the
// acceptance screen) and an online shop's return code (RV + 10 digits). Anything else is
// "unrecognised barcode" with what was read: never typed into a field. Control characters are dropped before
// matching and shown escaped.
#include "domain/ItemIdentifier.h"

#include <QMetaType>
#include <QString>

namespace pc::services {

struct ScanVerdict {
    enum class Kind { Rpo14, S10, Prefill, ReturnCode, Unrecognised };
    Kind kind = Kind::Unrecognised;
    QString text;    // normalised identifier, or what was read (control chars as \xNN) when unrecognised
    QString message; // for the clerk: empty when recognised
    QString source;  // scanner driver ("usb-keyboard", "wedge", "sim"…)
    qint64 timestampMs = 0;

    bool recognised() const { return kind != Kind::Unrecognised; }
    const char* kindName() const; // "rpo14", "s10", "unrecognised"
};

ScanVerdict classifyScan(const QString& raw);
// "\x04" for control characters so the clerk (and a log) sees exactly what the symbol carried.
QString printableScan(const QString& raw);

} // namespace pc::services

Q_DECLARE_METATYPE(pc::services::ScanVerdict)
