#include "Table.h"

namespace pc::forms::layout {

namespace {

double drawRow(PageBuilder& b, const TableSpec& spec, const QStringList& cells, double y, double h,
               bool header, const QString& fieldPrefix)
{
    double x = spec.xMm;
    for (size_t c = 0; c < spec.columns.size(); ++c) {
        const TableColumn& col = spec.columns[c];
        const QRectF cell(x, y, col.widthMm, h);
        b.box(cell, 0.2);
        const QString text =
            c < static_cast<size_t>(cells.size()) ? cells[static_cast<qsizetype>(c)] : QString();
        TextStyle style{header ? spec.sizePt - 1 : spec.sizePt, header, header ? Align::Center : col.align,
                        true, header ? 4.0 : spec.sizePt - 2.5};
        const QString field = header ? QStringLiteral("caption")
                                     : fieldPrefix + u'.' +
                                           (c < static_cast<size_t>(spec.columnFields.size())
                                                ? spec.columnFields[static_cast<qsizetype>(c)]
                                                : QString::number(c));
        b.text(cell.adjusted(0.8, 0.5, -0.8, -0.3), text, style, field);
        x += col.widthMm;
    }
    return y + h;
}

} // namespace

double flowTable(const TableSpec& spec, const std::vector<QStringList>& rows, double y, double bottomMm,
                 PageBuilder& builder, const NewPage& newPage)
{
    QStringList headers;
    for (const TableColumn& c : spec.columns)
        headers << c.header;
    y = drawRow(builder, spec, headers, y, spec.headerHeightMm, true, {});
    for (size_t r = 0; r < rows.size(); ++r) {
        if (y + spec.rowHeightMm > bottomMm) {
            y = drawRow(builder, spec, headers, newPage(), spec.headerHeightMm, true, {});
        }
        y = drawRow(builder, spec, rows[r], y, spec.rowHeightMm, false,
                    QStringLiteral("%1[%2]").arg(spec.field).arg(r));
    }
    return y;
}

} // namespace pc::forms::layout
