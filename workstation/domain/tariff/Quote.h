#pragma once
// What the clerk asks the tariff (QuoteRequest) and what it answers (Quote): every line explained in
// kopecks with its VAT, totals that are the sums of the lines, the COD transfer fee and its payer,
// and the control period. A refusal carries every reason found, not only the first.
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <cstdint>

namespace pc::tariff {

struct QuoteRequest {
    int object = 0;
    QString fromPostcode;
    QString toPostcode; // domestic objects
    QString country;    // international objects: ISO 3166-1 alpha-2
    std::int64_t weightG = 0;
    std::array<int, 3> dimsMm{}; // all zero = not measured
    std::int64_t declaredValueKop = 0;
    std::int64_t codKop = 0;
    QList<int> services;
    QDate date; // the day of acceptance (office local date)
    // Sent by the recipient's phone number: no "to"; priced by the tariff's by_phone rule.
    bool byRecipientPhone = false;

    bool hasDims() const { return dimsMm[0] != 0 || dimsMm[1] != 0 || dimsMm[2] != 0; }
};

struct QuoteLine {
    QString code; // "postage", "declared_value", "service.<code>", "cod_fee"
    QString name;
    std::int64_t exVatKop = 0;
    std::int64_t vatKop = 0;
    std::int64_t totalKop = 0;
    int vatRateBp = 0;
};

enum class FeePayer { Recipient, Sender };

struct Quote {
    QString tariffVersion;
    bool sampleTariff = false;
    int object = 0;
    QString productName;
    bool international = false;
    int zone = 0; // 1..5 domestic; the country group for international items
    QList<QuoteLine> lines;
    std::int64_t totalExVatKop = 0;
    std::int64_t vatKop = 0;
    std::int64_t totalKop = 0;
    int vatRateBp = 0;
    std::int64_t codFeeKop = 0; // 0 without COD; a line of its own only when the sender pays it
    FeePayer codFeePayer = FeePayer::Recipient;
    int deliveryDaysMin = 0;
    int deliveryDaysMax = 0;
};

struct QuoteResult {
    Quote quote;
    QList<Error> errors; // empty = priced
    bool ok() const { return errors.isEmpty(); }
};

} // namespace pc::tariff
