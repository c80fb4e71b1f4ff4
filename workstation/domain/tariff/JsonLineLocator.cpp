#include "JsonLineLocator.h"

#include <cstring>

namespace pc::tariff {

namespace {

class Scanner {
public:
    explicit Scanner(const QByteArray& text) : m_p(text.constData()), m_end(text.constData() + text.size()) {}

    // At a value: descends along path[depth..]; returns the line of the deepest element found.
    int find(const JsonPath& path, std::size_t depth)
    {
        skipWs();
        const int here = m_line;
        if (depth == path.size() || m_p >= m_end)
            return here;
        const JsonPathSegment& seg = path[depth];
        if (*m_p == '{' && seg.key) {
            ++m_p;
            while (skipWs(), m_p < m_end && *m_p != '}') {
                const QByteArray key = readString();
                skipWs();
                if (m_p < m_end && *m_p == ':')
                    ++m_p;
                if (key == seg.key)
                    return find(path, depth + 1);
                skipValue();
                skipWs();
                if (m_p < m_end && *m_p == ',')
                    ++m_p;
            }
            return here;
        }
        if (*m_p == '[' && !seg.key) {
            ++m_p;
            for (int i = 0; skipWs(), m_p < m_end && *m_p != ']'; ++i) {
                if (i == seg.index)
                    return find(path, depth + 1);
                skipValue();
                skipWs();
                if (m_p < m_end && *m_p == ',')
                    ++m_p;
            }
        }
        return here;
    }

private:
    void skipWs()
    {
        for (; m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'); ++m_p)
            if (*m_p == '\n')
                ++m_line;
    }
    QByteArray readString()
    {
        QByteArray s;
        if (m_p >= m_end || *m_p != '"')
            return s;
        for (++m_p; m_p < m_end && *m_p != '"'; ++m_p) {
            if (*m_p == '\\' && m_p + 1 < m_end)
                ++m_p;
            s += *m_p;
        }
        if (m_p < m_end)
            ++m_p;
        return s;
    }
    void skipValue()
    {
        skipWs();
        if (m_p >= m_end)
            return;
        if (*m_p == '"') {
            readString();
            return;
        }
        if (*m_p == '{' || *m_p == '[') {
            int depth = 0;
            while (m_p < m_end) {
                const char c = *m_p;
                if (c == '"') {
                    readString();
                    continue;
                }
                if (c == '\n')
                    ++m_line;
                ++m_p;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return;
            }
            return;
        }
        while (m_p < m_end && !std::strchr(",}] \t\r\n", *m_p))
            ++m_p;
    }

    const char* m_p;
    const char* m_end;
    int m_line = 1;
};

} // namespace

QString jsonPathText(const JsonPath& path)
{
    QString s;
    for (const auto& seg : path) {
        if (seg.key) {
            if (!s.isEmpty())
                s += u'.';
            s += QLatin1String(seg.key);
        } else {
            s += u'[' + QString::number(seg.index) + u']';
        }
    }
    return s;
}

int jsonLineOf(const QByteArray& text, const JsonPath& path)
{
    return Scanner(text).find(path, 0);
}

void jsonLineColumn(const QByteArray& text, qsizetype offset, int* line, int* column)
{
    int l = 1, c = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++l;
            c = 1;
        } else {
            ++c;
        }
    }
    *line = l;
    *column = c;
}

} // namespace pc::tariff
