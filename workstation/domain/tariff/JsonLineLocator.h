#pragma once
// Finds the line of a value inside JSON text by its path (products[3].postage.first_kop), so a tariff
// file rejected for what it says (not only for its syntax) can be refused "at line N". Runs only on the
// error path; tolerant of text QJsonDocument already accepted.
#include <QByteArray>
#include <QString>
#include <vector>

namespace pc::tariff {

struct JsonPathSegment {
    const char* key = nullptr; // object member, or nullptr for an array element
    int index = -1;
};
using JsonPath = std::vector<JsonPathSegment>;

QString jsonPathText(const JsonPath& path);

// Line (1-based) of the deepest element of path that exists in text; 1 when none does.
int jsonLineOf(const QByteArray& text, const JsonPath& path);

// Line and column (1-based) of a byte offset, e.g. QJsonParseError::offset.
void jsonLineColumn(const QByteArray& text, qsizetype offset, int* line, int* column);

} // namespace pc::tariff
