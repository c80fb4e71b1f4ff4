// The office daily report on A4: the day's totals; operations and revenue per counter with the
// Итого row; bar charts of revenue per counter and operations by kind; operations by kind; the
// shifts closed that day with their cash and discrepancy. Tables continue on further pages.
#include "ReportBlocks.h"
#include "forms/layout/FormBlocks.h"

namespace pc::forms {

using namespace layout;

namespace {

constexpr double L = ReportPages::kLeft;
constexpr double W = ReportPages::kWidth;

QString utcOffset(int minutes)
{
    const int a = std::abs(minutes);
    return QStringLiteral("UTC%1%2:%3")
        .arg(minutes < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(a / 60)
        .arg(a % 60, 2, 10, QChar(u'0'));
}

double counterTable(PageBuilder& b, ReportPages& pages, const DayReportData& d, double y)
{
    TableSpec spec;
    spec.xMm = L;
    spec.field = QStringLiteral("counters");
    spec.columns = {{QStringLiteral("Окно"), 46, Align::Left},
                    {QStringLiteral("Операций"), 30, Align::Right},
                    {QStringLiteral("Принято отправлений"), 30, Align::Right},
                    {QStringLiteral("Выручка"), 40, Align::Right},
                    {QStringLiteral("Наложенный платёж получен"), 40, Align::Right}};
    spec.columnFields = {QStringLiteral("counter"), QStringLiteral("operations"),
                         QStringLiteral("items_accepted"), QStringLiteral("revenue_kop"),
                         QStringLiteral("cod_collected_kop")};
    std::vector<QStringList> rows;
    DayCounterLine sum;
    for (const DayCounterLine& l : d.counters) {
        rows.push_back({l.counter, QString::number(l.operations), QString::number(l.itemsAccepted),
                        kopText(l.revenueKop), kopText(l.codCollectedKop)});
        sum.operations += l.operations;
        sum.itemsAccepted += l.itemsAccepted;
        sum.revenueKop += l.revenueKop;
        sum.codCollectedKop += l.codCollectedKop;
    }
    y = pages.section(y, QStringLiteral("По окнам"));
    y = flowTable(spec, rows, y, ReportPages::kBottom - spec.rowHeightMm, b, pages.pageBreak());
    return totalRow(b, spec,
                    {QStringLiteral("Итого"), QString::number(sum.operations),
                     QString::number(sum.itemsAccepted), kopText(sum.revenueKop),
                     kopText(sum.codCollectedKop)},
                    y, QStringLiteral("counters_total")) +
           4;
}

double shiftTable(PageBuilder& b, ReportPages& pages, const DayReportData& d, double y)
{
    if (d.shifts.empty())
        return y;
    TableSpec spec;
    spec.xMm = L;
    spec.sizePt = 7.5;
    spec.field = QStringLiteral("shifts_closed");
    spec.columns = {
        {QStringLiteral("Смена"), 18, Align::Right},       {QStringLiteral("Окно"), 26, Align::Left},
        {QStringLiteral("Оператор"), 32, Align::Left},     {QStringLiteral("Должно быть"), 30, Align::Right},
        {QStringLiteral("Пересчитано"), 30, Align::Right}, {QStringLiteral("Расхождение"), 26, Align::Right},
        {QStringLiteral("Подтвердил"), 24, Align::Left}};
    spec.columnFields = {QStringLiteral("shift"),       QStringLiteral("counter"),
                         QStringLiteral("operator"),    QStringLiteral("expected_kop"),
                         QStringLiteral("counted_kop"), QStringLiteral("discrepancy"),
                         QStringLiteral("approved_by")};
    std::vector<QStringList> rows;
    for (const DayShiftLine& s : d.shifts)
        rows.push_back({QString::number(s.shift), s.counter, s.operatorId, kopText(s.expectedKop),
                        kopText(s.countedKop), kopText(s.countedKop - s.expectedKop),
                        s.approvedBy.isEmpty() ? QStringLiteral("—") : s.approvedBy});
    y = pages.section(y, QStringLiteral("Смены, закрытые за день"));
    return flowTable(spec, rows, y, ReportPages::kBottom, b, pages.pageBreak()) + 4;
}

} // namespace

Result<Document> buildDayReport(const DayReportData& d)
{
    Document doc{QStringLiteral("Дневной отчёт %1").arg(d.date), QSizeF(210, 297), {}};
    PageBuilder b(doc);
    ReportPages pages(b, QStringLiteral("ДНЕВНОЙ ОТЧЁТ ОТДЕЛЕНИЯ"),
                      QStringLiteral("за %1 (%2)%3")
                          .arg(d.date, utcOffset(d.utcOffsetMin),
                               d.office.isEmpty() ? QString() : QStringLiteral(" · ") + d.office));
    double y = pages.start();
    // The report's kind as the shift area names it, so a printed copy can be matched to its JSON.
    b.text(QRectF(L + W - 40, 5, 40, 4), QStringLiteral("office_day"), {6, false, Align::Right, false, 0});
    captionedCell(b, QRectF(L, y, W * 0.6, 11), QStringLiteral("Отделение"),
                  d.office.isEmpty() ? QStringLiteral("—") : d.office, QStringLiteral("office"), 9.5, true);
    captionedCell(b, QRectF(L + W * 0.6, y, W * 0.2, 11), QStringLiteral("Дата (местная)"), d.date,
                  QStringLiteral("date"), 9.5, true);
    captionedCell(b, QRectF(L + W * 0.8, y, W * 0.2, 11), QStringLiteral("Часовой пояс"),
                  utcOffset(d.utcOffsetMin), QStringLiteral("utc_offset_min"), 9.5, true);
    y += 14;
    y = pages.section(y, QStringLiteral("Итоги дня"), 12);
    const double w = W / 5;
    const QString vatCaption =
        d.vatKop ? QStringLiteral("в т. ч. НДС %1%").arg(*d.vatRatePercent) : QStringLiteral("НДС");
    const std::array<std::array<QString, 3>, 5> cells{{
        {QStringLiteral("Операций"), QString::number(d.total.operations),
         QStringLiteral("totals.operations")},
        {QStringLiteral("Принято отправлений"), QString::number(d.total.itemsAccepted),
         QStringLiteral("totals.items_accepted")},
        {QStringLiteral("Выручка"), kopText(d.total.revenueKop), QStringLiteral("totals.revenue_kop")},
        {vatCaption, d.vatKop ? kopText(*d.vatKop) : QStringLiteral("не выделяется"),
         QStringLiteral("totals.vat_kop")},
        {QStringLiteral("Наложенный платёж получен"), kopText(d.total.codCollectedKop),
         QStringLiteral("totals.cod_collected_kop")},
    }};
    for (size_t i = 0; i < cells.size(); ++i)
        captionedCell(b, QRectF(L + w * static_cast<double>(i), y, w, 11), cells[i][0], cells[i][1],
                      cells[i][2], 9.5, true);
    y += 15;
    y = counterTable(b, pages, d, y);

    ReportChart revenue{QStringLiteral("Выручка по окнам, ₽"), true, {}};
    for (const DayCounterLine& l : d.counters)
        revenue.bars.push_back({l.counter, static_cast<double>(l.revenueKop), {}});
    ReportChart kinds{QStringLiteral("Операций по видам (код)"), false, {}};
    for (const ReportKindLine& k : d.byKind)
        kinds.bars.push_back({k.op, static_cast<double>(k.count), {}});
    y = chartPair(b, pages, y, revenue, kinds);

    y = kindTable(b, pages, d.byKind, y);
    y = shiftTable(b, pages, d, y);
    pages.headOfOfficeSignature(y);
    if (b.error())
        return *b.error();
    return doc;
}

} // namespace pc::forms
