#pragma once
// The pre-filled shipment a customer shows as a QR code (docs/prefill-qr.md):
//   PCQ1.<base64url of compact JSON>.<first 8 hex digits of SHA-256 over "PCQ1." + body>
// ASCII only, so a keyboard-wedge scanner types it the same in any keyboard layout. The JSON is
// {"created": "YYYY-MM-DD", "expires": "YYYY-MM-DD", "shipment": {acceptance item JSON without
// barcode or measured weight}}. There is no secret: the checksum catches damaged or hand-edited
// payloads, and the counter re-checks everything (price, rules, weight) as for a typed shipment.
#include "domain/Result.h"
#include "domain/acceptance/Shipment.h"

#include <QDate>
#include <QString>

namespace pc::prefill {

inline constexpr int kMaxValidityDays = 30;
inline constexpr qsizetype kMaxPayloadChars = 2000; // what a QR code of version 25–30 holds comfortably

struct Prefill {
    acceptance::Shipment shipment;
    QDate created;
    QDate expires; // last day the payload is accepted
};

// Cheap test used to route a scan: does this look like one of our payloads at all?
bool looksLikePrefill(QStringView text);

// Refused (code "prefill.content") when the shipment carries a barcode or a measured weight (the
// counter allocates and weighs), or when the validity is empty or longer than kMaxValidityDays.
Result<QString> makePrefillPayload(const acceptance::Shipment& shipment, QDate created, QDate expires);

// Errors: prefill.format (not a payload, bad base64 or JSON), prefill.version (a newer format),
// prefill.checksum (damaged or altered), prefill.stale (expired, or dated in the future),
// prefill.content (the shipment JSON is wrong: the message names the field).
Result<Prefill> parsePrefillPayload(QStringView text, QDate today);

} // namespace pc::prefill
