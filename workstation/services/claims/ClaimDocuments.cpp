#include "ClaimDocuments.h"

#include <QJsonArray>

namespace pc::services {

namespace {
QJsonObject party(const QString& name, const QString& address, const QString& phone = {})
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("address"), address}};
    if (!phone.isEmpty())
        o.insert(QStringLiteral("phone"), phone);
    return o;
}
} // namespace

QJsonObject claimFormData(const db::ClaimRecord& c, const QString& product, const OfficeInfo& office)
{
    QJsonArray route;
    for (const QString& line : c.route.split(u'\n', Qt::SkipEmptyParts))
        route.append(line);
    QJsonObject o{{QStringLiteral("number"), c.number},
                  {QStringLiteral("id"), c.itemId},
                  {QStringLiteral("date"), c.filedOn.toString(Qt::ISODate)},
                  {QStringLiteral("deadline"), c.deadline.toString(Qt::ISODate)},
                  {QStringLiteral("accepted_on"), c.acceptedOn.toString(Qt::ISODate)},
                  {QStringLiteral("accepted_office"), c.acceptedOffice},
                  {QStringLiteral("claimant_role"), claims::roleName(c.claimantRole)},
                  {QStringLiteral("claimant"), party(c.claimantName, c.claimantAddress, c.claimantPhone)},
                  {QStringLiteral("declared_value"), double(c.declaredValueKop) / 100.0},
                  {QStringLiteral("contents"), c.contents},
                  {QStringLiteral("route"), route},
                  {QStringLiteral("office"), office.name.isEmpty() ? c.officePostcode : office.name},
                  {QStringLiteral("operator"), office.operatorName}};
    if (!product.isEmpty())
        o.insert(QStringLiteral("product"), product);
    if (!c.senderName.isEmpty())
        o.insert(QStringLiteral("sender"), party(c.senderName, c.senderAddress));
    if (!c.recipientName.isEmpty())
        o.insert(QStringLiteral("recipient"), party(c.recipientName, c.recipientAddress));
    return o;
}

PlannedDocument claimFormDocument(const db::ClaimRecord& c, const QString& product, const OfficeInfo& office)
{
    return {QStringLiteral("form"), QStringLiteral("claim"), QStringLiteral("Claim %1").arg(c.number),
            claimFormData(c, product, office)};
}

PlannedDocument claimSlipDocument(const db::ClaimRecord& c, const QString& product, const OfficeInfo& office)
{
    return {QStringLiteral("receipt"), QStringLiteral("claim-slip"),
            QStringLiteral("Claim %1 slip").arg(c.number), claimFormData(c, product, office)};
}

} // namespace pc::services
