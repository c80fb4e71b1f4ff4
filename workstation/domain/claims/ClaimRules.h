#pragma once
// When a search claim may be filed and by when it must be answered (docs/claims.md):
// - the claim is accepted within `filingWindowMonths` (6) counted from the day after acceptance, so
//   the last day is the acceptance date's corresponding day six months later (a missing day, e.g.
//   31 August → February, is the month's last day); later claims are refused;
// - before the control period of delivery has passed since acceptance the claim is still taken, with
//   a warning for the clerk to tell the customer that the item may simply not have arrived yet;
// - the answer is due `domesticAnswerDays` (30) or `internationalAnswerDays` (60) after the filing
//   date, counted from the next day: the deadline is filing date + N calendar days.
// The figures are data: AppConfig [claims] overrides them.
#include "domain/ItemIdentifier.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace pc::claims {

struct ClaimRules {
    int domesticAnswerDays = 30;
    int internationalAnswerDays = 60;
    int filingWindowMonths = 6;
    // (?) DOMAIN.md gives no control periods: configurable, defaults a typical domestic and
    // international delivery control time.
    int domesticControlDays = 10;
    int internationalControlDays = 30;
};

// Whether the item travels abroad: the tariff object says so when known (object % 10 == 1);
// otherwise an S10 identifier is international and a 14-digit barcode domestic.
bool isInternational(IdKind kind, std::optional<int> objectCode);

// The answer is due on this date (inclusive).
QDate answerDeadline(QDate filedOn, bool international, const ClaimRules& rules = {});

// The last day a claim for an item accepted on `acceptedOn` is taken.
QDate lastFilingDay(QDate acceptedOn, const ClaimRules& rules = {});

struct FilingCheck {
    QString warning; // empty: no warning (the control period has passed)
    QDate lastFilingDay;
    QDate controlPeriodEnds; // the first day the item counts as late
};

// Refused ("claim.too_late") after the window, ("claim.before_acceptance") for a filing date before
// acceptance; a warning when filed before the control period ends.
Result<FilingCheck> checkFiling(QDate acceptedOn, QDate filedOn, bool international,
                                const ClaimRules& rules = {});

// "101000-2026-000042": the office postcode, the filing year and a sequence per office and year.
QString claimNumber(const QString& officePostcode, int year, qint64 sequence);
struct ClaimNumberParts {
    QString officePostcode;
    int year = 0;
    qint64 sequence = 0;
};
// Accepts what a clerk types or scans (spaces tolerated, "/" or no separators allowed).
Result<ClaimNumberParts> parseClaimNumber(QStringView text);

} // namespace pc::claims
