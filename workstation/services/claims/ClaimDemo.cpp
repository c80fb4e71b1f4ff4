#include "ClaimDemo.h"

#include "ClaimService.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/FormJobRenderer.h"

#include <QJsonObject>

namespace pc::services {

Result<QJsonArray> openDemoClaims(const db::Connection& c, const Clock& clock, const AppConfig& cfg,
                                  const QString& itemId, const QString& documentsDir)
{
    ClaimService claims(c, clock, counterContextFrom(cfg), officeInfoFrom(cfg));
    auto prefill = claims.prefill(itemId);
    if (!prefill)
        return prefill.error();
    ClaimRequest r;
    r.itemId = itemId;
    r.role = claims::ClaimantRole::Recipient;
    r.name = prefill->recipient.name.isEmpty() ? QStringLiteral("Смирнова Екатерина Павловна")
                                               : prefill->recipient.name;
    r.phone =
        prefill->recipient.phone.isEmpty() ? QStringLiteral("+7 912 345-67-89") : prefill->recipient.phone;
    r.address = prefill->recipient.address;
    auto opened = claims.open(r);
    if (!opened)
        return opened.error();
    auto form = writePrintJobFile(c, opened->formJob, documentsDir,
                                  QStringLiteral("claim-%1").arg(opened->claim.seq));
    if (!form)
        return form.error();
    auto slip = writePrintJobFile(c, opened->slipJob, documentsDir,
                                  QStringLiteral("claim-%1-slip").arg(opened->claim.seq));
    if (!slip)
        return slip.error();
    return QJsonArray{
        QJsonObject{{QStringLiteral("number"), opened->claim.number},
                    {QStringLiteral("item"), opened->claim.itemId},
                    {QStringLiteral("claimant_role"), claims::roleName(opened->claim.claimantRole)},
                    {QStringLiteral("deadline"), opened->claim.deadline.toString(Qt::ISODate)},
                    {QStringLiteral("state"), claims::stateName(opened->claim.state)},
                    {QStringLiteral("documents"),
                     QJsonObject{{QStringLiteral("claim_pdf"), QStringLiteral("documents/") + *form},
                                 {QStringLiteral("slip_pdf"), QStringLiteral("documents/") + *slip}}}}};
}

} // namespace pc::services
