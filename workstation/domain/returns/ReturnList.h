#pragma once
// The list an online shop registers its return codes with (docs/easy-return.md): the shop once, then
// one line per return it authorised. Like business lists, a bad line is reported with its reason and
// the good ones are imported.
#include "domain/Result.h"
#include "domain/acceptance/Shipment.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace pc::returns {

struct Shop {
    QString name;
    QString inn;                 // 10 or 12 digits
    QString contract;            // the shop's contract with the post: it pays for the returns
    acceptance::Address address; // where returns go: the recipient of every return item
};

struct ReturnAuthorization {
    QString code;     // RV + 10 digits, checked
    QString orderRef; // the shop's order the goods came with
    QString customerName;
    int object = 27030;          // product the return is sent as (parcel standard by default)
    qint64 declaredValueKop = 0; // the goods' value, when the shop insures the return
    qint64 maxWeightG = 0;       // 0: the product's own limit
    QDate validUntil;            // last day the code is accepted at a counter
    Shop shop;
};

struct ReturnListLine {
    int index = 0; // 1-based position in "returns"
    QString code;  // as written
    std::optional<ReturnAuthorization> authorization;
    QString problem; // why the line is not imported

    bool importable() const { return authorization.has_value() && problem.isEmpty(); }
};

struct ReturnList {
    Shop shop;
    QList<ReturnListLine> lines;
};

// {"shop": {"name", "inn", "contract", "address": {address JSON}}, "returns": [{"code", "order",
//  "customer", "object", "declared_value_kop", "max_weight_g", "valid_until"}]}. Fails as a whole
// (returns.list) only when the shop is unusable or the file is not such an object.
Result<ReturnList> parseReturnList(const QByteArray& json);

} // namespace pc::returns
