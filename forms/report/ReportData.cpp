// Reading the shift area's report JSON. Money is whole kopecks (may be negative: voids, shortages).
#include "ReportForms.h"

#include <QCoreApplication>

namespace pc::forms {

using namespace layout;

namespace {

constexpr std::int64_t kMaxKop = 1'000'000'000'000'000; // 10^13 roubles, far beyond any office

qint64 kop(JsonFields& f, const QString& key, bool required = true)
{
    return f.integer(key, required, -kMaxKop, kMaxKop);
}

qint64 count(JsonFields& f, const QString& key)
{
    return f.integer(key, true, 0, 100'000'000);
}

std::optional<qint64> optionalKop(JsonFields& f, const QString& key)
{
    if (!f.has(key))
        return std::nullopt;
    return kop(f, key);
}

void readVat(JsonFields& totals, std::optional<int>* rate, std::optional<qint64>* vat)
{
    if (!totals.has(QStringLiteral("vat_kop")))
        return;
    *rate = static_cast<int>(totals.integer(QStringLiteral("vat_rate_percent"), true, 0, 100));
    *vat = kop(totals, QStringLiteral("vat_kop"));
}

std::vector<ReportKindLine> readKinds(JsonFields& f)
{
    std::vector<ReportKindLine> out;
    const QJsonArray a = f.array(QStringLiteral("by_kind"), true, 0);
    for (int i = 0; i < a.size(); ++i) {
        JsonFields e = f.element(a, QStringLiteral("by_kind"), i);
        out.push_back({e.text(QStringLiteral("kind"), true, 40), e.text(QStringLiteral("op"), true, 12),
                       count(e, QStringLiteral("count")), kop(e, QStringLiteral("amount_kop"))});
    }
    return out;
}

// A total that must equal the sum of its rows: the form prints both, so they must agree.
void checkSum(JsonFields& f, const QString& field, qint64 printed, qint64 sum, const QString& rows)
{
    if (!f.error() && printed != sum)
        f.fail(
            QStringLiteral("forms.field_invalid"),
            QCoreApplication::translate("pc::forms", "field \"%1\" is %2 but the rows of \"%3\" add up to %4")
                .arg(f.path(field))
                .arg(printed)
                .arg(rows)
                .arg(sum));
}

} // namespace

Result<ShiftReportData> shiftReportFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    ShiftReportData d;
    d.report = f.text(QStringLiteral("report"), true, 1);
    if (!f.error() && d.report != QStringLiteral("X") && d.report != QStringLiteral("Z"))
        f.fail(QStringLiteral("forms.field_invalid"),
               QCoreApplication::translate("pc::forms", "field \"report\" must be \"X\" or \"Z\""));
    d.shift = f.integer(QStringLiteral("shift"), true, 1, 1'000'000'000'000);
    d.office = f.text(QStringLiteral("office"), false, 120);
    d.counter = f.text(QStringLiteral("counter"), true, 40);
    d.operatorId = f.text(QStringLiteral("operator"), true, 60);
    d.from = f.text(QStringLiteral("from"), true, 40);
    d.until = f.text(QStringLiteral("until"), true, 40);

    JsonFields t = f.object(QStringLiteral("totals"));
    d.operations = count(t, QStringLiteral("operations"));
    d.itemsAccepted = count(t, QStringLiteral("items_accepted"));
    d.itemsIssued = count(t, QStringLiteral("items_issued"));
    d.itemsReturned = count(t, QStringLiteral("items_returned"));
    d.voids = count(t, QStringLiteral("voids"));
    d.revenueKop = kop(t, QStringLiteral("revenue_kop"));
    d.codCollectedKop = kop(t, QStringLiteral("cod_collected_kop"));
    d.cashPaymentsKop = kop(t, QStringLiteral("cash_payments_kop"));
    d.cardPaymentsKop = kop(t, QStringLiteral("card_payments_kop"), false);
    d.contractPaymentsKop = kop(t, QStringLiteral("contract_payments_kop"), false);
    readVat(t, &d.vatRatePercent, &d.vatKop);

    d.byKind = readKinds(f);
    const QJsonArray products = f.array(QStringLiteral("by_product"), true, 0);
    for (int i = 0; i < products.size(); ++i) {
        JsonFields e = f.element(products, QStringLiteral("by_product"), i);
        d.byProduct.push_back({e.text(QStringLiteral("object_code"), true, 20),
                               count(e, QStringLiteral("count")), kop(e, QStringLiteral("amount_kop"))});
    }

