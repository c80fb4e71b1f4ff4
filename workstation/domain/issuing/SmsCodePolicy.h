#pragma once
// Hand-over by SMS code (simple electronic signature, recorded as 2.13): a one-time code with an
// expiry and a limited number of wrong attempts. Only a hash of the code is stored.
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace pc::issuing {

struct SmsCodePolicy {
    int digits = 6;
    int validSecs = 600; // 10 minutes
    int maxWrongAttempts = 3;
};

enum class SmsCodeState { Active, Verified, Used, Expired, Locked };
QString smsCodeStateName(SmsCodeState s); // "active", "verified", "used", "expired", "locked"
std::optional<SmsCodeState> smsCodeStateFromName(QStringView name);

struct SmsCodeStatus {
    SmsCodeState state = SmsCodeState::Active;
    QDateTime expiresAtUtc;
    int wrongAttempts = 0;
};

// The state the code is really in at `nowUtc` (an active code past its expiry is expired).
SmsCodeState effectiveState(const SmsCodeStatus& s, const QDateTime& nowUtc);

// A new code may be sent only when there is none or the last one is expired, locked or used:
// "sms.code_still_valid" otherwise.
Status mayIssueNewCode(const std::optional<SmsCodeStatus>& last, const QDateTime& nowUtc);

enum class SmsCheck { Accepted, Wrong, LockedNow, AlreadyLocked, Expired, AlreadyUsed };
struct SmsCheckOutcome {
    SmsCheck check = SmsCheck::Wrong;
    SmsCodeStatus after; // the status to store
    int attemptsLeft = 0;
};
// Compares a typed code with the stored hash (constant time) and moves the state on.
SmsCheckOutcome checkSmsCode(const SmsCodePolicy& policy, const SmsCodeStatus& status,
                             const QByteArray& storedHash, const QByteArray& salt, const QString& typed,
                             const QDateTime& nowUtc);

QByteArray hashSmsCode(const QByteArray& salt, const QString& code); // SHA-256(salt ‖ code)
bool wellFormedSmsCode(const SmsCodePolicy& policy, const QString& code);

} // namespace pc::issuing
