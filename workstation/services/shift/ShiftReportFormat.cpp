#include "ShiftReportFormat.h"

#include <QJsonArray>

namespace pc::services {

namespace {
QJsonValue kop(qint64 v)
{
    return static_cast<double>(v); // exact up to 2^53 kopecks
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString productKey(const ProductLine& p)
{
    return p.objectCode ? QString::number(*p.objectCode) : QStringLiteral("unknown");
}
} // namespace

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QJsonObject shiftReportJson(const ShiftReport& r)
{
    QJsonArray kinds;
    for (const auto& k : r.byKind)
        kinds.append(QJsonObject{{QStringLiteral("kind"), k.kind},
                                 {QStringLiteral("op"), QStringLiteral("%1.%2").arg(k.opType).arg(k.opAttr)},
                                 {QStringLiteral("count"), kop(k.count)},
                                 {QStringLiteral("amount_kop"), kop(k.amountKop)}});
    QJsonArray products;
    for (const auto& p : r.byProduct)
        products.append(QJsonObject{{QStringLiteral("object_code"), productKey(p)},
                                    {QStringLiteral("count"), kop(p.count)},
                                    {QStringLiteral("amount_kop"), kop(p.amountKop)}});
    QJsonArray moves;
    for (const auto& m : r.cashMovements)
        moves.append(
            QJsonObject{{QStringLiteral("kind"), m.cashIn ? QStringLiteral("in") : QStringLiteral("out")},
                        {QStringLiteral("amount_kop"), kop(m.amountKop)},
                        {QStringLiteral("reason"), m.reason},
                        {QStringLiteral("operator"), m.operatorId},
                        {QStringLiteral("at"), iso(m.atUtc)}});
    QJsonArray approvals;
    for (const auto& a : r.approvals)
        approvals.append(QJsonObject{{QStringLiteral("action"), a.action},
                                     {QStringLiteral("subject"), a.subject},
                                     {QStringLiteral("requested_by"), a.requestedBy},
                                     {QStringLiteral("approved_by"), a.approvedBy},
                                     {QStringLiteral("reason"), a.reason},
                                     {QStringLiteral("at"), iso(a.atUtc)}});
    QJsonObject totals{{QStringLiteral("operations"), kop(r.operationCount)},
                       {QStringLiteral("items_accepted"), kop(r.itemsAccepted)},
                       {QStringLiteral("items_issued"), kop(r.itemsIssued)},
                       {QStringLiteral("items_returned"), kop(r.itemsReturned)},
                       {QStringLiteral("voids"), kop(r.voids)},
                       {QStringLiteral("revenue_kop"), kop(r.revenueKop)},
                       {QStringLiteral("cod_collected_kop"), kop(r.codCollectedKop)},
                       {QStringLiteral("cash_payments_kop"), kop(r.cashPaymentsKop)},
                       {QStringLiteral("card_payments_kop"), kop(r.cardPaymentsKop)},
                       {QStringLiteral("contract_payments_kop"), kop(r.contractPaymentsKop)}};
    if (r.vatKop) {
        totals.insert(QStringLiteral("vat_rate_percent"), *r.vatRatePercent);
        totals.insert(QStringLiteral("vat_kop"), kop(*r.vatKop));
    }
    QJsonObject cash{{QStringLiteral("float_kop"), kop(r.floatKop)},
                     {QStringLiteral("in_kop"), kop(r.cashInKop)},
                     {QStringLiteral("out_kop"), kop(r.cashOutKop)},
                     {QStringLiteral("expected_kop"), kop(r.expectedCashKop)},
                     {QStringLiteral("movements"), moves}};
    if (r.countedCashKop)
        cash.insert(QStringLiteral("counted_kop"), kop(*r.countedCashKop));
    if (r.discrepancyKop) {
        cash.insert(QStringLiteral("discrepancy_kop"), kop(*r.discrepancyKop));
        cash.insert(QStringLiteral("discrepancy_reason"), r.discrepancyReason);
        cash.insert(QStringLiteral("approved_by"), r.approvedBy);
    }
    return QJsonObject{{QStringLiteral("report"), r.final ? QStringLiteral("Z") : QStringLiteral("X")},
                       {QStringLiteral("shift"), kop(r.shiftId)},
                       {QStringLiteral("counter"), r.counterId},
                       {QStringLiteral("operator"), r.operatorId},
                       {QStringLiteral("from"), iso(r.openedAtUtc)},
                       {QStringLiteral("until"), iso(r.untilUtc)},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("by_kind"), kinds},
                       {QStringLiteral("by_product"), products},
                       {QStringLiteral("cash"), cash},
                       {QStringLiteral("approvals"), approvals}};
}

QString shiftReportCsv(const ShiftReport& r)
{
    QString out;
    auto row = [&out](const QString& section, const QString& key, qint64 count, qint64 amount,
                      const QString& detail = QString()) {
        out += QStringList{csvField(section), csvField(key), QString::number(count), QString::number(amount),
                           csvField(detail)}
                   .join(u',') +
               QStringLiteral("\r\n");
    };
    out += QStringLiteral("section,key,count,amount_kop,detail\r\n");
    row(QStringLiteral("shift"), r.final ? QStringLiteral("Z") : QStringLiteral("X"), r.shiftId, 0,
        QStringLiteral("%1 %2 %3..%4").arg(r.counterId, r.operatorId, iso(r.openedAtUtc), iso(r.untilUtc)));
    for (const auto& k : r.byKind)
        row(QStringLiteral("kind"), k.kind, k.count, k.amountKop,
            QStringLiteral("%1.%2").arg(k.opType).arg(k.opAttr));
    for (const auto& p : r.byProduct)
        row(QStringLiteral("product"), productKey(p), p.count, p.amountKop);
    row(QStringLiteral("total"), QStringLiteral("operations"), r.operationCount, r.cashPaymentsKop);
    row(QStringLiteral("total"), QStringLiteral("revenue"), r.itemsAccepted, r.revenueKop);
    if (r.vatKop)
        row(QStringLiteral("total"), QStringLiteral("vat"), 0, *r.vatKop,
            QStringLiteral("%1%").arg(*r.vatRatePercent));
    row(QStringLiteral("total"), QStringLiteral("cod_collected"), 0, r.codCollectedKop);
    row(QStringLiteral("cash"), QStringLiteral("float"), 0, r.floatKop);
    for (const auto& m : r.cashMovements)
        row(QStringLiteral("cash"), m.cashIn ? QStringLiteral("in") : QStringLiteral("out"), 1, m.amountKop,
            m.reason);
    row(QStringLiteral("cash"), QStringLiteral("expected"), 0, r.expectedCashKop);
    if (r.countedCashKop)
        row(QStringLiteral("cash"), QStringLiteral("counted"), 0, *r.countedCashKop);
    if (r.discrepancyKop)
        row(QStringLiteral("cash"), QStringLiteral("discrepancy"), 0, *r.discrepancyKop, r.discrepancyReason);
    for (const auto& a : r.approvals)
        row(QStringLiteral("approval"), a.action, 1, 0,
            QStringLiteral("%1 approved for %2: %3").arg(a.approvedBy, a.requestedBy, a.reason));
    return out;
}

} // namespace pc::services
