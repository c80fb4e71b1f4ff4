#pragma once
// Roles and the actions that need a supervisor's approval.
#include <QString>
#include <optional>

namespace pc::services {

enum class Role { Operator, Supervisor, Admin };

enum class ApprovalAction { Void, Refund, CashCorrection, ManualPrice, CloseWithDiscrepancy };

QString roleName(Role r); // "operator" | "supervisor" | "admin" (the database values)
std::optional<Role> parseRole(const QString& name);
QString actionName(ApprovalAction a); // the approval.action values
std::optional<ApprovalAction> parseAction(const QString& name);

// Supervisors and administrators may approve; a clerk never approves anything, own actions included.
inline bool canApprove(Role r)
{
    return r == Role::Supervisor || r == Role::Admin;
}
// Only administrators manage operators (the first one is created from the CLI).
inline bool canManageOperators(Role r)
{
    return r == Role::Admin;
}

} // namespace pc::services
