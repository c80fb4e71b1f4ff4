#pragma once
// A representative collects an item with a power of attorney: the document's own data and the
// representative's identity document (checked like the addressee's own).
#include "IdentityDocument.h"

namespace pc::issuing {

struct PowerOfAttorney {
    QString number;
    QDate issuedOn;
    QDate validUntil; // empty: no end date written (valid one year from issue, Civil Code art. 186)
    QString issuedBy; // the addressee or the certifying organisation
    IdDocumentInput representative;
};

struct CheckedPowerOfAttorney {
    QString number;
    QDate issuedOn;
    QDate validUntil; // the effective end date
    QString issuedBy;
    CheckedIdDocument representative;
};

// Refused: "poa.number_missing", "poa.issued_by_missing", "poa.issued_in_future", "poa.expired",
// "poa.bad_period" (ends before it starts) and the representative document's own errors.
Result<CheckedPowerOfAttorney> checkPowerOfAttorney(const PowerOfAttorney& poa, QDate today);

// The CLI syntax "NUMBER:ISSUED:VALID_UNTIL:ISSUED_BY" (VALID_UNTIL may be empty).
Result<PowerOfAttorney> parsePowerOfAttorneyArg(const QString& poa, const QString& representativeDoc);

} // namespace pc::issuing
