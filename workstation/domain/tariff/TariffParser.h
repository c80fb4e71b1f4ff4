#pragma once
// Reads a tariff file (format "postcounter-tariff/1", docs/tariffs.md) and builds the engine's lookup
// tables. Everything is checked before anything is used: a file with a syntax error, a missing or
// unknown key, a wrong type, an overlapping postcode range or a matrix of the wrong size is refused
// with the line, the JSON path and the reason.
#include "TariffVersion.h"
#include "domain/Result.h"

#include <QByteArray>
#include <memory>

namespace pc::tariff {

inline constexpr const char* kTariffFormat = "postcounter-tariff/1";

struct TariffFileError {
    int line = 0;
    int column = 0; // syntax errors only
    QString path;   // e.g. "products[3].postage.first_kop"; empty for syntax errors
    QString reason;
    QString message() const; // "line 12: products[3].postage.first_kop: …"
};

// Error code "tariff.file_invalid" with TariffFileError::message() as the message.
Result<std::shared_ptr<const TariffVersion>> parseTariff(const QByteArray& json,
                                                         TariffFileError* detail = nullptr);

} // namespace pc::tariff
