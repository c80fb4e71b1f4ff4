#include "PeriodReport.h"

#include "db/shift/PeriodJournalQueries.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QTimeZone>

namespace pc::services {

namespace {
constexpr int kAcceptance = 1;
constexpr int kCodPaid = 63;

QJsonValue num(qint64 v)
{
    return static_cast<double>(v); // exact up to 2^53
}

QString productKey(int code)
{
    return code < 0 ? QStringLiteral("unknown") : QString::number(code);
}

QJsonObject bucketJson(const PeriodBucket& b)
{
    QJsonArray products;
    for (auto it = b.products.cbegin(); it != b.products.cend(); ++it)
        products.append(QJsonObject{{QStringLiteral("object_code"), productKey(it.key())},
                                    {QStringLiteral("count"), num(it->count)},
                                    {QStringLiteral("amount_kop"), num(it->amountKop)}});
    return {{QStringLiteral("operations"), num(b.operations)},
            {QStringLiteral("items_accepted"), num(b.itemsAccepted)},
            {QStringLiteral("revenue_kop"), num(b.revenueKop)},
            {QStringLiteral("cod_collected_kop"), num(b.codCollectedKop)},
            {QStringLiteral("cash_kop"), num(b.cashKop)},
            {QStringLiteral("card_kop"), num(b.cardKop)},
            {QStringLiteral("contract_kop"), num(b.contractKop)},
            {QStringLiteral("by_product"), products}};
}

void addProduct(PeriodBucket& b, int code, qint64 count, qint64 amountKop)
{
    ProductLine& p = b.products[code];
    if (code >= 0)
        p.objectCode = code;
    p.count += count;
    p.amountKop += amountKop;
}
} // namespace

Result<PeriodReport> buildPeriodReport(const db::Connection& c, const QDate& from, const QDate& to,
                                       int utcOffsetMin, const ReportOptions& options)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{
            QStringLiteral("report.period"),
            QStringLiteral("the period %1 .. %2 is not a range of dates (the end is before the start)")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
    if (from.daysTo(to) >= kMaxPeriodDays)
        return Error{QStringLiteral("report.period"),
                     QStringLiteral("the period %1 .. %2 is longer than %3 days; report year by year")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                         .arg(kMaxPeriodDays)};
    PeriodReport r;
    r.from = from;
    r.to = to;
    r.utcOffsetMin = utcOffsetMin;
    const QTimeZone zone(utcOffsetMin * 60);
    r.fromUtc = QDateTime(from, QTime(0, 0), zone).toUTC();
    r.toUtc = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC();
    for (QDate d = from; d <= to; d = d.addDays(1))
        r.days.insert(d, {});
    // A UTC hour's bucket: its local date and hour (the hour that local start falls in).
    auto bucketsOf = [&](const QDateTime& hourUtc) {
        const QDateTime local = hourUtc.addSecs(utcOffsetMin * 60LL);
        const QDate date = local.date();
        auto day = r.days.find(date);
        if (day == r.days.end()) // a half-hour offset can put the first UTC hour on the day before
            day = r.days.find(date < from ? from : to);
        const auto hour = static_cast<size_t>(qBound(0, local.time().hour(), 23));
        return std::pair<PeriodBucket*, PeriodBucket*>{&*day, &r.hours[hour]};
    };

    auto ops = db::journalByHour(c, r.fromUtc, r.toUtc, kAcceptance);
    if (!ops)
        return ops.error();
    QMap<std::pair<int, int>, OperationKindLine> kinds;
    for (const db::HourGroup& g : *ops) {
        if (!g.hourUtc.isValid())
            return Error{QStringLiteral("report.journal"),
                         QStringLiteral("an operation's time in the journal is not UTC ISO-8601; run "
                                        "postcounter-cli journal verify")};
        auto [day, hour] = bucketsOf(g.hourUtc);
        for (PeriodBucket* b : {day, hour, &r.total}) {
            b->operations += g.count;
            if (g.opType == kAcceptance)
                b->itemsAccepted += g.count;
            (g.opType == kCodPaid ? b->codCollectedKop : b->revenueKop) += g.amountKop;
            b->cashKop += g.amountKop;
            if (g.opType == kAcceptance)
                addProduct(*b, g.objectCode.value_or(-1), g.count, g.amountKop);
        }
        OperationKindLine& k = kinds[{g.opType, g.opAttr}];
        k.opType = g.opType;
        k.opAttr = g.opAttr;
        k.kind = operationKindName(g.opType, g.opAttr);
        k.count += g.count;
        k.amountKop += g.amountKop;
    }
    r.byKind = kinds.values();

    auto receipts = db::receiptsByHour(c, r.fromUtc, r.toUtc);
    if (!receipts)
        return receipts.error();
    for (const db::HourMethodTotal& m : *receipts) {
        if (m.method == QStringLiteral("cash"))
            continue; // cash is what is left of the journal's payments
        auto [day, hour] = bucketsOf(m.hourUtc);
        for (PeriodBucket* b : {day, hour, &r.total}) {
            (m.method == QStringLiteral("card") ? b->cardKop : b->contractKop) += m.amountKop;
            b->cashKop -= m.amountKop;
        }
    }

    if (options.vatRatePercent && *options.vatRatePercent >= 0) {
        auto vat = Money::fromKopecks(r.total.revenueKop)
                       .scaled(*options.vatRatePercent, 100 + *options.vatRatePercent);
        if (!vat)
            return vat.error();
        r.vatRatePercent = options.vatRatePercent;
        r.vatKop = vat->kopecks();
    }
    return r;
}

QJsonObject periodReportJson(const PeriodReport& r)
{
    QJsonArray days, hours, kinds;
    for (auto it = r.days.cbegin(); it != r.days.cend(); ++it) {
        QJsonObject o = bucketJson(*it);
        o.insert(QStringLiteral("date"), it.key().toString(Qt::ISODate));
        days.append(o);
    }
    for (int h = 0; h < 24; ++h) {
        QJsonObject o = bucketJson(r.hours[static_cast<size_t>(h)]);
        o.insert(QStringLiteral("hour"), h);
        hours.append(o);
    }
    for (const auto& k : r.byKind)
        kinds.append(QJsonObject{{QStringLiteral("kind"), k.kind},
                                 {QStringLiteral("op"), QStringLiteral("%1.%2").arg(k.opType).arg(k.opAttr)},
                                 {QStringLiteral("count"), num(k.count)},
                                 {QStringLiteral("amount_kop"), num(k.amountKop)}});
    QJsonObject totals = bucketJson(r.total);
    if (r.vatKop) {
        totals.insert(QStringLiteral("vat_rate_percent"), *r.vatRatePercent);
        totals.insert(QStringLiteral("vat_kop"), num(*r.vatKop));
    }
    return {{QStringLiteral("report"), QStringLiteral("period")},
            {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
            {QStringLiteral("utc_offset_min"), r.utcOffsetMin},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("days"), days},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("by_kind"), kinds}};
}

