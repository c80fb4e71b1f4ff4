#include "ClaimRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pc::claims {

bool isInternational(IdKind kind, std::optional<int> objectCode)
{
    if (objectCode)
        return *objectCode % 10 == 1;
    return kind == IdKind::S10;
}

QDate answerDeadline(QDate filedOn, bool international, const ClaimRules& rules)
{
    return filedOn.addDays(international ? rules.internationalAnswerDays : rules.domesticAnswerDays);
}

QDate lastFilingDay(QDate acceptedOn, const ClaimRules& rules)
{
    // QDate::addMonths keeps the day or falls back to the month's last day: exactly the rule for a
    // period in months that has no corresponding day.
    return acceptedOn.addMonths(rules.filingWindowMonths);
}

Result<FilingCheck> checkFiling(QDate acceptedOn, QDate filedOn, bool international, const ClaimRules& rules)
{
    if (!acceptedOn.isValid())
        return Error{QStringLiteral("claim.acceptance_date_needed"),
                     QCoreApplication::translate("Claims", "The acceptance date of the item is not known: "
                                                           "type it from the customer's receipt.")};
    if (filedOn < acceptedOn)
        return Error{QStringLiteral("claim.before_acceptance"),
                     QCoreApplication::translate("Claims", "The acceptance date %1 is after today (%2): "
                                                           "check the date on the customer's receipt.")
                         .arg(acceptedOn.toString(QStringLiteral("dd.MM.yyyy")),
                              filedOn.toString(QStringLiteral("dd.MM.yyyy")))};
    FilingCheck out;
    out.lastFilingDay = lastFilingDay(acceptedOn, rules);
    out.controlPeriodEnds =
        acceptedOn.addDays(international ? rules.internationalControlDays : rules.domesticControlDays);
    if (filedOn > out.lastFilingDay)
        return Error{QStringLiteral("claim.too_late"),
                     QCoreApplication::translate(
                         "Claims", "A claim for an item accepted on %1 was due by %2 (%3 months from the day "
                                   "after acceptance); it cannot be accepted now.")
                         .arg(acceptedOn.toString(QStringLiteral("dd.MM.yyyy")),
                              out.lastFilingDay.toString(QStringLiteral("dd.MM.yyyy")))
                         .arg(rules.filingWindowMonths)};
    if (filedOn < out.controlPeriodEnds)
        out.warning = QCoreApplication::translate(
                          "Claims", "The item was accepted on %1 and may still be on its way: the control "
                                    "period of delivery ends on %2. The claim is accepted all the same.")
                          .arg(acceptedOn.toString(QStringLiteral("dd.MM.yyyy")),
                               out.controlPeriodEnds.toString(QStringLiteral("dd.MM.yyyy")));
    return out;
}

QString claimNumber(const QString& officePostcode, int year, qint64 sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(officePostcode)
        .arg(year, 4, 10, QChar(u'0'))
        .arg(sequence, 6, 10, QChar(u'0'));
}

Result<ClaimNumberParts> parseClaimNumber(QStringView text)
{
    QString s = text.toString();
    s.remove(u' ');
    static const QRegularExpression re(QStringLiteral("^(\\d{6})[-/]?(\\d{4})[-/]?(\\d{6})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return Error{QStringLiteral("claim.number"),
                     QCoreApplication::translate("Claims", "\"%1\" is not a claim number: it reads like "
                                                           "101000-2026-000042 (office, year, number).")
                         .arg(text.toString())};
    const qint64 seq = m.captured(3).toLongLong();
    if (seq == 0)
        return Error{QStringLiteral("claim.number"),
                     QCoreApplication::translate("Claims", "Claim numbers start at 000001, not %1.")
                         .arg(text.toString())};
    return ClaimNumberParts{m.captured(1), m.captured(2).toInt(), seq};
}

} // namespace pc::claims
