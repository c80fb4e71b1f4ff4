#pragma once
// «Заявление на розыск почтового отправления»: the claim on A4 (claimant, item, acceptance, sender
// and recipient, declared value, contents, what is known of the route, number, deadline, signatures)
// and the claimant's acknowledgement slip for the 80 mm receipt printer (number, item, deadline).
// Both carry the claim number as Code 128 so the counter finds the claim by scanning it. Russian.
#include "forms/layout/JsonFields.h"
#include "forms/layout/Layout.h"

namespace pc::forms {

struct ClaimFormData {
    QString number;
    ItemId id;
    QString product;
    QString filedOn, deadline, acceptedOn, acceptedOffice;
    QString claimantRole; // "sender" | "recipient"
    layout::Party claimant;
    layout::Party sender, recipient; // name and address (one line) are enough
    Money declaredValue;
    QString contents;
    QStringList route; // one line per event, oldest first
    QString office, operatorName;
};

Result<ClaimFormData> claimFormFromJson(const QJsonObject& json);
Result<layout::Document> buildClaimForm(const ClaimFormData& data);
Result<layout::Document> buildClaimSlip(const ClaimFormData& data);

} // namespace pc::forms
