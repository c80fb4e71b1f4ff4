#pragma once
// The postcode directory file an admin imports (docs/postcodes.md): CSV, comma or semicolon separated,
// UTF-8 with an optional BOM, '#' lines are comments. Two header shapes are understood:
//   postcode;office_name;region;settlement[;kind]        (ours)
//   INDEX;OPSNAME;...;REGION;...;CITY[;CITY_1]...          (Russian Post's PIndx export)
// Parsing is pure and keeps going past bad lines: each is reported with its line number and reason,
// the good ones are kept, so one typo does not block a 50 000-line import.
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace pc::acceptance {

enum class OfficeKind { Office, PoBox, Mobile, Seasonal, Closed };

// "office", "po_box", "mobile", "seasonal", "closed" — the values stored in the database.
QString officeKindCode(OfficeKind kind);
std::optional<OfficeKind> officeKindFromCode(const QString& code);

struct PostcodeOffice {
    QString postcode; // six digits
    QString officeName;
    QString region;
    QString settlement;
    OfficeKind kind = OfficeKind::Office;
    bool closed = false; // set for kind Closed; a directory may also close an office of another kind
};

struct PostcodeFileLineError {
    int line = 0;   // 1-based physical line of the file
    QString reason; // translated, e.g. "postcode '12345' must have 6 digits"
};

struct PostcodeDirectoryFile {
    enum class Format { PostCounter, PIndx };
    Format format = Format::PostCounter;
    QList<PostcodeOffice> offices; // in file order, each postcode once (the first occurrence wins)
    QList<PostcodeFileLineError> rejected;
};

// Refuses the whole file only when it has no recognisable header ("postcode.file_header") or is empty
// ("postcode.file_empty"); everything else is a per-line rejection.
Result<PostcodeDirectoryFile> parsePostcodeDirectory(const QByteArray& content);

// True for exactly six ASCII digits.
bool isDomesticPostcode(const QString& postcode);

} // namespace pc::acceptance
