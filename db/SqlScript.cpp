#include "SqlScript.h"

namespace pc::db {

namespace {
bool wordAt(const QString& s, qsizetype i, QLatin1StringView w)
{
    if (i + w.size() > s.size() || (i > 0 && (s[i - 1].isLetterOrNumber() || s[i - 1] == u'_')))
        return false;
    if (QStringView(s).mid(i, w.size()).compare(w, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + w.size();
    return end == s.size() || !(s[end].isLetterOrNumber() || s[end] == u'_');
}
} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList out;
    QString cur;
    int depth = 0; // BEGIN … END nesting (triggers)
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (c == u'-' && i + 1 < script.size() && script[i + 1] == u'-') {
            while (i < script.size() && script[i] != u'\n')
                ++i;
            cur += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const QChar q = c;
            cur += c;
            for (++i; i < script.size(); ++i) {
                cur += script[i];
                if (script[i] == q)
                    break;
            }
            continue;
        }
        if (wordAt(script, i, QLatin1StringView("BEGIN"))) {
            ++depth;
        } else if (depth > 0 && wordAt(script, i, QLatin1StringView("END"))) {
            --depth;
        }
        if (c == u';' && depth == 0) {
            const QString stmt = cur.trimmed();
            if (!stmt.isEmpty())
                out << stmt;
            cur.clear();
            continue;
        }
        cur += c;
    }
    const QString tail = cur.trimmed();
    if (!tail.isEmpty())
        out << tail;
    return out;
}

} // namespace pc::db
