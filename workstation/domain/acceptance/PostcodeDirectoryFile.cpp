#include "PostcodeDirectoryFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace pc::acceptance {

namespace {

// One CSV record on one line: fields separated by sep, optionally in double quotes ("" inside quotes is
// a quote). nullopt when a quote is left open.
std::optional<QStringList> splitRecord(QStringView line, QChar sep)
{
    QStringList fields;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"' && cur.trimmed().isEmpty()) {
            cur.clear();
            quoted = true;
        } else if (c == sep) {
            fields << cur.trimmed();
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields << cur.trimmed();
    return fields;
}

// Where each value sits in a record; -1 = not in this file.
struct Columns {
    PostcodeDirectoryFile::Format format = PostcodeDirectoryFile::Format::PostCounter;
    int postcode = -1;
    int officeName = -1;
    int region = -1;
    QList<int> settlement; // the first non-empty one wins (PIndx: CITY, then CITY_1)
    int kind = -1;
};

std::optional<Columns> columnsFrom(const QStringList& header)
{
    QHash<QString, int> at;
    for (int i = 0; i < header.size(); ++i)
        at.insert(header[i].trimmed().toLower(), i);
    Columns c;
    if (at.contains(QStringLiteral("postcode")) && at.contains(QStringLiteral("office_name"))) {
        c.postcode = at.value(QStringLiteral("postcode"));
        c.officeName = at.value(QStringLiteral("office_name"));
        c.region = at.value(QStringLiteral("region"), -1);
        if (at.contains(QStringLiteral("settlement")))
            c.settlement << at.value(QStringLiteral("settlement"));
        c.kind = at.value(QStringLiteral("kind"), -1);
        return c;
    }
    if (at.contains(QStringLiteral("index")) && at.contains(QStringLiteral("opsname"))) {
        c.format = PostcodeDirectoryFile::Format::PIndx;
        c.postcode = at.value(QStringLiteral("index"));
        c.officeName = at.value(QStringLiteral("opsname"));
        c.region = at.value(QStringLiteral("region"), -1);
        for (const char* name : {"city", "city_1"})
            if (at.contains(QLatin1String(name)))
                c.settlement << at.value(QLatin1String(name));
        return c;
    }
    return std::nullopt;
}

QString field(const QStringList& fields, int index)
{
    return index >= 0 && index < fields.size() ? fields[index] : QString();
}

} // namespace

QString officeKindCode(OfficeKind kind)
{
    switch (kind) {
    case OfficeKind::Office:
        return QStringLiteral("office");
    case OfficeKind::PoBox:
        return QStringLiteral("po_box");
    case OfficeKind::Mobile:
        return QStringLiteral("mobile");
    case OfficeKind::Seasonal:
        return QStringLiteral("seasonal");
    case OfficeKind::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("office");
}

std::optional<OfficeKind> officeKindFromCode(const QString& code)
{
    for (OfficeKind k : {OfficeKind::Office, OfficeKind::PoBox, OfficeKind::Mobile, OfficeKind::Seasonal,
                         OfficeKind::Closed})
        if (officeKindCode(k) == code)
            return k;
    return std::nullopt;
}

bool isDomesticPostcode(const QString& postcode)
{
    if (postcode.size() != 6)
        return false;
    for (QChar c : postcode)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Result<PostcodeDirectoryFile> parsePostcodeDirectory(const QByteArray& content)
{
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    const QList<QStringView> lines = QStringView(text).split(u'\n');

    PostcodeDirectoryFile file;
    std::optional<Columns> columns;
    QChar sep = u';';
    QHash<QString, int> seenOnLine;
    auto reject = [&](int line, QString reason) { file.rejected.push_back({line, std::move(reason)}); };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (line.contains(QChar(QChar::ReplacementCharacter))) {
            reject(lineNo, QCoreApplication::translate("PostcodeDirectoryFile",
                                                       "the line is not UTF-8 text; save the file as UTF-8"));
            continue;
        }
        if (!columns) {
            sep = line.contains(u';') ? u';' : u',';
            const auto header = splitRecord(line, sep);
            columns = header ? columnsFrom(*header) : std::nullopt;
            if (!columns)
                return Error{QStringLiteral("postcode.file_header"),
                             QCoreApplication::translate(
                                 "PostcodeDirectoryFile",
                                 "Line %1 is not a postcode directory header: expected "
                                 "\"postcode;office_name;region;settlement[;kind]\" or Russian Post's "
                                 "\"INDEX;OPSNAME;…;REGION;…;CITY\".")
                                 .arg(lineNo)};
            file.format = columns->format;
            continue;
        }
        const auto fields = splitRecord(line, sep);
        if (!fields) {
            reject(lineNo,
                   QCoreApplication::translate("PostcodeDirectoryFile", "a quoted field is not closed"));
            continue;
        }
        PostcodeOffice o;
        o.postcode = field(*fields, columns->postcode);
        if (!isDomesticPostcode(o.postcode)) {
            reject(lineNo,
                   QCoreApplication::translate("PostcodeDirectoryFile", "postcode '%1' must have 6 digits")
                       .arg(o.postcode));
            continue;
        }
        o.officeName = field(*fields, columns->officeName);
        if (o.officeName.isEmpty()) {
            reject(lineNo, QCoreApplication::translate("PostcodeDirectoryFile",
                                                       "office name is missing for postcode %1")
                               .arg(o.postcode));
            continue;
        }
        o.region = field(*fields, columns->region);
        for (int at : columns->settlement) {
            o.settlement = field(*fields, at);
            if (!o.settlement.isEmpty())
                break;
        }
        // PIndx leaves CITY empty for the federal cities (Moscow, St Petersburg): the region is the city.
        if (o.settlement.isEmpty() && columns->format == PostcodeDirectoryFile::Format::PIndx)
            o.settlement = o.region;
        const QString kind = field(*fields, columns->kind).toLower();
        if (!kind.isEmpty()) {
            const auto k = officeKindFromCode(kind);
            if (!k) {
                reject(lineNo, QCoreApplication::translate(
                                   "PostcodeDirectoryFile",
                                   "kind '%1' is not one of office, po_box, mobile, seasonal, closed")
                                   .arg(kind));
                continue;
            }
            o.kind = *k;
            o.closed = *k == OfficeKind::Closed;
        }
        if (const auto it = seenOnLine.constFind(o.postcode); it != seenOnLine.constEnd()) {
            reject(lineNo, QCoreApplication::translate("PostcodeDirectoryFile",
                                                       "duplicate postcode %1 (already on line %2)")
                               .arg(o.postcode)
                               .arg(*it));
            continue;
        }
        seenOnLine.insert(o.postcode, lineNo);
        file.offices.push_back(std::move(o));
    }
    if (!columns)
        return Error{QStringLiteral("postcode.file_empty"),
                     QCoreApplication::translate(
                         "PostcodeDirectoryFile",
                         "The postcode directory file is empty: it needs a header line and one line per "
                         "postcode.")};
    return file;
}

} // namespace pc::acceptance
