#include "OperatorService.h"

#include "db/shift/ApprovalRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOperators, "pc.shift.operators")

namespace pc::services {

namespace {
Error wrongCredentials()
{
    // One message for an unknown id and a wrong password: the screen must not reveal which ids exist.
    return {QStringLiteral("operator.bad_credentials"),
            QCoreApplication::translate("Operators", "Wrong operator id or password.")};
}
} // namespace

Status OperatorService::add(const NewOperator& op)
{
    if (op.id.trimmed().isEmpty() || op.id.trimmed() != op.id)
        return Error{QStringLiteral("operator.id"),
                     QCoreApplication::translate("Operators",
                                                 "The operator id must not be empty or have spaces "
                                                 "around it.")};
    if (op.name.trimmed().isEmpty())
        return Error{QStringLiteral("operator.name"),
                     QCoreApplication::translate("Operators", "Enter the operator's name.")};
    auto hash = hashPassword(op.password, m_policy.hashCost);
    if (!hash)
        return hash.error();
    db::OperatorRecord r;
    r.id = op.id;
    r.name = op.name.trimmed();
    r.role = roleName(op.role);
    r.passwordHash = *hash;
    if (auto st = db::OperatorRepository(m_c).insert(r); !st)
        return st;
    qCInfo(lcOperators) << "operator added" << op.id << r.role;
    return {};
}

Result<db::OperatorRecord> OperatorService::authenticate(const QString& id, const QString& password)
{
    db::OperatorRepository repo(m_c);
    auto found = repo.find(id);
    if (!found)
        return found.error();
    if (!*found)
        return wrongCredentials();
    db::OperatorRecord op = **found;
    const QDateTime now = m_clock.nowUtc();
    if (op.lockedUntilUtc.isValid() && now < op.lockedUntilUtc)
        return Error{QStringLiteral("operator.locked"),
                     QCoreApplication::translate("Operators",
                                                 "Operator %1 is locked after %2 wrong passwords until "
                                                 "%3 UTC. Ask a supervisor to unlock it.")
                         .arg(id)
                         .arg(m_policy.maxFailedAttempts)
                         .arg(op.lockedUntilUtc.toUTC().toString(QStringLiteral("HH:mm")))};
    if (op.lockedUntilUtc.isValid()) // the lock ran out: a fresh series of attempts
        op.failedAttempts = 0;
    if (!op.active)
        return Error{QStringLiteral("operator.inactive"),
                     QCoreApplication::translate("Operators", "Operator %1 is deactivated.").arg(id)};
    if (op.passwordHash.isEmpty())
        return Error{QStringLiteral("operator.no_password"),
                     QCoreApplication::translate("Operators",
                                                 "Operator %1 has no password yet: an administrator "
                                                 "sets one (postcounter-cli operator passwd %1).")
                         .arg(id)};
    if (!verifyPassword(op.passwordHash, password)) {
        const int failed = op.failedAttempts + 1;
        const bool lock = failed >= m_policy.maxFailedAttempts;
        if (auto st = repo.setLoginState(id, failed, lock ? now.addSecs(m_policy.lockSecs) : QDateTime());
            !st)
            return st.error();
        qCWarning(lcOperators) << "wrong password for" << id << "attempt" << failed << (lock ? "locked" : "");
        if (lock)
            return Error{QStringLiteral("operator.locked"),
                         QCoreApplication::translate("Operators",
                                                     "Wrong password %1 times: operator %2 is locked "
                                                     "for %3 minutes.")
                             .arg(failed)
                             .arg(id)
                             .arg(m_policy.lockSecs / 60)};
        return wrongCredentials();
    }
    if (op.failedAttempts != 0 || op.lockedUntilUtc.isValid()) {
        if (auto st = repo.setLoginState(id, 0, QDateTime()); !st)
            return st.error();
        op.failedAttempts = 0;
        op.lockedUntilUtc = QDateTime();
    }
    return op;
}

Status OperatorService::changePassword(const QString& id, const QString& oldPassword,
                                       const QString& newPassword)
{
    auto op = authenticate(id, oldPassword);
    if (!op)
        return op.error();
    if (newPassword == oldPassword)
        return Error{
            QStringLiteral("operator.password_same"),
            QCoreApplication::translate("Operators", "The new password must differ from the old one.")};
    auto hash = hashPassword(newPassword, m_policy.hashCost);
    if (!hash)
        return hash.error();
    return db::OperatorRepository(m_c).setPasswordHash(id, *hash);
}

Status OperatorService::resetPassword(const QString& id, const QString& newPassword)
{
    auto hash = hashPassword(newPassword, m_policy.hashCost);
    if (!hash)
        return hash.error();
    return db::OperatorRepository(m_c).setPasswordHash(id, *hash);
}

Status OperatorService::resetPasswordAs(const QString& actorId, const QString& actorPassword,
                                        const QString& targetId, const QString& newPassword)
{
    if (actorId == targetId)
        return Error{QStringLiteral("operator.reset_self"),
                     QCoreApplication::translate("Operators",
                                                 "To change your own password, use Change password with "
                                                 "the old one.")};
    auto actor = authenticate(actorId, actorPassword);
    if (!actor)
        return actor.error();
    auto target = db::OperatorRepository(m_c).find(targetId);
    if (!target)
        return target.error();
    if (!*target)
        return Error{QStringLiteral("operator.unknown"),
                     QCoreApplication::translate("Operators", "There is no operator %1.").arg(targetId)};
    const auto actorRole = parseRole(actor->role);
    const auto targetRole = parseRole((*target)->role);
    const bool allowed = actorRole && (canManageOperators(*actorRole) ||
                                       (canApprove(*actorRole) && targetRole == Role::Operator));
    if (!allowed)
        return Error{QStringLiteral("operator.not_allowed"),
                     QCoreApplication::translate("Operators",
                                                 "%1 may not reset the password of %2: a supervisor "
                                                 "resets clerks' passwords, an administrator anyone's.")
                         .arg(actor->name, targetId)};
    if (auto st = resetPassword(targetId, newPassword); !st)
        return st;
    if (auto st = unlock(targetId); !st)
        return st;
    qCInfo(lcOperators) << "password of" << targetId << "reset by" << actorId;
    return {};
}

Status OperatorService::unlock(const QString& id)
{
    return db::OperatorRepository(m_c).setLoginState(id, 0, QDateTime());
}

Result<db::OperatorRecord> OperatorService::authenticateApprover(const ApprovalRequest& r)
{
    if (r.supervisorId == r.requestedBy)
        return Error{QStringLiteral("approval.self"),
                     QCoreApplication::translate("Operators",
                                                 "An approval must come from another person: call a "
                                                 "supervisor.")};
    auto sup = authenticate(r.supervisorId, r.supervisorPassword);
    if (!sup)
        return sup.error();
    const auto role = parseRole(sup->role);
    if (!role || !canApprove(*role))
        return Error{
            QStringLiteral("approval.not_supervisor"),
            QCoreApplication::translate("Operators", "%1 is not a supervisor and cannot approve this.")
                .arg(sup->name)};
    return sup;
}

Result<qint64> OperatorService::recordApproval(const ApprovalRequest& r, const db::OperatorRecord& approver)
{
    db::ApprovalRecord a;
    a.shiftId = r.shiftId;
    a.action = actionName(r.action);
    a.subject = r.subject;
    a.requestedBy = r.requestedBy;
    a.approvedBy = approver.id;
    a.reason = r.reason;
    a.atUtc = m_clock.nowUtc();
    auto id = db::ApprovalRepository(m_c).append(a);
    if (id)
        qCInfo(lcOperators) << "approval" << a.action << "by" << a.approvedBy << "for" << a.requestedBy;
    return id;
}

Result<qint64> OperatorService::approve(const ApprovalRequest& r)
{
    auto sup = authenticateApprover(r);
    if (!sup)
        return sup.error();
    return recordApproval(r, *sup);
}

} // namespace pc::services
