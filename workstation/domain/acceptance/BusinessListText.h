#pragma once
// The text side of business lists: CSV records turned into order objects, and the start line of
// each order in JSON text. Internal to BusinessOrder.cpp; separate so each file keeps one purpose.
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pc::acceptance::detail {

struct CsvOrder {
    int line = 0;        // where the record starts (1-based)
    QJsonObject order;   // header name → trimmed cell text (empty cells left out)
    QString columnIssue; // non-empty when the record has more cells than the header
};

// bytes without BOM. Fails only on an unterminated quoted field or an empty file.
Result<QList<CsvOrder>> readCsvOrders(const QByteArray& bytes);

// Start line of every element of the orders array (top-level array, or the "orders" member of a
// top-level object) in text QJsonDocument already accepted. One pass, O(size).
QList<int> jsonOrderLines(const QByteArray& text);

} // namespace pc::acceptance::detail
