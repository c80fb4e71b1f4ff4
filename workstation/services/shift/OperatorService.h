#pragma once
// Operators: creation, log-in with lockout after repeated failures, password change, and supervisor
// approvals (the supervisor types their own id and password on the clerk's screen; every approval
// is recorded in the approval table).
#include "PasswordHasher.h"
#include "Permissions.h"
#include "db/Connection.h"
#include "db/shift/OperatorRepository.h"
#include "domain/Clock.h"

#include <optional>

namespace pc::services {

struct OperatorPolicy {
    int maxFailedAttempts = 5; // the Nth wrong password in a row locks the operator
    int lockSecs = 15 * 60;
    HashCost hashCost;
};

struct NewOperator {
    QString id;
    QString name;
    Role role = Role::Operator;
    QString password;
};

struct ApprovalRequest {
    ApprovalAction action = ApprovalAction::Void;
    QString requestedBy; // the clerk asking
    QString supervisorId;
    QString supervisorPassword;
    QString subject; // item or operation id, amount…
    QString reason;
    std::optional<qint64> shiftId;
};

class OperatorService {
public:
    OperatorService(const db::Connection& c, const Clock& clock, OperatorPolicy policy = {})
        : m_c(c), m_clock(clock), m_policy(std::move(policy))
    {}

    Status add(const NewOperator& op);
    // The operator when id and password match, the operator is active and not locked. Failures are
    // counted; the maxFailedAttempts-th locks the operator for lockSecs.
    Result<db::OperatorRecord> authenticate(const QString& id, const QString& password);
    Status changePassword(const QString& id, const QString& oldPassword, const QString& newPassword);
    Status unlock(const QString& id);
    // An administrator sets a new password without the old one (forgotten password, or an operator
    // row from before schema 6 that has none). Also unlocks.
    Status resetPassword(const QString& id, const QString& newPassword);
    // A supervisor (or administrator) resets another's password on the counter's screen, typing their
    // own id and password. A supervisor resets operators' passwords only; an administrator anyone's.
    Status resetPasswordAs(const QString& actorId, const QString& actorPassword, const QString& targetId,
                           const QString& newPassword);
    // Authenticates the supervisor, checks the role and records the approval; returns its id.
    Result<qint64> approve(const ApprovalRequest& request);
    // The two halves of approve(), for a caller that records the approval inside its own transaction:
    // authenticate first (outside it, so failed attempts count even if the caller rolls back).
    Result<db::OperatorRecord> authenticateApprover(const ApprovalRequest& request);
    Result<qint64> recordApproval(const ApprovalRequest& request, const db::OperatorRecord& approver);

    const OperatorPolicy& policy() const { return m_policy; }

private:
    const db::Connection& m_c;
    const Clock& m_clock;
    OperatorPolicy m_policy;
};

} // namespace pc::services
