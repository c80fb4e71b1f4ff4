#include "PowerOfAttorney.h"

#include <QCoreApplication>

namespace pc::issuing {

Result<CheckedPowerOfAttorney> checkPowerOfAttorney(const PowerOfAttorney& poa, QDate today)
{
    const auto fail = [](const char* code, const QString& msg) {
        return Error{QString::fromLatin1(code), msg};
    };
    if (poa.number.trimmed().isEmpty())
        return fail("poa.number_missing",
                    QCoreApplication::translate("Poa", "Enter the power of attorney's number."));
    if (poa.issuedBy.trimmed().isEmpty())
        return fail("poa.issued_by_missing",
                    QCoreApplication::translate("Poa", "Enter who issued the power of attorney."));
    if (!poa.issuedOn.isValid())
        return fail("poa.issue_date_missing",
                    QCoreApplication::translate("Poa", "Enter the power of attorney's date."));
    if (poa.issuedOn > today)
        return fail("poa.issued_in_future",
                    QCoreApplication::translate("Poa", "The power of attorney is dated in the future."));
    // Without an end date a power of attorney is valid one year from its date (Civil Code art. 186).
    const QDate until = poa.validUntil.isValid() ? poa.validUntil : poa.issuedOn.addYears(1).addDays(-1);
    if (until < poa.issuedOn)
        return fail("poa.bad_period",
                    QCoreApplication::translate("Poa", "The power of attorney ends before its date."));
    if (until < today)
        return fail("poa.expired", QCoreApplication::translate("Poa", "The power of attorney expired on %1.")
                                       .arg(until.toString(QStringLiteral("dd.MM.yyyy"))));
    auto rep = checkIdDocument(poa.representative, today);
    if (!rep)
        return rep.error();
    return CheckedPowerOfAttorney{poa.number.trimmed(), poa.issuedOn, until, poa.issuedBy.trimmed(), *rep};
}

Result<PowerOfAttorney> parsePowerOfAttorneyArg(const QString& poaText, const QString& representativeDoc)
{
    const QStringList p = poaText.split(u':');
    if (p.size() < 4)
        return Error{QStringLiteral("poa.syntax"),
                     QCoreApplication::translate("Poa", "Expected NUMBER:DATE:VALID_UNTIL:ISSUED_BY "
                                                        "(VALID_UNTIL may be empty).")};
    const auto date = [](const QString& s) {
        QDate d = QDate::fromString(s.trimmed(), Qt::ISODate);
        return d.isValid() ? d : QDate::fromString(s.trimmed(), QStringLiteral("dd.MM.yyyy"));
    };
    auto rep = parseIdDocumentArg(representativeDoc);
    if (!rep)
        return rep.error();
    PowerOfAttorney poa;
    poa.number = p[0].trimmed();
    poa.issuedOn = date(p[1]);
    poa.validUntil = date(p[2]);
    poa.issuedBy = p.mid(3).join(u':').trimmed();
    poa.representative = *rep;
    return poa;
}

} // namespace pc::issuing
