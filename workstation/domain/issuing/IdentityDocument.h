#pragma once
// Identity documents accepted at hand-over (DOMAIN.md §6): the type, its number format, the issue
// date. The number is personal data: only its masked form is ever shown, logged or exported.
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace pc::issuing {

enum class IdDocType {
    RussianPassport,       // паспорт гражданина РФ, "NNNN NNNNNN"
    InternationalPassport, // заграничный паспорт гражданина РФ, "NN NNNNNNN"
    ForeignPassport,       // national passport of a foreign citizen, 5–20 letters/digits
    ResidencePermit,       // вид на жительство, "NN NNNNNNN"
    TemporaryResidence, // разрешение на временное проживание, 5–20 letters/digits
    MilitaryId,         // военный билет, "АА NNNNNNN"
    TemporaryId, // временное удостоверение личности (Ф.2П), 5–20 letters/digits
    RefugeeCertificate, // удостоверение беженца, 5–20 letters/digits
};

QList<IdDocType> acceptedIdDocTypes();
QString idDocTypeName(IdDocType type); // stable: "ru_passport", "intl_passport", …
std::optional<IdDocType> idDocTypeFromName(QStringView name);
QString idDocTypeTitle(IdDocType type); // for the clerk (translated)

struct IdDocumentInput {
    IdDocType type = IdDocType::RussianPassport;
    QString number; // as typed: spaces and dashes allowed
    QDate issued;
    QString issuer; // optional
};

struct CheckedIdDocument {
    IdDocType type = IdDocType::RussianPassport;
    QString number; // normalised (no separators, upper case): personal data, never shown
    QString masked; // "45 10 ****56"
    QDate issued;
    QString issuer;
};

// Refused: "iddoc.number_format" (with the expected pattern), "iddoc.issue_date_missing",
// "iddoc.issued_in_future".
Result<CheckedIdDocument> checkIdDocument(const IdDocumentInput& doc, QDate today);

// The form shown everywhere: the series/first digits and the last two characters kept, the rest as *.
QString maskIdNumber(IdDocType type, const QString& normalisedNumber);

// The CLI syntax "TYPE:NUMBER:ISSUED[:ISSUER]", ISSUED as YYYY-MM-DD or DD.MM.YYYY.
Result<IdDocumentInput> parseIdDocumentArg(const QString& text);

} // namespace pc::issuing