    JsonFields c = f.object(QStringLiteral("cash"));
    d.floatKop = kop(c, QStringLiteral("float_kop"));
    d.cashInKop = kop(c, QStringLiteral("in_kop"));
    d.cashOutKop = kop(c, QStringLiteral("out_kop"));
    d.expectedKop = kop(c, QStringLiteral("expected_kop"));
    d.countedKop = optionalKop(c, QStringLiteral("counted_kop"));
    d.discrepancyKop = optionalKop(c, QStringLiteral("discrepancy_kop"));
    if (d.discrepancyKop) {
        d.discrepancyReason = c.text(QStringLiteral("discrepancy_reason"), false, 200);
        d.approvedBy = c.text(QStringLiteral("approved_by"), false, 60);
    }
    const QJsonArray moves = c.array(QStringLiteral("movements"), true, 0);
    for (int i = 0; i < moves.size(); ++i) {
        JsonFields e = c.element(moves, QStringLiteral("movements"), i);
        ReportCashMove m{e.text(QStringLiteral("kind"), true, 3), kop(e, QStringLiteral("amount_kop")),
                         e.text(QStringLiteral("reason"), false, 200),
                         e.text(QStringLiteral("operator"), true, 60),
                         e.text(QStringLiteral("at"), true, 40)};
        if (!e.error() && m.kind != QStringLiteral("in") && m.kind != QStringLiteral("out"))
            e.fail(QStringLiteral("forms.field_invalid"),
                   QCoreApplication::translate("pc::forms", "field \"%1\" must be \"in\" or \"out\"")
                       .arg(e.path(QStringLiteral("kind"))));
        d.movements.push_back(m);
    }

    const QJsonArray approvals = f.array(QStringLiteral("approvals"), true, 0);
    for (int i = 0; i < approvals.size(); ++i) {
        JsonFields e = f.element(approvals, QStringLiteral("approvals"), i);
        d.approvals.push_back(
            {e.text(QStringLiteral("action"), true, 40), e.text(QStringLiteral("subject"), false, 80),
             e.text(QStringLiteral("requested_by"), true, 60),
             e.text(QStringLiteral("approved_by"), true, 60), e.text(QStringLiteral("reason"), false, 200),
             e.text(QStringLiteral("at"), true, 40)});
    }

    qint64 ops = 0, paid = 0;
    for (const ReportKindLine& k : d.byKind) {
        ops += k.count;
        paid += k.amountKop;
    }
    checkSum(t, QStringLiteral("operations"), d.operations, ops, QStringLiteral("by_kind"));
    // What the operations were paid: in cash, by card or on a contract.
    checkSum(t, QStringLiteral("cash_payments_kop"),
             d.cashPaymentsKop + d.cardPaymentsKop + d.contractPaymentsKop, paid, QStringLiteral("by_kind"));
    if (f.error())
        return *f.error();
    return d;
}

Result<DayReportData> dayReportFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    DayReportData d;
    if (f.has(QStringLiteral("report")) && f.text(QStringLiteral("report")) != QStringLiteral("office_day"))
        f.fail(QStringLiteral("forms.field_invalid"),
               QCoreApplication::translate("pc::forms", "field \"report\" must be \"office_day\""));
    d.date = f.text(QStringLiteral("date"), true, 10);
    d.utcOffsetMin = static_cast<int>(f.integer(QStringLiteral("utc_offset_min"), true, -14 * 60, 14 * 60));
    d.office = f.text(QStringLiteral("office"), false, 120);
    JsonFields t = f.object(QStringLiteral("totals"));
    d.total.operations = count(t, QStringLiteral("operations"));
    d.total.itemsAccepted = count(t, QStringLiteral("items_accepted"));
    d.total.revenueKop = kop(t, QStringLiteral("revenue_kop"));
    d.total.codCollectedKop = kop(t, QStringLiteral("cod_collected_kop"));
    readVat(t, &d.vatRatePercent, &d.vatKop);

    const QJsonArray counters = f.array(QStringLiteral("counters"), true, 0);
    DayCounterLine sum;
    for (int i = 0; i < counters.size(); ++i) {
        JsonFields e = f.element(counters, QStringLiteral("counters"), i);
        DayCounterLine l{e.text(QStringLiteral("counter"), true, 40), count(e, QStringLiteral("operations")),
                         count(e, QStringLiteral("items_accepted")), kop(e, QStringLiteral("revenue_kop")),
                         kop(e, QStringLiteral("cod_collected_kop"))};
        sum.operations += l.operations;
        sum.itemsAccepted += l.itemsAccepted;
        sum.revenueKop += l.revenueKop;
        sum.codCollectedKop += l.codCollectedKop;
        d.counters.push_back(l);
    }
    d.byKind = readKinds(f);
    const QJsonArray shifts = f.array(QStringLiteral("shifts_closed"), true, 0);
    for (int i = 0; i < shifts.size(); ++i) {
        JsonFields e = f.element(shifts, QStringLiteral("shifts_closed"), i);
        d.shifts.push_back({e.integer(QStringLiteral("shift"), true, 1, 1'000'000'000'000),
                            e.text(QStringLiteral("counter"), true, 40),
                            e.text(QStringLiteral("operator"), true, 60),
                            e.text(QStringLiteral("approved_by"), false, 60),
                            kop(e, QStringLiteral("expected_kop")), kop(e, QStringLiteral("counted_kop"))});
    }
    checkSum(t, QStringLiteral("operations"), d.total.operations, sum.operations, QStringLiteral("counters"));
    checkSum(t, QStringLiteral("items_accepted"), d.total.itemsAccepted, sum.itemsAccepted,
             QStringLiteral("counters"));
    checkSum(t, QStringLiteral("revenue_kop"), d.total.revenueKop, sum.revenueKop,
             QStringLiteral("counters"));
    checkSum(t, QStringLiteral("cod_collected_kop"), d.total.codCollectedKop, sum.codCollectedKop,
             QStringLiteral("counters"));
    if (f.error())
        return *f.error();
    return d;
}

