#pragma once
// What the recipient pays at hand-over: the cash-on-delivery amount, the COD transfer fee unless
// the sender pays it (service 24), customs duty and storage-extension charges. The fee brackets are
// data (a JSON file or the built-in sample from DOMAIN.md §2).
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <cstdint>

namespace pc::issuing {

struct CodFeeBracket {
    std::int64_t upToKop = 0; // inclusive upper bound of the COD amount
    std::int64_t baseKop = 0;
    int rateBp = 0; // basis points of the COD amount (500 = 5 %)
};

struct CodFeeSchedule {
    QList<CodFeeBracket> brackets; // ascending upToKop; the last one is the maximum COD amount
    // DOMAIN.md §2 sample: ≤1 000 ₽ 80 ₽ + 5 %; ≤5 000 90 + 4 %; ≤20 000 190 + 2 %; ≤500 000 290
    // + 1.5
    // %.
    static CodFeeSchedule sample();
    // {"brackets":[{"up_to_kop":100000,"base_kop":8000,"rate_bp":500},…]}
    static Result<CodFeeSchedule> fromJson(const QByteArray& json);
};

// base + rate × amount, rounded half up to the kopeck; "cod.over_max" above the last bracket.
Result<std::int64_t> codTransferFee(const CodFeeSchedule& schedule, std::int64_t codKop);

struct ItemDue {
    QString itemId;
    std::int64_t codKop = 0;
    std::int64_t codFeeKop = 0;       // what the recipient pays (0 with service 24)
    std::int64_t codFeeSenderKop = 0; // deducted from the transfer instead, with service 24
    bool senderPaysCodFee = false;
    std::int64_t customsDutyKop = 0;
    std::int64_t storageChargeKop = 0;
    std::int64_t totalKop() const { return codKop + codFeeKop + customsDutyKop + storageChargeKop; }
    // What goes to the sender by Ф.112ЭП.
    std::int64_t transferKop() const { return codKop - codFeeSenderKop; }
};

struct DueInput {
    QString itemId;
    std::int64_t codKop = 0;
    bool senderPaysCodFee = false; // service 24
    std::int64_t customsDutyKop = 0;
    std::int64_t storageChargeKop = 0;
};
Result<ItemDue> computeDue(const CodFeeSchedule& schedule, const DueInput& in);

} // namespace pc::issuing
