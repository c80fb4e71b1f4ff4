// The claim's JSON, shared by the A4 form and the slip (the slip prints a part of it).
#include "ClaimForms.h"
#include "forms/label/ParcelLabel.h"

namespace pc::forms {

using namespace layout;

namespace {
Party namedParty(JsonFields& f, const QString& key, bool required)
{
    Party p;
    if (!required && !f.has(key))
        return p;
    JsonFields o = f.object(key);
    p.name = o.text(QStringLiteral("name"), required, 120);
    p.address = o.text(QStringLiteral("address"), false, 200);
    p.phone = o.text(QStringLiteral("phone"), false, 30);
    return p;
}
} // namespace

Result<ClaimFormData> claimFormFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    ClaimFormData d;
    d.number = f.text(QStringLiteral("number"), true, 24);
    d.id = f.itemId(QStringLiteral("id"));
    d.product = f.text(QStringLiteral("product"), false, 60);
    d.filedOn = readDate(f, QStringLiteral("date"));
    d.deadline = readDate(f, QStringLiteral("deadline"));
    d.acceptedOn = readDate(f, QStringLiteral("accepted_on"));
    d.acceptedOffice = f.text(QStringLiteral("accepted_office"), false, 80);
    d.claimantRole = f.text(QStringLiteral("claimant_role"), true, 12);
    if (!f.error() && d.claimantRole != u"sender" && d.claimantRole != u"recipient")
        f.fail(QStringLiteral("forms.field_invalid"),
               QStringLiteral("field \"claimant_role\": \"%1\" is neither sender nor recipient")
                   .arg(d.claimantRole));
    d.claimant = namedParty(f, QStringLiteral("claimant"), true);
    d.sender = namedParty(f, QStringLiteral("sender"), false);
    d.recipient = namedParty(f, QStringLiteral("recipient"), false);
    d.declaredValue = f.money(QStringLiteral("declared_value"), false);
    d.contents = f.text(QStringLiteral("contents"), false, 600);
    if (f.has(QStringLiteral("route"))) {
        const QJsonArray route = f.array(QStringLiteral("route"), false, 0, 40);
        for (const QJsonValue& v : route)
            d.route << v.toString();
    }
    d.office = f.text(QStringLiteral("office"), true, 80);
    d.operatorName = f.text(QStringLiteral("operator"), false, 80);
    if (f.error())
        return *f.error();
    return d;
}

} // namespace pc::forms
