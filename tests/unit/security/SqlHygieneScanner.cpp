#include "SqlHygieneScanner.h"

#include <QRegularExpression>
#include <algorithm>
#include <cctype>

namespace pc::securitytest {

namespace {

struct Literal {
    qsizetype begin = 0; // offset of the opening quote (or of R for a raw string)
    qsizetype end = 0;   // offset just past the closing quote
    QByteArray text;
};

// The string literals of a C++ file, comments and character literals skipped.
QList<Literal> literals(const QByteArray& s)
{
    QList<Literal> out;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const char c = s[i];
        if (c == '/' && i + 1 < n && s[i + 1] == '/') {
            while (i < n && s[i] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            const qsizetype e = s.indexOf("*/", i + 2);
            i = e < 0 ? n : e + 2;
        } else if (c == '\'') {
            ++i;
            while (i < n && s[i] != '\'') {
                if (s[i] == '\\')
                    ++i;
                ++i;
            }
            ++i;
        } else if (c == 'R' && i + 1 < n && s[i + 1] == '"' &&
                   (i == 0 || !(std::isalnum(uchar(s[i - 1])) || s[i - 1] == '_') || s[i - 1] == 'u' ||
                    s[i - 1] == '8' || s[i - 1] == 'L')) {
            const qsizetype open = s.indexOf('(', i + 2);
            if (open < 0)
                break;
            const QByteArray close = ')' + s.mid(i + 2, open - i - 2) + '"';
            const qsizetype e = s.indexOf(close, open + 1);
            const qsizetype stop = e < 0 ? n : e + close.size();
            out.push_back({i, stop, s.mid(open + 1, (e < 0 ? n : e) - open - 1)});
            i = stop;
        } else if (c == '"') {
            Literal l;
            l.begin = i++;
            while (i < n && s[i] != '"') {
                if (s[i] == '\\' && i + 1 < n) {
                    l.text += s[i + 1] == '"' ? '"' : s[i + 1];
                    i += 2;
                    continue;
                }
                l.text += s[i++];
            }
            l.end = ++i;
            out.push_back(l);
        } else {
            ++i;
        }
    }
    return out;
}

bool onlySpace(const QByteArray& s, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        if (!std::isspace(uchar(s[i])))
            return false;
    return true;
}

// The balanced-parenthesis argument that starts at s[open] == '('; *close gets the offset past ')'.
QByteArray argumentAt(const QByteArray& s, qsizetype open, qsizetype* close)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        if (s[i] == '(')
            ++depth;
        else if (s[i] == ')' && --depth == 0) {
            *close = i + 1;
            return s.mid(open + 1, i - open - 1).simplified();
        }
    }
    *close = s.size();
    return s.mid(open + 1).simplified();
}

QByteArray argumentAtOffset(const QByteArray& s, qsizetype open)
{
    qsizetype close = 0;
    return argumentAt(s, open, &close);
}

// The operand after a + or % at s[at]: up to the next operator, comma or unbalanced ')'.
QByteArray operandAfter(const QByteArray& s, qsizetype at)
{
    int depth = 0;
    qsizetype i = at + 1;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '(')
            ++depth;
        else if (c == ')' && depth-- == 0)
            break;
        else if (depth == 0 && (c == ',' || c == ';' || c == '+' || c == '%'))
            break;
    }
    return s.mid(at + 1, i - at - 1).simplified();
}

int lineOf(const QByteArray& s, qsizetype offset)
{
    return int(s.left(offset).count('\n')) + 1;
}

const QRegularExpression& sqlText()
{
    // Statements as the code writes them: keywords in capitals, with what makes them statements.
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(SELECT\\b[\\s\\S]*\\bFROM\\b|SELECT\\s+(pg_|setval|COUNT|1\\b)|INSERT\\s+INTO\\b|"
        "UPDATE\\s+\\w+\\s+SET\\b|DELETE\\s+FROM\\b|(CREATE|DROP|ALTER)\\s+(TABLE|INDEX|VIEW)\\b|"
        "WITH\\s+\\w+\\s+AS\\b|PRAGMA\\s+\\w+|VACUUM\\b)"));
    return re;
}

