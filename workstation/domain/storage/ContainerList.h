#pragma once
// The list that comes with a container (bag, box) of items for delivery at this office, as the sorting
// centre sends it: CSV with a header row, comma or semicolon separated, UTF-8 (a BOM is allowed).
//   barcode;weight_g;object;cod_kop;recipient;phone
// Only "barcode" is required; the weight lets items this office has never seen be registered without
// putting each on the scale. Bad lines are reported with their line number and the reason; the good
// ones still arrive (nothing on the list is silently dropped).
#include "domain/ItemIdentifier.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace pc::storage {

struct ContainerLine {
    int line = 0; // 1-based line of the file
    QString barcode;
    std::optional<qint64> weightG;
    std::optional<int> objectCode;
    std::optional<qint64> codKop;
    QString recipientName;
    QString recipientPhone;
};

struct ContainerProblem {
    int line = 0;
    QString text; // the line as written, shortened
    QString reason;
};

struct ContainerList {
    QList<ContainerLine> lines;
    QList<ContainerProblem> problems;
};

inline constexpr int kMaxContainerLines = 20000;

// Errors only for a file that is not a list at all (empty, no "barcode" column, unterminated quote,
// more than kMaxContainerLines lines). An item listed twice is a problem on its second line.
Result<ContainerList> parseContainerList(const QByteArray& bytes);

} // namespace pc::storage
