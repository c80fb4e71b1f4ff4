#include "Permissions.h"

namespace pc::services {

QString roleName(Role r)
{
    switch (r) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> parseRole(const QString& name)
{
    for (Role r : {Role::Operator, Role::Supervisor, Role::Admin})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

QString actionName(ApprovalAction a)
{
    switch (a) {
    case ApprovalAction::Void:
        return QStringLiteral("void");
    case ApprovalAction::Refund:
        return QStringLiteral("refund");
    case ApprovalAction::CashCorrection:
        return QStringLiteral("cash_correction");
    case ApprovalAction::ManualPrice:
        return QStringLiteral("manual_price");
    case ApprovalAction::CloseWithDiscrepancy:
        return QStringLiteral("close_discrepancy");
    }
    return {};
}

std::optional<ApprovalAction> parseAction(const QString& name)
{
    for (ApprovalAction a : {ApprovalAction::Void, ApprovalAction::Refund, ApprovalAction::CashCorrection,
                             ApprovalAction::ManualPrice, ApprovalAction::CloseWithDiscrepancy})
        if (actionName(a) == name)
            return a;
    return std::nullopt;
}

} // namespace pc::services