// Splits "a, f(b, c), d" at its top-level commas.
QList<QByteArray> topLevelArgs(const QByteArray& args)
{
    QList<QByteArray> out;
    int depth = 0;
    bool quoted = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const char c = args[i];
        if (c == '"' && (i == 0 || args[i - 1] != '\\'))
            quoted = !quoted;
        else if (!quoted && (c == '(' || c == '{'))
            ++depth;
        else if (!quoted && (c == ')' || c == '}'))
            --depth;
        else if (!quoted && depth == 0 && c == ',') {
            out << args.mid(from, i - from).trimmed();
            from = i + 1;
        }
    }
    out << args.mid(from).trimmed();
    return out;
}

// Constant text: a literal, an empty QString, or a file constant kName initialised from a literal
// (the repositories' column lists), or a choice between such texts (cond ? A : B).
bool isConstantText(const QByteArray& expr, const QByteArray& file)
{
    static const QRegularExpression literal(
        QStringLiteral("^((QStringLiteral|QLatin1String|QLatin1StringView|QString)\\(\\s*\"[^\"]*\"\\s*\\)|"
                       "\"[^\"]*\"|QString\\(\\))$"));
    static const QRegularExpression constantName(QStringLiteral("^k[A-Z]\\w*$"));
    const QString e = QString::fromUtf8(expr.trimmed());
    if (literal.match(e).hasMatch())
        return true;
    if (constantName.match(e).hasMatch()) {
        const QRegularExpression decl(
            QStringLiteral("const\\s+QString\\s+%1\\s*=\\s*QStringLiteral\\(").arg(e));
        return decl.match(QString::fromUtf8(file)).hasMatch();
    }
    const qsizetype q = expr.indexOf('?');
    const qsizetype colon = expr.lastIndexOf(':');
    if (q > 0 && colon > q && expr.mid(colon - 1, 2) != "::")
        return isConstantText(expr.mid(q + 1, colon - q - 1), file) &&
               isConstantText(expr.mid(colon + 1), file);
    return false;
}

} // namespace

