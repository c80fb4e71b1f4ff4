#pragma once
// A table that continues on the next page: rows of fixed height, the header repeated on every page.
#include "PageBuilder.h"

#include <functional>

namespace pc::forms::layout {

struct TableColumn {
    QString header;
    double widthMm = 20;
    Align align = Align::Left;
};

struct TableSpec {
    double xMm = 10;
    double headerHeightMm = 7;
    double rowHeightMm = 6;
    double sizePt = 8;
    std::vector<TableColumn> columns;
    QString field;            // e.g. "items": errors name "items[3].description"
    QStringList columnFields; // per column, e.g. "description"
};

// Starts a continuation page (builder.addPage() plus its heading); returns the y to continue at.
using NewPage = std::function<double()>;

// Draws the table from y down to bottomMm, starting new pages as needed. Returns the y below the
// last row (on the builder's current page).
double flowTable(const TableSpec& spec, const std::vector<QStringList>& rows, double y, double bottomMm,
                 PageBuilder& builder, const NewPage& newPage);

} // namespace pc::forms::layout
