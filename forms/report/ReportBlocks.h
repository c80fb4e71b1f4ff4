#pragma once
// Shared by the shift and day reports (A4 portrait): a report page with its heading repeated on
// continuation pages, section titles, a table's "Итого" row and kopeck amounts as text.
#include "ReportForms.h"
#include "forms/layout/BarChart.h"
#include "forms/layout/Table.h"

namespace pc::forms {

QString kopText(qint64 kop);                  // "1 234,56 ₽"
QString operationKindRu(const QString& kind); // "Приём (acceptance)"

class ReportPages {
public:
    static constexpr double kLeft = 12;
    static constexpr double kWidth = 186;
    static constexpr double kBottom = 285;

    // title: "СМЕННЫЙ ОТЧЁТ"; subtitle names the shift or day on every page.
    ReportPages(layout::PageBuilder& b, QString title, QString subtitle);
    double start();   // heading of the first page; returns the y below it
    double newPage(); // continuation page; returns the y below its heading
    // A new page when less than needMm is left below y.
    double ensureRoom(double y, double needMm);
    double section(double y, const QString& title, double needMm = 20);
    // "Начальник отделения: ____" under the last table, on a new page when there is no room.
    void headOfOfficeSignature(double y);
    layout::NewPage pageBreak()
    {
        return [this] { return newPage(); };
    }

private:
    layout::PageBuilder& m_b;
    QString m_title, m_subtitle;
};

// The "Итого" row under a table, same columns; cells named field.<column field>.
double totalRow(layout::PageBuilder& b, const layout::TableSpec& spec, const QStringList& cells, double y,
                const QString& field);

// "Операции по видам" with its Итого row (cells by_kind_total.count / .amount_kop).
double kindTable(layout::PageBuilder& b, ReportPages& pages, const std::vector<ReportKindLine>& kinds,
                 double y);

struct ReportChart {
    QString title;
    bool money = false;                 // values in kopecks, shown in whole roubles
    std::vector<layout::ChartBar> bars; // valueText is filled when drawn
};
constexpr double kChartHeightMm = 58;
// Two bar charts side by side (left and right half of the page), each kChartHeightMm high.
double chartPair(layout::PageBuilder& b, ReportPages& pages, double y, const ReportChart& left,
                 const ReportChart& right);

} // namespace pc::forms
