#pragma once
// An identifier range as one line of text, the form used by the configuration file
// (identifiers/ranges) and `postcounter-cli setup --range`:
//   rpo14:PREFIX8:FIRST-LAST          e.g. rpo14:10100025:1-99999  (PREFIX8 = office postcode + 2 digits)
//   s10:SI[:CC]:FIRST-LAST            e.g. s10:RA:10000000-19999999 (country RU unless given)
// Configured ranges are added to the database when the workstation opens it (addConfiguredRanges).
#include "db/Connection.h"
#include "db/IdentifierRangeRepository.h"
#include "domain/Result.h"

#include <QStringList>

namespace pc::services {

// Parses and checks a range: kind, prefix, country, serials and that its first and last identifiers
// can be generated. officePostcode (may be empty) must start an rpo14 prefix.
Result<db::IdentifierRange> parseRangeSpec(const QString& spec, const QString& officePostcode);
QString rangeSpecText(const db::IdentifierRange& range);

// Adds every configured range the database lacks (exactly the same range already there is skipped);
// a configured range overlapping a different one of the same series is an error naming both.
Status addConfiguredRanges(const db::Connection& c, const QString& officePostcode, const QStringList& specs);

} // namespace pc::services
