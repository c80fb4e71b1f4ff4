// The period report on A4 for the head of office: the period's totals with money by payment method,
// a chart of operations per hour of the day (the busy hours), a chart of revenue per day (per month
// over a long period), then tables per day, per hour and per product. Tables continue on further
// pages; a year's 365 days take a few.
#include "ReportBlocks.h"
#include "forms/layout/FormBlocks.h"

#include <QMap>

namespace pc::forms {

using namespace layout;

namespace {

constexpr double L = ReportPages::kLeft;
constexpr double W = ReportPages::kWidth;
constexpr int kMaxDailyBars = 62; // beyond two months, a bar per month

// Bars in order of time (not by size, unlike the day report's charts), values above them.
void timeChart(PageBuilder& b, double y, const QString& title, std::vector<ChartBar> bars, bool money)
{
    for (ChartBar& bar : bars)
        bar.valueText = money ? QString::number(bar.value / 100000.0, 'f', 1) // thousands of roubles
                              : QString::number(bar.value, 'f', 0);
    barChart(b, {QRectF(L, y, W, kChartHeightMm), title, bars.size() > 24 ? 5.0 : 6.5}, bars);
}

std::vector<ChartBar> revenueBars(const PeriodReportData& d)
{
    std::vector<ChartBar> bars;
    if (d.days.size() <= kMaxDailyBars) {
        for (const PeriodLine& l : d.days)
            bars.push_back({l.key.mid(8, 2), static_cast<double>(l.revenueKop), {}});
        return bars;
    }
    QMap<QString, double> months; // "2026-03" → revenue, in order
    for (const PeriodLine& l : d.days)
        months[l.key.left(7)] += static_cast<double>(l.revenueKop);
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        bars.push_back({it.key().mid(5, 2) + u'.' + it.key().mid(2, 2), *it, {}});
    return bars;
}

double lineTable(PageBuilder& b, ReportPages& pages, double y, const QString& title, const QString& field,
                 const QString& keyCaption, const std::vector<PeriodLine>& lines, const PeriodLine& total,
                 bool skipEmpty)
{
    TableSpec spec;
    spec.xMm = L;
    spec.sizePt = 7.5;
    spec.rowHeightMm = 5;
    spec.field = field;
    spec.columns = {{keyCaption, 22, Align::Left},
                    {QStringLiteral("Операций"), 18, Align::Right},
                    {QStringLiteral("Принято"), 18, Align::Right},
                    {QStringLiteral("Выручка"), 26, Align::Right},
                    {QStringLiteral("НП получен"), 26, Align::Right},
                    {QStringLiteral("Наличными"), 26, Align::Right},
                    {QStringLiteral("Картой"), 25, Align::Right},
                    {QStringLiteral("По договору"), 25, Align::Right}};
    spec.columnFields = {
        QStringLiteral("key"),         QStringLiteral("operations"),        QStringLiteral("items_accepted"),
        QStringLiteral("revenue_kop"), QStringLiteral("cod_collected_kop"), QStringLiteral("cash_kop"),
        QStringLiteral("card_kop"),    QStringLiteral("contract_kop")};
    auto cells = [](const QString& key, const PeriodLine& l) {
        return QStringList{key,
                           QString::number(l.operations),
                           QString::number(l.itemsAccepted),
                           kopText(l.revenueKop),
                           kopText(l.codCollectedKop),
                           kopText(l.cashKop),
                           kopText(l.cardKop),
                           kopText(l.contractKop)};
    };
    std::vector<QStringList> rows;
    for (const PeriodLine& l : lines)
        if (!skipEmpty || l.operations != 0)
            rows.push_back(cells(field == QStringLiteral("days") ? l.key : l.key + QStringLiteral(":00"), l));
    y = pages.section(y, title);
    y = flowTable(spec, rows, y, ReportPages::kBottom - spec.rowHeightMm, b, pages.pageBreak());
    return totalRow(b, spec, cells(QStringLiteral("Итого"), total), y, field + QStringLiteral("_total")) + 4;
}

double productTable(PageBuilder& b, ReportPages& pages, double y, const PeriodReportData& d)
{
    if (d.byProduct.empty())
        return y;
    TableSpec spec;
    spec.xMm = L;
    spec.field = QStringLiteral("by_product");
    spec.columns = {{QStringLiteral("Вид отправления (код)"), 90, Align::Left},
                    {QStringLiteral("Принято"), 40, Align::Right},
                    {QStringLiteral("Сумма"), 56, Align::Right}};
    spec.columnFields = {QStringLiteral("object_code"), QStringLiteral("count"),
                         QStringLiteral("amount_kop")};
    std::vector<QStringList> rows;
    for (const ReportProductLine& p : d.byProduct)
        rows.push_back(
            {p.objectCode == QStringLiteral("unknown") ? QStringLiteral("без кода (unknown)") : p.objectCode,
             QString::number(p.count), kopText(p.amountKop)});
    y = pages.section(y, QStringLiteral("Принято по видам отправлений"));
    return flowTable(spec, rows, y, ReportPages::kBottom, b, pages.pageBreak()) + 4;
}

} // namespace

Result<Document> buildPeriodReport(const PeriodReportData& d)
{
    Document doc{QStringLiteral("Отчёт за период %1 — %2").arg(d.from, d.to), QSizeF(210, 297), {}};
    PageBuilder b(doc);
    const int h = std::abs(d.utcOffsetMin) / 60, m = std::abs(d.utcOffsetMin) % 60;
    const QString zone = QStringLiteral("UTC%1%2%3")
                             .arg(d.utcOffsetMin < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                             .arg(h)
                             .arg(m ? QStringLiteral(":%1").arg(m, 2, 10, QChar(u'0')) : QString());
    ReportPages pages(
        b, QStringLiteral("ОТЧЁТ ЗА ПЕРИОД"),
        QStringLiteral("с %1 по %2 (%3)%4")
            .arg(d.from, d.to, zone, d.office.isEmpty() ? QString() : QStringLiteral(" · ") + d.office));
    double y = pages.start();
    b.text(QRectF(L + W - 40, 5, 40, 4), QStringLiteral("period"), {6, false, Align::Right, false, 0});
    y = pages.section(y, QStringLiteral("Итоги периода"), 26);
    const QString vatCaption =
        d.vatKop ? QStringLiteral("в т. ч. НДС %1%").arg(*d.vatRatePercent) : QStringLiteral("НДС");
    const std::array<std::array<QString, 3>, 8> cells{{
        {QStringLiteral("Операций"), QString::number(d.total.operations),
         QStringLiteral("totals.operations")},
        {QStringLiteral("Принято отправлений"), QString::number(d.total.itemsAccepted),
         QStringLiteral("totals.items_accepted")},
        {QStringLiteral("Выручка"), kopText(d.total.revenueKop), QStringLiteral("totals.revenue_kop")},
        {vatCaption, d.vatKop ? kopText(*d.vatKop) : QStringLiteral("не выделяется"),
         QStringLiteral("totals.vat_kop")},
        {QStringLiteral("Наложенный платёж получен"), kopText(d.total.codCollectedKop),
         QStringLiteral("totals.cod_collected_kop")},
        {QStringLiteral("Наличными"), kopText(d.total.cashKop), QStringLiteral("totals.cash_kop")},
        {QStringLiteral("Картой"), kopText(d.total.cardKop), QStringLiteral("totals.card_kop")},
        {QStringLiteral("По договору"), kopText(d.total.contractKop), QStringLiteral("totals.contract_kop")},
    }};
    const double w = W / 4;
    for (size_t i = 0; i < cells.size(); ++i)
        captionedCell(
            b, QRectF(L + w * static_cast<double>(i % 4), y + 12.0 * static_cast<double>(i / 4), w, 11),
            cells[i][0], cells[i][1], cells[i][2], 9.5, true);
    y += 28;

    std::vector<ChartBar> hourBars;
    for (const PeriodLine& l : d.hours)
        hourBars.push_back({l.key, static_cast<double>(l.operations), {}});
    y = pages.ensureRoom(y, kChartHeightMm);
    timeChart(b, y, QStringLiteral("Операций по часам суток (местное время)"), hourBars, false);
    y += kChartHeightMm + 4;
    y = pages.ensureRoom(y, kChartHeightMm);
    timeChart(b, y,
              d.days.size() <= kMaxDailyBars
                  ? QStringLiteral("Выручка по дням, тыс. ₽")
                  : QStringLiteral("Выручка по месяцам, тыс. ₽"),
              revenueBars(d), true);
    y += kChartHeightMm + 4;

    y = lineTable(b, pages, y, QStringLiteral("По дням"), QStringLiteral("days"), QStringLiteral("Дата"),
                  d.days, d.total, false);
    y = lineTable(b, pages, y, QStringLiteral("По часам суток"), QStringLiteral("hours"),
                  QStringLiteral("Час"), d.hours, d.total, true);
    y = productTable(b, pages, y, d);
    y = kindTable(b, pages, d.byKind, y);
    pages.headOfOfficeSignature(y);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
