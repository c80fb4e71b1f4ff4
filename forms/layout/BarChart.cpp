#include "BarChart.h"

#include <algorithm>

namespace pc::forms::layout {

namespace {
constexpr double kTitleMm = 5;
constexpr double kValueMm = 3.5; // value text above the tallest bar
constexpr double kLabelMm = 7;   // two lines of label under the axis
} // namespace

QRectF barChartPlotArea(const BarChartSpec& spec)
{
    const double top = spec.mm.top() + (spec.title.isEmpty() ? 1 : kTitleMm) + kValueMm;
    return QRectF(spec.mm.left() + 2, top, spec.mm.width() - 4, spec.mm.bottom() - kLabelMm - top);
}

void barChart(PageBuilder& b, const BarChartSpec& spec, const std::vector<ChartBar>& bars)
{
    b.box(spec.mm, 0.2);
    if (!spec.title.isEmpty())
        b.text(QRectF(spec.mm.left() + 1, spec.mm.top() + 0.5, spec.mm.width() - 2, kTitleMm - 0.5),
               spec.title, {spec.sizePt + 1, true, Align::Left, false, 4});
    const QRectF plot = barChartPlotArea(spec);
    b.line(plot.bottomLeft(), plot.bottomRight(), 0.3);
    if (bars.empty())
        return;
    double max = 0;
    for (const ChartBar& bar : bars)
        max = std::max(max, bar.value);
    const double slot = plot.width() / static_cast<double>(bars.size());
    const double barW = std::min(slot * 0.6, 20.0);
    for (size_t i = 0; i < bars.size(); ++i) {
        const ChartBar& bar = bars[i];
        const double cx = plot.left() + slot * (static_cast<double>(i) + 0.5);
        const double h = max > 0 ? std::max(bar.value, 0.0) / max * plot.height() : 0;
        if (h > 0.05)
            b.box(QRectF(cx - barW / 2, plot.bottom() - h, barW, h), 0, true);
        b.text(QRectF(cx - slot / 2, plot.bottom() - h - kValueMm, slot, kValueMm - 0.3), bar.valueText,
               {spec.sizePt - 0.5, false, Align::Center, false, 3.5}, QStringLiteral("chart"));
        b.text(QRectF(cx - slot / 2, plot.bottom() + 0.5, slot, kLabelMm - 1), bar.label,
               {spec.sizePt - 0.5, false, Align::Center, true, 3.5}, QStringLiteral("chart"));
    }
}

} // namespace pc::forms::layout