namespace {
PeriodLine readPeriodLine(JsonFields& e, const QString& key)
{
    return {key,
            count(e, QStringLiteral("operations")),
            count(e, QStringLiteral("items_accepted")),
            kop(e, QStringLiteral("revenue_kop")),
            kop(e, QStringLiteral("cod_collected_kop")),
            kop(e, QStringLiteral("cash_kop")),
            kop(e, QStringLiteral("card_kop")),
            kop(e, QStringLiteral("contract_kop"))};
}

// Days (or hours) must add up to the totals the form prints.
void checkPeriodSums(JsonFields& t, const PeriodLine& total, const std::vector<PeriodLine>& lines,
                     const QString& rows)
{
    PeriodLine sum;
    for (const PeriodLine& l : lines) {
        sum.operations += l.operations;
        sum.revenueKop += l.revenueKop;
        sum.cashKop += l.cashKop;
    }
    checkSum(t, QStringLiteral("operations"), total.operations, sum.operations, rows);
    checkSum(t, QStringLiteral("revenue_kop"), total.revenueKop, sum.revenueKop, rows);
    checkSum(t, QStringLiteral("cash_kop"), total.cashKop, sum.cashKop, rows);
}
} // namespace

Result<PeriodReportData> periodReportFromJson(const QJsonObject& json)
{
    JsonFields f(json);
    PeriodReportData d;
    if (f.text(QStringLiteral("report"), true, 10) != QStringLiteral("period") && !f.error())
        f.fail(QStringLiteral("forms.field_invalid"),
               QCoreApplication::translate("pc::forms", "field \"report\" must be \"period\""));
    d.from = f.text(QStringLiteral("from"), true, 10);
    d.to = f.text(QStringLiteral("to"), true, 10);
    d.utcOffsetMin = static_cast<int>(f.integer(QStringLiteral("utc_offset_min"), true, -14 * 60, 14 * 60));
    d.office = f.text(QStringLiteral("office"), false, 120);
    JsonFields t = f.object(QStringLiteral("totals"));
    d.total = readPeriodLine(t, QString());
    readVat(t, &d.vatRatePercent, &d.vatKop);
    const QJsonArray products = t.array(QStringLiteral("by_product"), true, 0);
    for (int i = 0; i < products.size(); ++i) {
        JsonFields e = t.element(products, QStringLiteral("by_product"), i);
        d.byProduct.push_back({e.text(QStringLiteral("object_code"), true, 12),
                               count(e, QStringLiteral("count")), kop(e, QStringLiteral("amount_kop"))});
    }
    const QJsonArray days = f.array(QStringLiteral("days"), true, 1, 3 * 366);
    for (int i = 0; i < days.size(); ++i) {
        JsonFields e = f.element(days, QStringLiteral("days"), i);
        d.days.push_back(readPeriodLine(e, e.text(QStringLiteral("date"), true, 10)));
    }
    const QJsonArray hours = f.array(QStringLiteral("hours"), true, 0, 24);
    for (int i = 0; i < hours.size(); ++i) {
        JsonFields e = f.element(hours, QStringLiteral("hours"), i);
        const auto h = e.integer(QStringLiteral("hour"), true, 0, 23);
        d.hours.push_back(readPeriodLine(e, QStringLiteral("%1").arg(h, 2, 10, QChar(u'0'))));
    }
    d.byKind = readKinds(f);
    checkPeriodSums(t, d.total, d.days, QStringLiteral("days"));
    if (!d.hours.empty())
        checkPeriodSums(t, d.total, d.hours, QStringLiteral("hours"));
    if (f.error())
        return *f.error();
    return d;
}

} // namespace pc::forms