QList<SqlFinding> scanSource(const QString& relPath, const QByteArray& content)
{
    QList<SqlFinding> out;
    const bool inDb = relPath.startsWith(QStringLiteral("db/"));
    if (!inDb) {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*<QSql"),
                                                QRegularExpression::MultilineOption);
        const QString text = QString::fromUtf8(content);
        for (auto it = include.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out.push_back({relPath,
                           int(text.left(m.capturedStart()).count(u'\n')) + 1,
                           QStringLiteral("qtsql-outside-db"),
                           {},
                           m.captured().trimmed()});
        }
    }

    const QList<Literal> all = literals(content);
    for (qsizetype k = 0; k < all.size();) {
        // Adjacent literals are one string to the compiler.
        qsizetype last = k;
        QByteArray joined = all[k].text;
        while (last + 1 < all.size() && onlySpace(content, all[last].end, all[last + 1].begin)) {
            ++last;
            joined += all[last].text;
        }
        const qsizetype begin = all[k].begin, end = all[last].end;
        k = last + 1;
        const QString sql = QString::fromUtf8(joined);
        if (!sqlText().match(sql).hasMatch())
            continue;
        const int line = lineOf(content, begin);
        const QString shortSql = sql.simplified().left(80);
        if (!inDb) {
            out.push_back({relPath, line, QStringLiteral("sql-outside-db"), {}, shortSql});
            continue;
        }
        // After the literal: its wrapper's ')' (QStringLiteral(…), QString(…)), then .arg or + / %.
        qsizetype i = end;
        auto skipSpace = [&] {
            while (i < content.size() && std::isspace(uchar(content[i])))
                ++i;
        };
        skipSpace();
        if (i < content.size() && content[i] == ')') {
            ++i;
            skipSpace();
        }
        while (i < content.size()) {
            if (content.mid(i, 5) == ".arg(") {
                qsizetype close = 0;
                const QByteArray arg = argumentAt(content, i + 4, &close);
                const QList<QByteArray> parts = topLevelArgs(arg);
                if (!std::all_of(parts.cbegin(), parts.cend(),
                                 [&](const QByteArray& a) { return isConstantText(a, content); }))
                    out.push_back({relPath, line, QStringLiteral("string-built-sql"),
                                   QStringLiteral(".arg(%1)").arg(QString::fromUtf8(arg)), shortSql});
                i = close; // a chained .arg(…).arg(…) is read on the next turn
                skipSpace();
                continue;
            }
            if (content[i] == '+' || content[i] == '%') {
                const QByteArray operand = operandAfter(content, i);
                // Another literal (QStringLiteral("…") or "…") is constant text, not a run-time value.
                static const QRegularExpression constant(
                    QStringLiteral("^(QStringLiteral|QLatin1String|QLatin1StringView|QString|u8?)?\\(?\\s*\"["
                                   "^\"]*\"\\s*\\)?$"));
                if (!constant.match(QString::fromUtf8(operand)).hasMatch())
                    out.push_back({relPath, line, QStringLiteral("string-built-sql"),
                                   QStringLiteral("+ %1").arg(QString::fromUtf8(operand)), shortSql});
            }
            break;
        }
        // Before the literal: "x + QStringLiteral(" or "x + \"".
        qsizetype j = begin - 1;
        while (j >= 0 && std::isspace(uchar(content[j])))
            --j;
        for (const QByteArray& wrapper : {QByteArray("QStringLiteral("), QByteArray("QString("),
                                          QByteArray("QLatin1String("), QByteArray("QLatin1StringView(")}) {
            if (j + 1 >= wrapper.size() && content.mid(j + 1 - wrapper.size(), wrapper.size()) == wrapper) {
                j -= wrapper.size();
                break;
            }
        }
        while (j >= 0 && std::isspace(uchar(content[j])))
            --j;
        if (j >= 0 && (content[j] == '+' || content[j] == '%') && (j == 0 || content[j - 1] != '+'))
            out.push_back(
                {relPath, line, QStringLiteral("string-built-sql"),
                 QStringLiteral("%1 + (before)")
                     .arg(QString::fromUtf8(content.mid(qMax<qsizetype>(0, j - 30), 30).simplified())),
                 shortSql});
        // "QString sql = QStringLiteral(\"SELECT …\");" and later "sql += x" or "sql.append(x)".
        if (j >= 0 && content[j] == '=' && j > 0 && content[j - 1] != '=' && content[j - 1] != '!') {
            qsizetype e = j - 1;
            while (e >= 0 && std::isspace(uchar(content[e])))
                --e;
            qsizetype b = e;
            while (b >= 0 && (std::isalnum(uchar(content[b])) || content[b] == '_'))
                --b;
            const QByteArray var = content.mid(b + 1, e - b);
            // Byte offsets throughout: the file is UTF-8 and the literal offsets are bytes too.
            for (qsizetype at = var.isEmpty() ? -1 : content.indexOf(var, end); at >= 0;
                 at = content.indexOf(var, at + var.size())) {
                const auto word = [&](qsizetype p) {
                    return p >= 0 && p < content.size() &&
                           (std::isalnum(uchar(content[p])) || content[p] == '_');
                };
                if (word(at - 1) || word(at + var.size()))
                    continue;
                qsizetype k2 = at + var.size();
                while (k2 < content.size() && std::isspace(uchar(content[k2])))
                    ++k2;
                QByteArray how, operand;
                if (content.mid(k2, 2) == "+=") {
                    how = "+=";
                    operand = operandAfter(content, k2 + 1);
                } else if (content.mid(k2, 8) == ".append(" || content.mid(k2, 9) == ".prepend(") {
                    how = content.mid(k2, content.indexOf('(', k2) - k2);
                    operand = argumentAtOffset(content, content.indexOf('(', k2));
                } else {
                    continue;
                }
                if (!isConstantText(operand, content))
                    out.push_back(
                        {relPath, lineOf(content, at), QStringLiteral("string-built-sql"),
                         QStringLiteral("%1 %2 %3")
                             .arg(QString::fromUtf8(var), QString::fromUtf8(how), QString::fromUtf8(operand)),
                         shortSql});
            }
        }
    }
    return out;
}

} // namespace pc::securitytest
