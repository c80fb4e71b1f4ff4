// The shift report as an 80 mm slip for the counter's receipt printer (ESC/POS prints it line by line):
// the same data and Итого rows as the A4 report, without the chart. The paper grows with the content.
// Only characters of CP866 (the printer's code page): no middle dots or arrows.
#include "ReportBlocks.h"

namespace pc::forms {

using namespace layout;

namespace {

constexpr double kWidthMm = 80;
constexpr double kLeft = 4;
constexpr double kText = kWidthMm - 2 * kLeft;
constexpr double kPt = 8;

struct Slip {
    PageBuilder& b;
    double y = 3;

    double lineMm(double pt) const { return pt * 0.46; }
    // lines > 1: room for wrapped text (reasons, office).
    void text(const QString& s, TextStyle st, const QString& field = {}, int lines = 1)
    {
        const double h = lineMm(st.sizePt) * lines;
        b.text(QRectF(kLeft, y, kText, h), s, st, field);
        y += h;
    }
    void pair(const QString& label, const QString& value, const QString& field, bool bold = false)
    {
        const double h = lineMm(kPt);
        b.text(QRectF(kLeft, y, kText * 0.6, h), label, {kPt, bold, Align::Left, false, kPt - 2});
        b.text(QRectF(kLeft + kText * 0.6, y, kText * 0.4, h), value,
               {kPt, bold, Align::Right, false, kPt - 2}, field);
        y += h;
    }
    void heading(const QString& s) { text(s, {kPt, true, Align::Left, false, kPt - 2}); }
    void rule()
    {
        y += 0.8;
        b.line(QPointF(kLeft, y), QPointF(kLeft + kText, y), 0.2);
        y += 1.0;
    }
};

} // namespace

Result<Document> buildShiftReportSlip(const ShiftReportData& d)
{
    Document doc{
        QStringLiteral("%1-отчёт смены %2 (80 мм)").arg(d.report).arg(d.shift), QSizeF(kWidthMm, 100), {}};
    PageBuilder b(doc);
    Slip s{b};
    const TextStyle plain{kPt, false, Align::Left, true, kPt - 2.5};
    if (!d.office.isEmpty())
        s.text(d.office, {kPt, true, Align::Center, true, kPt - 2.5}, QStringLiteral("office"), 2);
    s.text(QStringLiteral("СМЕННЫЙ ОТЧЁТ (%1-отчёт)").arg(d.report),
           {kPt + 2, true, Align::Center, false, kPt}, QStringLiteral("report"));
    s.pair(QStringLiteral("Смена №"), QString::number(d.shift), QStringLiteral("shift"));
    s.pair(QStringLiteral("Окно"), d.counter, QStringLiteral("counter"));
    s.pair(QStringLiteral("Оператор"), d.operatorId, QStringLiteral("operator"));
    s.text(QStringLiteral("С ") + d.from, plain, QStringLiteral("from"));
    s.text(QStringLiteral("По ") + d.until, plain, QStringLiteral("until"));
    s.rule();
    s.pair(QStringLiteral("Операций"), QString::number(d.operations), QStringLiteral("totals.operations"));
    s.pair(QStringLiteral("Принято"), QString::number(d.itemsAccepted),
           QStringLiteral("totals.items_accepted"));
    s.pair(QStringLiteral("Выдано"), QString::number(d.itemsIssued), QStringLiteral("totals.items_issued"));
    s.pair(QStringLiteral("Возвращено"), QString::number(d.itemsReturned),
           QStringLiteral("totals.items_returned"));
    s.pair(QStringLiteral("Аннулировано"), QString::number(d.voids), QStringLiteral("totals.voids"));
    s.pair(QStringLiteral("Выручка"), kopText(d.revenueKop), QStringLiteral("totals.revenue_kop"), true);
    if (d.vatKop)
        s.pair(QStringLiteral("в т. ч. НДС %1%").arg(*d.vatRatePercent), kopText(*d.vatKop),
               QStringLiteral("totals.vat_kop"));
    s.pair(QStringLiteral("Нал. платёж получен"), kopText(d.codCollectedKop),
           QStringLiteral("totals.cod_collected_kop"));
    s.pair(QStringLiteral("Всего наличными"), kopText(d.cashPaymentsKop),
           QStringLiteral("totals.cash_payments_kop"), true);
    s.rule();
    s.heading(QStringLiteral("Операции по видам"));
    qint64 count = 0, amount = 0;
    for (size_t i = 0; i < d.byKind.size(); ++i) {
        const ReportKindLine& k = d.byKind[i];
        s.text(QStringLiteral("%1 %2").arg(k.op, operationKindRu(k.kind)),
               {kPt, false, Align::Left, false, kPt - 2.5}, QStringLiteral("by_kind[%1].kind").arg(i));
        s.pair(QStringLiteral("  %1 шт.").arg(k.count), kopText(k.amountKop),
               QStringLiteral("by_kind[%1].amount_kop").arg(i));
        count += k.count;
        amount += k.amountKop;
    }
    s.pair(QStringLiteral("Итого: %1 шт.").arg(count), kopText(amount),
           QStringLiteral("by_kind_total.amount_kop"), true);
    s.rule();
    s.heading(QStringLiteral("Продажи по видам объектов"));
    count = amount = 0;
    for (size_t i = 0; i < d.byProduct.size(); ++i) {
        const ReportProductLine& p = d.byProduct[i];
        s.pair(QStringLiteral("%1: %2 шт.").arg(p.objectCode).arg(p.count), kopText(p.amountKop),
               QStringLiteral("by_product[%1].amount_kop").arg(i));
        count += p.count;
        amount += p.amountKop;
    }
    s.pair(QStringLiteral("Итого: %1 шт.").arg(count), kopText(amount),
           QStringLiteral("by_product_total.amount_kop"), true);
    s.rule();
    s.heading(QStringLiteral("Касса"));
    s.pair(QStringLiteral("Размен"), kopText(d.floatKop), QStringLiteral("cash.float_kop"));
    s.pair(QStringLiteral("Внесено"), kopText(d.cashInKop), QStringLiteral("cash.in_kop"));
    s.pair(QStringLiteral("Изъято"), kopText(d.cashOutKop), QStringLiteral("cash.out_kop"));
    for (size_t i = 0; i < d.movements.size(); ++i) {
        const ReportCashMove& m = d.movements[i];
        const QString field = QStringLiteral("cash.movements[%1]").arg(i);
        s.pair(
            QStringLiteral("  %1 (%2)")
                .arg(m.kind == QStringLiteral("in") ? QStringLiteral("внесение") : QStringLiteral("изъятие"),
                     m.kind),
            kopText(m.amountKop), field + QStringLiteral(".amount_kop"));
        s.text(QStringLiteral("  %1; %2; %3").arg(m.reason, m.operatorId, m.at), plain,
               field + QStringLiteral(".reason"), 2);
    }
    s.pair(QStringLiteral("Должно быть"), kopText(d.expectedKop), QStringLiteral("cash.expected_kop"), true);
    if (d.countedKop)
        s.pair(QStringLiteral("Пересчитано"), kopText(*d.countedKop), QStringLiteral("cash.counted_kop"));
    if (d.discrepancyKop) {
        s.pair(QStringLiteral("Расхождение"), kopText(*d.discrepancyKop),
               QStringLiteral("cash.discrepancy_kop"), true);
        s.text(d.discrepancyReason, plain, QStringLiteral("cash.discrepancy_reason"), 2);
        s.pair(QStringLiteral("Подтвердил"), d.approvedBy, QStringLiteral("cash.approved_by"));
    }
    if (!d.approvals.empty()) {
        s.rule();
        s.heading(QStringLiteral("Подтверждения"));
        for (size_t i = 0; i < d.approvals.size(); ++i) {
            const ReportApproval& a = d.approvals[i];
            s.text(QStringLiteral("%1 %2: запросил %3, подтвердил %4; %5; %6")
                       .arg(a.action, a.subject, a.requestedBy, a.approvedBy, a.reason, a.at),
                   plain, QStringLiteral("approvals[%1]").arg(i), 3);
        }
    }
    s.rule();
    s.y += 3;
    s.text(QStringLiteral("Оператор ____________"), {kPt, false, Align::Left, false, kPt - 2});
    s.y += 2;
    s.text(QStringLiteral("Начальник смены ____________"), {kPt, false, Align::Left, false, kPt - 2});
    doc.mediaMm.setHeight(s.y + 6);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
