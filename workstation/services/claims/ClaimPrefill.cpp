#include "ClaimPrefill.h"

#include "db/ItemRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/claims/ClaimRules.h"
#include "services/acceptance/AcceptanceDocuments.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace pc::services {

namespace {

ClaimParty partyFrom(const acceptance::Address& a)
{
    QStringList parts;
    for (const QString& p : {a.postcode, a.region, a.place, addressLine(a)})
        if (!p.isEmpty())
            parts << p;
    if (!a.country.isEmpty() && a.country != u"RU")
        parts << a.country;
    return {a.name, parts.join(QStringLiteral(", ")), a.phone};
}

QString contentsFrom(const acceptance::Shipment& s)
{
    QStringList lines;
    for (const auto& l : s.inventory)
        lines << QStringLiteral("%1 × %2").arg(l.description).arg(l.quantity);
    if (lines.isEmpty() && s.customs)
        for (const auto& l : s.customs->lines)
            lines << QStringLiteral("%1 × %2").arg(l.description).arg(l.quantity);
    return lines.join(QStringLiteral("; "));
}

QDate localDate(const QDateTime& utc, int offsetMin)
{
    return utc.toTimeZone(QTimeZone(offsetMin * 60)).date();
}

} // namespace

Result<ClaimPrefill> prefillClaim(const db::Connection& c, const QString& rawId, int offsetMin,
                                  const NetworkHistorySource& network)
{
    auto id = parseItemId(rawId);
    if (!id)
        return id.error();
    ClaimPrefill p;
    p.itemId = id->text;
    p.kind = id->kind;

    auto item = db::ItemRepository(c).find(p.itemId);
    if (!item)
        return item.error();
    if (*item) {
        const db::ItemRecord& r = **item;
        p.itemKnown = true;
        p.objectCode = r.objectCode;
        p.declaredValueKop = r.declaredValueKop;
        p.acceptedOn = localDate(r.acceptedAtUtc, offsetMin);
        p.acceptedOffice = r.officePostcode;
        if (r.objectCode)
            p.product = printedProductName(*r.objectCode);
        if (!r.details.isEmpty()) {
            if (auto s = acceptance::shipmentFromJson(QJsonDocument::fromJson(r.details.toUtf8()).object())) {
                p.sender = partyFrom(s->sender);
                p.recipient = partyFrom(s->recipient);
                p.contents = contentsFrom(*s);
            }
        }
    }
    p.international = claims::isInternational(p.kind, p.objectCode);

    auto local = tracking::readLocalHistory(c, p.itemId);
    if (!local)
        return local.error();
    const Result<QList<tracking::HistoryEntry>> remote =
        network ? network(p.itemId)
                : Result<QList<tracking::HistoryEntry>>(Error{QStringLiteral("sync.no_endpoint"), QString()});
    p.history = tracking::makeItemHistory(p.itemId, *local, remote);

    QStringList route;
    for (const tracking::HistoryEntry& e : p.history.entries) {
        route << QStringLiteral("%1 %2 %3").arg(e.localTimeText(), e.office, e.operationText());
        // An item not accepted here: the network's acceptance event says when and where.
        if (!p.acceptedOn.isValid() && e.op.type == 1) {
            p.acceptedOn = localDate(e.occurredAtUtc, e.utcOffsetMin);
            p.acceptedOffice = e.office;
        }
    }
    p.route = route.join(u'\n');
    if (!p.history.entries.isEmpty()) {
        const auto& last = p.history.entries.back();
        p.lastOperation = last.operationText();
        p.lastPlace = last.office;
    }

    auto claims = db::ClaimRepository(c).findByItem(p.itemId);
    if (!claims)
        return claims.error();
    p.claims = *claims;
    return p;
}

} // namespace pc::services
