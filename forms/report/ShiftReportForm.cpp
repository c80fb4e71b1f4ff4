// The shift report on A4: who, where and when; the totals; operations by kind and sales by product
// with their Итого rows; two bar charts (revenue by product, operations by kind); the cash drawer
// with its movements; the supervisor's approvals; signatures. Tables continue on further pages.
#include "ReportBlocks.h"
#include "forms/layout/FormBlocks.h"

#include <array>

namespace pc::forms {

using namespace layout;

namespace {

constexpr double L = ReportPages::kLeft;
constexpr double W = ReportPages::kWidth;

// Cells of equal width across the page.
void cellRow(PageBuilder& b, double y, double h, const std::vector<std::array<QString, 3>>& cells)
{
    const double w = W / static_cast<double>(cells.size());
    for (size_t i = 0; i < cells.size(); ++i)
        captionedCell(b, QRectF(L + w * static_cast<double>(i), y, w, h), cells[i][0], cells[i][1],
                      cells[i][2], 9.5, true);
}

QString orDash(const std::optional<qint64>& kop)
{
    return kop ? kopText(*kop) : QStringLiteral("—");
}

double productTable(PageBuilder& b, ReportPages& pages, const ShiftReportData& d, double y)
{
    TableSpec spec;
    spec.xMm = L;
    spec.field = QStringLiteral("by_product");
    spec.columns = {{QStringLiteral("Вид объекта (код)"), 96, Align::Left},
                    {QStringLiteral("Принято, шт."), 40, Align::Right},
                    {QStringLiteral("Сумма"), 50, Align::Right}};
    spec.columnFields = {QStringLiteral("object_code"), QStringLiteral("count"),
                         QStringLiteral("amount_kop")};
    std::vector<QStringList> rows;
    qint64 count = 0, amount = 0;
    for (const ReportProductLine& p : d.byProduct) {
        rows.push_back({p.objectCode, QString::number(p.count), kopText(p.amountKop)});
        count += p.count;
        amount += p.amountKop;
    }
    y = pages.section(y, QStringLiteral("Продажи по видам объектов (приём)"));
    y = flowTable(spec, rows, y, ReportPages::kBottom - spec.rowHeightMm, b, pages.pageBreak());
    return totalRow(b, spec, {QStringLiteral("Итого"), QString::number(count), kopText(amount)}, y,
                    QStringLiteral("by_product_total")) +
           4;
}

double cashSection(PageBuilder& b, ReportPages& pages, const ShiftReportData& d, double y)
{
    y = pages.section(y, QStringLiteral("Касса"), 26);
    cellRow(
        b, y, 11,
        {{QStringLiteral("Размен на начало"), kopText(d.floatKop), QStringLiteral("cash.float_kop")},
         {QStringLiteral("Внесено"), kopText(d.cashInKop), QStringLiteral("cash.in_kop")},
         {QStringLiteral("Изъято"), kopText(d.cashOutKop), QStringLiteral("cash.out_kop")},
         {QStringLiteral("Должно быть в кассе"), kopText(d.expectedKop), QStringLiteral("cash.expected_kop")},
         {QStringLiteral("Пересчитано"), orDash(d.countedKop), QStringLiteral("cash.counted_kop")},
         {QStringLiteral("Расхождение"), orDash(d.discrepancyKop), QStringLiteral("cash.discrepancy_kop")}});
    y += 12;
    if (d.discrepancyKop) {
        captionedCell(b, QRectF(L, y, W * 2 / 3, 11), QStringLiteral("Причина расхождения"),
                      d.discrepancyReason, QStringLiteral("cash.discrepancy_reason"));
        captionedCell(b, QRectF(L + W * 2 / 3, y, W / 3, 11), QStringLiteral("Расхождение подтвердил"),
                      d.approvedBy, QStringLiteral("cash.approved_by"));
        y += 12;
    }
    if (d.movements.empty())
        return y + 3;
    TableSpec spec;
    spec.xMm = L;
    spec.sizePt = 7.5;
    spec.field = QStringLiteral("cash.movements");
    spec.columns = {{QStringLiteral("Вид"), 26, Align::Left},
                    {QStringLiteral("Сумма"), 30, Align::Right},
                    {QStringLiteral("Основание"), 58, Align::Left},
                    {QStringLiteral("Оператор"), 30, Align::Left},
                    {QStringLiteral("Время (UTC)"), 42, Align::Left}};
    spec.columnFields = {QStringLiteral("kind"), QStringLiteral("amount_kop"), QStringLiteral("reason"),
                         QStringLiteral("operator"), QStringLiteral("at")};
    std::vector<QStringList> rows;
    for (const ReportCashMove& m : d.movements)
        rows.push_back({m.kind == QStringLiteral("in") ? QStringLiteral("Внесение (in)")
                                                       : QStringLiteral("Изъятие (out)"),
                        kopText(m.amountKop), m.reason, m.operatorId, m.at});
    y = pages.ensureRoom(y, 20);
    return flowTable(spec, rows, y, ReportPages::kBottom, b, pages.pageBreak()) + 4;
}

double approvalTable(PageBuilder& b, ReportPages& pages, const ShiftReportData& d, double y)
{
    if (d.approvals.empty())
        return y;
    TableSpec spec;
    spec.xMm = L;
    spec.sizePt = 7.5;
    spec.field = QStringLiteral("approvals");
    spec.columns = {
        {QStringLiteral("Действие"), 24, Align::Left},  {QStringLiteral("Предмет"), 28, Align::Left},
        {QStringLiteral("Запросил"), 26, Align::Left},  {QStringLiteral("Подтвердил"), 26, Align::Left},
        {QStringLiteral("Основание"), 40, Align::Left}, {QStringLiteral("Время (UTC)"), 42, Align::Left}};
    spec.columnFields = {QStringLiteral("action"),       QStringLiteral("subject"),
                         QStringLiteral("requested_by"), QStringLiteral("approved_by"),
                         QStringLiteral("reason"),       QStringLiteral("at")};
    std::vector<QStringList> rows;
    for (const ReportApproval& a : d.approvals)
        rows.push_back({a.action, a.subject, a.requestedBy, a.approvedBy, a.reason, a.at});
    y = pages.section(y,
                      QStringLiteral("Подтверждения старшего смены (аннулирования, возвраты, расхождения)"));
    return flowTable(spec, rows, y, ReportPages::kBottom, b, pages.pageBreak()) + 4;
}

} // namespace

Result<Document> buildShiftReport(const ShiftReportData& d)
{
    const bool z = d.report == QStringLiteral("Z");
    Document doc{QStringLiteral("%1-отчёт смены %2").arg(d.report).arg(d.shift), QSizeF(210, 297), {}};
    PageBuilder b(doc);
    ReportPages pages(
        b,
        z ? QStringLiteral("СМЕННЫЙ ОТЧЁТ (Z-отчёт, смена закрыта)")
          : QStringLiteral("СМЕННЫЙ ОТЧЁТ (X-отчёт, смена открыта)"),
        QStringLiteral("Смена № %1 · окно %2 · оператор %3").arg(d.shift).arg(d.counter, d.operatorId));
    double y = pages.start();
    cellRow(b, y, 11,
            {{QStringLiteral("Отделение"), d.office.isEmpty() ? QStringLiteral("—") : d.office,
              QStringLiteral("office")},
             {QStringLiteral("Смена с (UTC)"), d.from, QStringLiteral("from")},
             {z ? QStringLiteral("Закрыта (UTC)") : QStringLiteral("Отчёт на (UTC)"), d.until,
              QStringLiteral("until")}});
    y += 14;
    y = pages.section(y, QStringLiteral("Итоги смены"), 24);
    cellRow(
        b, y, 11,
        {{QStringLiteral("Операций"), QString::number(d.operations), QStringLiteral("totals.operations")},
         {QStringLiteral("Принято отправлений"), QString::number(d.itemsAccepted),
          QStringLiteral("totals.items_accepted")},
         {QStringLiteral("Выдано"), QString::number(d.itemsIssued), QStringLiteral("totals.items_issued")},
         {QStringLiteral("Возвращено"), QString::number(d.itemsReturned),
          QStringLiteral("totals.items_returned")},
         {QStringLiteral("Аннулировано"), QString::number(d.voids), QStringLiteral("totals.voids")}});
    y += 12;
    cellRow(
        b, y, 11,
        {{QStringLiteral("Выручка"), kopText(d.revenueKop), QStringLiteral("totals.revenue_kop")},
         {d.vatKop ? QStringLiteral("в т. ч. НДС %1%").arg(*d.vatRatePercent) : QStringLiteral("НДС"),
          d.vatKop ? kopText(*d.vatKop) : QStringLiteral("не выделяется"), QStringLiteral("totals.vat_kop")},
         {QStringLiteral("Наложенный платёж получен"), kopText(d.codCollectedKop),
          QStringLiteral("totals.cod_collected_kop")},
         {QStringLiteral("Всего наличными"), kopText(d.cashPaymentsKop),
          QStringLiteral("totals.cash_payments_kop")}});
    y += 15;
    if (d.cardPaymentsKop != 0 || d.contractPaymentsKop != 0) {
        cellRow(b, y, 11,
                {{QStringLiteral("Оплачено картой"), kopText(d.cardPaymentsKop),
                  QStringLiteral("totals.card_payments_kop")},
                 {QStringLiteral("По договорам"), kopText(d.contractPaymentsKop),
                  QStringLiteral("totals.contract_payments_kop")}});
        y += 15;
    }
    y = kindTable(b, pages, d.byKind, y);
    y = productTable(b, pages, d, y);

    ReportChart revenue{QStringLiteral("Выручка по видам объектов, ₽"), true, {}};
    for (const ReportProductLine& p : d.byProduct)
        revenue.bars.push_back({p.objectCode, static_cast<double>(p.amountKop), {}});
    ReportChart kinds{QStringLiteral("Операций по видам (код)"), false, {}};
    for (const ReportKindLine& k : d.byKind)
        kinds.bars.push_back({k.op, static_cast<double>(k.count), {}});
    y = chartPair(b, pages, y, revenue, kinds);

    y = cashSection(b, pages, d, y);
    y = approvalTable(b, pages, d, y);
    y = pages.ensureRoom(y, 16);
    b.text(QRectF(L, y + 6, 90, 5), QStringLiteral("Оператор: ______________ ") + d.operatorId,
           {9, false, Align::Left, false, 6});
    b.text(QRectF(L + 96, y + 6, 90, 5), QStringLiteral("Начальник смены: ______________"),
           {9, false, Align::Left, false, 6});
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
