#pragma once
// The claim's two documents as print jobs (form name + JSON data, rendered by the print thread):
// the claim form on A4 (form printer) and the claimant's slip on the receipt printer.
#include "db/claims/ClaimRepository.h"
#include "services/acceptance/AcceptanceDocuments.h"

namespace pc::services {

QJsonObject claimFormData(const db::ClaimRecord& claim, const QString& product, const OfficeInfo& office);
PlannedDocument claimFormDocument(const db::ClaimRecord& claim, const QString& product,
                                  const OfficeInfo& office);
PlannedDocument claimSlipDocument(const db::ClaimRecord& claim, const QString& product,
                                  const OfficeInfo& office);

} // namespace pc::services