QString periodReportCsv(const PeriodReport& r)
{
    QString out = QStringLiteral("section,key,operations,items_accepted,revenue_kop,cod_collected_kop,"
                                 "cash_kop,card_kop,contract_kop\r\n");
    auto row = [&out](const QString& section, const QString& key, const PeriodBucket& b) {
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\r\n")
                   .arg(section, key)
                   .arg(b.operations)
                   .arg(b.itemsAccepted)
                   .arg(b.revenueKop)
                   .arg(b.codCollectedKop)
                   .arg(b.cashKop)
                   .arg(b.cardKop)
                   .arg(b.contractKop);
    };
    // Products: how many were accepted (items_accepted) and for how much (revenue_kop).
    auto products = [&out](const QString& section, const QString& prefix, const PeriodBucket& b) {
        for (auto it = b.products.cbegin(); it != b.products.cend(); ++it)
            out += QStringLiteral("%1,%2%3,%4,%4,%5,,,,\r\n")
                       .arg(section, prefix, productKey(it.key()))
                       .arg(it->count)
                       .arg(it->amountKop);
    };
    for (auto it = r.days.cbegin(); it != r.days.cend(); ++it)
        row(QStringLiteral("day"), it.key().toString(Qt::ISODate), *it);
    for (int h = 0; h < 24; ++h)
        row(QStringLiteral("hour"), QStringLiteral("%1").arg(h, 2, 10, QChar(u'0')),
            r.hours[static_cast<size_t>(h)]);
    for (auto it = r.days.cbegin(); it != r.days.cend(); ++it)
        products(QStringLiteral("day_product"), it.key().toString(Qt::ISODate) + u'/', *it);
    products(QStringLiteral("product"), QString(), r.total);
    for (const auto& k : r.byKind)
        out += QStringLiteral("kind,%1,%2,,%3,,,,\r\n").arg(k.kind).arg(k.count).arg(k.amountKop);
    row(QStringLiteral("total"), QStringLiteral("period"), r.total);
    if (r.vatKop)
        out += QStringLiteral("total,vat %1%,,,%2,,,,\r\n").arg(*r.vatRatePercent).arg(*r.vatKop);
    return out;
}

} // namespace pc::services
