#pragma once
// A vertical bar chart drawn with the layout's own primitives (frame, axis lines, filled boxes for
// bars, text for labels and values), so every renderer draws it without knowing about charts.
#include "PageBuilder.h"

namespace pc::forms::layout {

struct ChartBar {
    QString label; // under the bar
    double value = 0;
    QString valueText; // above the bar
};

struct BarChartSpec {
    QRectF mm;     // whole chart including title and labels
    QString title; // printed at the top; empty = none
    double sizePt = 6.5;
};

// The plot area (where bars stand) inside a chart rectangle: bar heights are value / max of this height.
QRectF barChartPlotArea(const BarChartSpec& spec);
// Bars are filled boxes standing on the plot area's bottom; negative values are drawn as zero.
void barChart(PageBuilder& b, const BarChartSpec& spec, const std::vector<ChartBar>& bars);

} // namespace pc::forms::layout
