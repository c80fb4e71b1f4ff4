#include "ReportBlocks.h"

#include "forms/layout/FormBlocks.h"

#include <algorithm>

namespace pc::forms {

using namespace layout;

QString kopText(qint64 kop)
{
    return rub(Money::fromKopecks(kop));
}

QString operationKindRu(const QString& kind)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("acceptance"), QStringLiteral("Приём")},
        {QStringLiteral("delivery"), QStringLiteral("Вручение")},
        {QStringLiteral("return"), QStringLiteral("Возврат")},
        {QStringLiteral("processing"), QStringLiteral("Обработка")},
        {QStringLiteral("void"), QStringLiteral("Аннулирование")},
        {QStringLiteral("refused_at_acceptance"), QStringLiteral("Отказ при приёме")},
        {QStringLiteral("cod_paid"), QStringLiteral("Оплата наложенного платежа")}};
    const auto it = names.find(kind);
    return it == names.end() ? kind : QStringLiteral("%1 (%2)").arg(*it, kind);
}

ReportPages::ReportPages(PageBuilder& b, QString title, QString subtitle)
    : m_b(b), m_title(std::move(title)), m_subtitle(std::move(subtitle))
{}

double ReportPages::start()
{
    m_b.text(QRectF(kLeft, 10, kWidth, 8), m_title, {15, true, Align::Left, false, 0});
    m_b.text(QRectF(kLeft, 18, kWidth, 5), m_subtitle, {9, false, Align::Left, false, 6});
    m_b.line(QPointF(kLeft, 24), QPointF(kLeft + kWidth, 24), 0.4);
    return 27;
}

double ReportPages::newPage()
{
    m_b.addPage();
    m_b.text(QRectF(kLeft, 10, kWidth - 30, 5), m_title + QStringLiteral(" — продолжение"),
             {10, true, Align::Left, false, 0});
    m_b.text(QRectF(kLeft + kWidth - 30, 10, 30, 5), QStringLiteral("лист %1").arg(m_b.pageCount()),
             {8, false, Align::Right, false, 0});
    m_b.text(QRectF(kLeft, 15, kWidth, 4.5), m_subtitle, {8, false, Align::Left, false, 5});
    m_b.line(QPointF(kLeft, 20), QPointF(kLeft + kWidth, 20), 0.3);
    return 23;
}

double ReportPages::ensureRoom(double y, double needMm)
{
    return y + needMm > kBottom ? newPage() : y;
}

void ReportPages::headOfOfficeSignature(double y)
{
    y = ensureRoom(y, 12);
    m_b.text(QRectF(kLeft, y + 5, kWidth, 5), QStringLiteral("Начальник отделения: ______________"),
             {9, false, layout::Align::Left, false, 6});
}

double ReportPages::section(double y, const QString& title, double needMm)
{
    y = ensureRoom(y, needMm + 6);
    m_b.text(QRectF(kLeft, y, kWidth, 5.5), title, {10.5, true, Align::Left, false, 0});
    return y + 6;
}

double totalRow(PageBuilder& b, const TableSpec& spec, const QStringList& cells, double y,
                const QString& field)
{
    double x = spec.xMm;
    for (size_t c = 0; c < spec.columns.size(); ++c) {
        const TableColumn& col = spec.columns[c];
        const QRectF cell(x, y, col.widthMm, spec.rowHeightMm);
        b.box(cell, 0.35);
        const auto i = static_cast<qsizetype>(c);
        const QString name =
            field + u'.' + (i < spec.columnFields.size() ? spec.columnFields[i] : QString::number(c));
        b.text(cell.adjusted(0.8, 0.5, -0.8, -0.3), i < cells.size() ? cells[i] : QString(),
               {spec.sizePt, true, c == 0 ? Align::Left : col.align, false, spec.sizePt - 2.5}, name);
        x += col.widthMm;
    }
    return y + spec.rowHeightMm;
}

} // namespace pc::forms

namespace pc::forms {

double kindTable(PageBuilder& b, ReportPages& pages, const std::vector<ReportKindLine>& kinds, double y)
{
    TableSpec spec;
    spec.xMm = ReportPages::kLeft;
    spec.sizePt = 8;
    spec.field = QStringLiteral("by_kind");
    spec.columns = {{QStringLiteral("Вид операции"), 90, Align::Left},
                    {QStringLiteral("Код"), 26, Align::Center},
                    {QStringLiteral("Количество"), 30, Align::Right},
                    {QStringLiteral("Сумма"), 40, Align::Right}};
    spec.columnFields = {QStringLiteral("kind"), QStringLiteral("op"), QStringLiteral("count"),
                         QStringLiteral("amount_kop")};
    std::vector<QStringList> rows;
    qint64 count = 0, amount = 0;
    for (const ReportKindLine& k : kinds) {
        rows.push_back({operationKindRu(k.kind), k.op, QString::number(k.count), kopText(k.amountKop)});
        count += k.count;
        amount += k.amountKop;
    }
    y = pages.section(y, QStringLiteral("Операции по видам"));
    y = flowTable(spec, rows, y, ReportPages::kBottom - spec.rowHeightMm, b, pages.pageBreak());
    return totalRow(b, spec, {QStringLiteral("Итого"), QString(), QString::number(count), kopText(amount)}, y,
                    QStringLiteral("by_kind_total")) +
           4;
}

namespace {
// At most kMaxBars bars stay legible across half a page: the largest, the rest summed as "прочие".
// Values above the bars: whole roubles for money (values in kopecks), else the count.
std::vector<ChartBar> legible(const ReportChart& chart)
{
    constexpr size_t kMaxBars = 10;
    std::vector<ChartBar> bars = chart.bars;
    if (bars.size() > kMaxBars) {
        std::stable_sort(bars.begin(), bars.end(),
                         [](const ChartBar& a, const ChartBar& b) { return a.value > b.value; });
        double rest = 0;
        for (size_t i = kMaxBars - 1; i < bars.size(); ++i)
            rest += bars[i].value;
        bars.resize(kMaxBars - 1);
        bars.push_back({QStringLiteral("прочие"), rest, {}});
    }
    for (ChartBar& bar : bars)
        bar.valueText = QString::number(chart.money ? bar.value / 100 : bar.value, 'f', 0);
    return bars;
}
} // namespace

double chartPair(PageBuilder& b, ReportPages& pages, double y, const ReportChart& left,
                 const ReportChart& right)
{
    y = pages.ensureRoom(y, kChartHeightMm);
    const double half = ReportPages::kWidth / 2;
    barChart(b, {QRectF(ReportPages::kLeft, y, half - 1, kChartHeightMm), left.title}, legible(left));
    barChart(b, {QRectF(ReportPages::kLeft + half + 1, y, half - 1, kChartHeightMm), right.title},
             legible(right));
    return y + kChartHeightMm + 4;
}

} // namespace pc::forms
