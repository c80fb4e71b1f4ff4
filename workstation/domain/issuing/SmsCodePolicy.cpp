#include "SmsCodePolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace pc::issuing {

namespace {
const char* const kNames[] = {"active", "verified", "used", "expired", "locked"};
}

QString smsCodeStateName(SmsCodeState s)
{
    return QString::fromLatin1(kNames[int(s)]);
}

std::optional<SmsCodeState> smsCodeStateFromName(QStringView name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kNames[i]))
            return SmsCodeState(i);
    return std::nullopt;
}

SmsCodeState effectiveState(const SmsCodeStatus& s, const QDateTime& nowUtc)
{
    if ((s.state == SmsCodeState::Active || s.state == SmsCodeState::Verified) && nowUtc >= s.expiresAtUtc)
        return SmsCodeState::Expired;
    return s.state;
}

Status mayIssueNewCode(const std::optional<SmsCodeStatus>& last, const QDateTime& nowUtc)
{
    if (!last)
        return {};
    const SmsCodeState st = effectiveState(*last, nowUtc);
    if (st == SmsCodeState::Active || st == SmsCodeState::Verified)
        return Error{QStringLiteral("sms.code_still_valid"),
                     QCoreApplication::translate("Sms", "A code was sent and is valid until %1 UTC: ask the "
                                                        "recipient for it, or wait until it expires.")
                         .arg(last->expiresAtUtc.toString(QStringLiteral("HH:mm")))};
    return {};
}

QByteArray hashSmsCode(const QByteArray& salt, const QString& code)
{
    return QCryptographicHash::hash(salt + code.trimmed().toLatin1(), QCryptographicHash::Sha256);
}

bool wellFormedSmsCode(const SmsCodePolicy& policy, const QString& code)
{
    const QString t = code.trimmed();
    if (t.size() != policy.digits)
        return false;
    for (QChar c : t)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

SmsCheckOutcome checkSmsCode(const SmsCodePolicy& policy, const SmsCodeStatus& status,
                             const QByteArray& storedHash, const QByteArray& salt, const QString& typed,
                             const QDateTime& nowUtc)
{
    SmsCheckOutcome out;
    out.after = status;
    const SmsCodeState st = effectiveState(status, nowUtc);
    out.attemptsLeft = std::max(0, policy.maxWrongAttempts - status.wrongAttempts);
    switch (st) {
    case SmsCodeState::Expired:
        out.check = SmsCheck::Expired;
        out.after.state = SmsCodeState::Expired;
        return out;
    case SmsCodeState::Locked:
        out.check = SmsCheck::AlreadyLocked;
        return out;
    case SmsCodeState::Used:
        out.check = SmsCheck::AlreadyUsed;
        return out;
    case SmsCodeState::Active:
    case SmsCodeState::Verified:
        break;
    }
    const QByteArray h = hashSmsCode(salt, typed);
    // Constant-time comparison: the time taken says nothing about how many characters matched.
    unsigned char diff = h.size() == storedHash.size() ? 0 : 1;
    for (int i = 0; i < std::min(h.size(), storedHash.size()); ++i)
        diff |= static_cast<unsigned char>(h[i] ^ storedHash[i]);
    if (diff == 0) {
        out.check = SmsCheck::Accepted;
        out.after.state = SmsCodeState::Verified;
        return out;
    }
    out.after.wrongAttempts = status.wrongAttempts + 1;
    out.attemptsLeft = std::max(0, policy.maxWrongAttempts - out.after.wrongAttempts);
    if (out.after.wrongAttempts >= policy.maxWrongAttempts) {
        out.check = SmsCheck::LockedNow;
        out.after.state = SmsCodeState::Locked;
    } else {
        out.check = SmsCheck::Wrong;
    }
    return out;
}

} // namespace pc::issuing
