#pragma once
// Why a hand-over did not happen (tracking operation 12.x, the item stays stored) and the refusal
// of the addressee (3.4 return to the sender).
#include "domain/TrackingOperation.h"

#include <QList>
#include <optional>

namespace pc::issuing {

struct FailedAttemptReason {
    int attr = 0;  // 12.attr
    QString name;  // stable: "addressee_absent"
    QString title; // for the clerk
};

QList<FailedAttemptReason> failedAttemptReasons();
// "12.1", "1" or a stable name; nullopt for an unknown reason.
std::optional<FailedAttemptReason> failedAttemptReason(const QString& text);
inline TrackingOperation failedAttemptOperation(const FailedAttemptReason& r)
{
    return {12, r.attr};
}

} // namespace pc::issuing
