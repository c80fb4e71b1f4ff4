#pragma once
// An online shop's return code (docs/easy-return.md): "RV" and ten digits, the last a Luhn check
// digit over the nine before it, so a mistyped or misread code is caught at the window before any
// database look-up. The shop registers every code it hands out (ReturnList).
#include "domain/Result.h"

#include <QString>

namespace pc::returns {

// Quick routing test for a scan: "RV" + 10 digits, whatever the check digit.
bool looksLikeReturnCode(QStringView text);
// Upper-cases, drops spaces and dashes; errors returns.code_format / returns.code_check.
Result<QString> parseReturnCode(QStringView text);
// The check digit of nine digits (Luhn, as for payment cards).
int returnCodeCheckDigit(QStringView nineDigits);

} // namespace pc::returns
