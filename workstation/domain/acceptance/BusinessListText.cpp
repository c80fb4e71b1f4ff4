#include "domain/acceptance/BusinessListText.h"

#include <QCoreApplication>
#include <string_view>

namespace pc::acceptance::detail {

namespace {

QChar detectSeparator(QStringView text)
{
    int semicolons = 0, commas = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
    }
    return semicolons >= commas ? QChar(u';') : QChar(u',');
}

struct Record {
    int line = 0;
    QStringList cells;
};

} // namespace

Result<QList<CsvOrder>> readCsvOrders(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const QChar sep = detectSeparator(text);
    QList<Record> records;
    Record rec{1, {}};
    QString cell;
    int line = 1;
    qsizetype lineStart = 0;
    bool any = false; // the current record has content
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"' && cell.trimmed().isEmpty()) {
            const int openLine = line;
            const qsizetype openCol = i - lineStart + 1;
            cell.clear();
            bool closed = false;
            for (++i; i < text.size(); ++i) {
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        cell += u'"';
                        ++i;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (text[i] == u'\n') {
                    ++line;
                    lineStart = i + 1;
                }
                cell += text[i];
            }
            if (!closed)
                return Result<QList<CsvOrder>>::fail(
                    QStringLiteral("business_list.syntax"),
                    QCoreApplication::translate("BusinessList",
                                                "line %1, column %2: a quoted field is never closed.")
                        .arg(openLine)
                        .arg(openCol));
            any = true;
            continue; // text after the closing quote up to the separator is appended as written
        }
        if (c == sep) {
            rec.cells.append(cell.trimmed());
            cell.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (any || !cell.trimmed().isEmpty()) {
                rec.cells.append(cell.trimmed());
                records.append(rec);
            }
            cell.clear();
            any = false;
            ++line;
            lineStart = i + 1;
            rec = Record{line, {}};
        } else {
            cell += c;
        }
    }
    if (any || !cell.trimmed().isEmpty()) {
        rec.cells.append(cell.trimmed());
        records.append(rec);
    }
    if (records.isEmpty())
        return Result<QList<CsvOrder>>::fail(
            QStringLiteral("business_list.empty"),
            QCoreApplication::translate("BusinessList",
                                        "The file is empty: expected a header row and orders."));

    QStringList header;
    for (const QString& h : records.first().cells)
        header.append(h.toLower());
    QList<CsvOrder> out;
    out.reserve(records.size() - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        CsvOrder o;
        o.line = records[r].line;
        const QStringList& cells = records[r].cells;
        for (qsizetype k = 0; k < cells.size(); ++k) {
            if (k >= header.size()) {
                if (!cells[k].isEmpty())
                    o.columnIssue =
                        QCoreApplication::translate("BusinessList",
                                                    "This row has %1 cells but the header has %2 columns.")
                            .arg(cells.size())
                            .arg(header.size());
                continue;
            }
            if (!cells[k].isEmpty() && !header[k].isEmpty())
                o.order.insert(header[k], cells[k]);
        }
        out.append(std::move(o));
    }
    return out;
}

namespace {

class OrderScanner {
public:
    explicit OrderScanner(const QByteArray& text) : m_p(text.constData()), m_end(m_p + text.size()) {}

    QList<int> run()
    {
        QList<int> lines;
        skipWs();
        if (m_p < m_end && *m_p == '{' && !findOrdersMember())
            return lines;
        if (m_p >= m_end || *m_p != '[')
            return lines;
        ++m_p;
        while (skipWs(), m_p < m_end && *m_p != ']') {
            lines.append(m_line);
            skipValue();
            skipWs();
            if (m_p < m_end && *m_p == ',')
                ++m_p;
        }
        return lines;
    }

private:
    // At '{': moves to the value of the "orders" member.
    bool findOrdersMember()
    {
        ++m_p;
        while (skipWs(), m_p < m_end && *m_p == '"') {
            const char* keyStart = m_p + 1;
            skipString();
            const bool isOrders = m_p - keyStart == 7 && std::string_view(keyStart, 6) == "orders";
            skipWs();
            if (m_p < m_end && *m_p == ':')
                ++m_p;
            skipWs();
            if (isOrders)
                return true;
            skipValue();
            skipWs();
            if (m_p < m_end && *m_p == ',')
                ++m_p;
        }
        return false;
    }
    void skipWs()
    {
        for (; m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'); ++m_p)
            if (*m_p == '\n')
                ++m_line;
    }
    void skipString() // at '"'; leaves m_p after the closing quote
    {
        for (++m_p; m_p < m_end && *m_p != '"'; ++m_p)
            if (*m_p == '\\' && m_p + 1 < m_end)
                ++m_p;
        if (m_p < m_end)
            ++m_p;
    }
    void skipValue()
    {
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                skipString();
                if (depth == 0)
                    return;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;
                if (--depth == 0) {
                    ++m_p;
                    return;
                }
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                return;
            } else if (c == '\n') {
                ++m_line;
            }
            ++m_p;
        }
    }

    const char* m_p;
    const char* m_end;
    int m_line = 1;
};

} // namespace

QList<int> jsonOrderLines(const QByteArray& text)
{
    return OrderScanner(text).run();
}

} // namespace pc::acceptance::detail
