#include "OfficeDayReport.h"

#include "db/shift/ShiftJournalQueries.h"
#include "domain/Money.h"

#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

namespace pc::services {

namespace {
constexpr int kAcceptance = 1;
constexpr int kCodPaid = 63;

void add(CounterDayLine& line, const db::JournalGroup& g)
{
    line.operations += g.count;
    if (g.opType == kAcceptance)
        line.itemsAccepted += g.count;
    (g.opType == kCodPaid ? line.codCollectedKop : line.revenueKop) += g.amountKop;
}

QJsonValue num(qint64 v)
{
    return static_cast<double>(v);
}

QJsonObject lineJson(const CounterDayLine& l)
{
    return {{QStringLiteral("counter"), l.counterId},
            {QStringLiteral("operations"), num(l.operations)},
            {QStringLiteral("items_accepted"), num(l.itemsAccepted)},
            {QStringLiteral("revenue_kop"), num(l.revenueKop)},
            {QStringLiteral("cod_collected_kop"), num(l.codCollectedKop)}};
}
} // namespace

Result<OfficeDayReport> buildOfficeDayReport(const db::Connection& c, const QDate& localDate,
                                             int utcOffsetMin, const ReportOptions& options)
{
    OfficeDayReport r;
    r.date = localDate;
    r.utcOffsetMin = utcOffsetMin;
    const QTimeZone zone(utcOffsetMin * 60);
    r.fromUtc = QDateTime(localDate, QTime(0, 0), zone).toUTC();
    r.toUtc = QDateTime(localDate.addDays(1), QTime(0, 0), zone).toUTC();
    auto groups = db::officeJournalGroups(c, r.fromUtc, r.toUtc);
    if (!groups)
        return groups.error();
    QMap<QString, CounterDayLine> counters;
    QMap<std::pair<int, int>, OperationKindLine> kinds;
    for (const db::JournalGroup& g : *groups) {
        CounterDayLine& line = counters[g.counterId];
        line.counterId = g.counterId;
        add(line, g);
        add(r.total, g);
        OperationKindLine& k = kinds[{g.opType, g.opAttr}];
        k.opType = g.opType;
        k.opAttr = g.opAttr;
        k.kind = operationKindName(g.opType, g.opAttr);
        k.count += g.count;
        k.amountKop += g.amountKop;
    }
    r.counters = counters.values();
    r.byKind = kinds.values();
    if (options.vatRatePercent && *options.vatRatePercent >= 0) {
        auto vat = Money::fromKopecks(r.total.revenueKop)
                       .scaled(*options.vatRatePercent, 100 + *options.vatRatePercent);
        if (!vat)
            return vat.error();
        r.vatRatePercent = options.vatRatePercent;
        r.vatKop = vat->kopecks();
    }
    auto shifts = db::ShiftRepository(c).closedBetween(r.fromUtc, r.toUtc);
    if (!shifts)
        return shifts.error();
    r.shiftsClosed = *shifts;
    return r;
}

QJsonObject officeDayReportJson(const OfficeDayReport& r)
{
    QJsonArray counters, kinds, shifts;
    for (const auto& l : r.counters)
        counters.append(lineJson(l));
    for (const auto& k : r.byKind)
        kinds.append(QJsonObject{{QStringLiteral("kind"), k.kind},
                                 {QStringLiteral("op"), QStringLiteral("%1.%2").arg(k.opType).arg(k.opAttr)},
                                 {QStringLiteral("count"), num(k.count)},
                                 {QStringLiteral("amount_kop"), num(k.amountKop)}});
    for (const auto& s : r.shiftsClosed)
        shifts.append(QJsonObject{{QStringLiteral("shift"), num(s.id)},
                                  {QStringLiteral("counter"), s.counterId},
                                  {QStringLiteral("operator"), s.operatorId},
                                  {QStringLiteral("expected_kop"), num(s.expectedKop.value_or(0))},
                                  {QStringLiteral("counted_kop"), num(s.countedKop.value_or(0))},
                                  {QStringLiteral("approved_by"), s.approvedBy}});
    QJsonObject total = lineJson(r.total);
    total.remove(QStringLiteral("counter"));
    if (r.vatKop) {
        total.insert(QStringLiteral("vat_rate_percent"), *r.vatRatePercent);
        total.insert(QStringLiteral("vat_kop"), num(*r.vatKop));
    }
    return {{QStringLiteral("report"), QStringLiteral("office_day")},
            {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
            {QStringLiteral("utc_offset_min"), r.utcOffsetMin},
            {QStringLiteral("totals"), total},
            {QStringLiteral("counters"), counters},
            {QStringLiteral("by_kind"), kinds},
            {QStringLiteral("shifts_closed"), shifts}};
}

QString officeDayReportCsv(const OfficeDayReport& r)
{
    QString out = QStringLiteral("section,key,count,amount_kop,detail\r\n");
    auto row = [&out](const QString& section, const QString& key, qint64 count, qint64 amount,
                      const QString& detail) {
        out += QStringLiteral("%1,%2,%3,%4,%5\r\n").arg(section, key).arg(count).arg(amount).arg(detail);
    };
    row(QStringLiteral("day"), r.date.toString(Qt::ISODate), r.counters.size(), 0, QString());
    for (const auto& l : r.counters) {
        row(QStringLiteral("counter"), l.counterId, l.operations, l.revenueKop, QStringLiteral("revenue"));
        row(QStringLiteral("counter"), l.counterId, 0, l.codCollectedKop, QStringLiteral("cod_collected"));
    }
    for (const auto& k : r.byKind)
        row(QStringLiteral("kind"), k.kind, k.count, k.amountKop,
            QStringLiteral("%1.%2").arg(k.opType).arg(k.opAttr));
    row(QStringLiteral("total"), QStringLiteral("revenue"), r.total.operations, r.total.revenueKop,
        QString());
    row(QStringLiteral("total"), QStringLiteral("cod_collected"), 0, r.total.codCollectedKop, QString());
    if (r.vatKop)
        row(QStringLiteral("total"), QStringLiteral("vat"), 0, *r.vatKop,
            QStringLiteral("%1%").arg(*r.vatRatePercent));
    for (const auto& s : r.shiftsClosed)
        row(QStringLiteral("shift"), QString::number(s.id), 0,
            s.countedKop.value_or(0) - s.expectedKop.value_or(0),
            QStringLiteral("counter %1 discrepancy").arg(s.counterId));
    return out;
}

} // namespace pc::services
