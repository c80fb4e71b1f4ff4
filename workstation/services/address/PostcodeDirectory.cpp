#include "PostcodeDirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPostcodes, "pc.address.postcodes")

namespace pc::services {

namespace {

PostcodeInfo infoFrom(const db::PostcodeOfficeRecord& r)
{
    return {r.office.postcode,
            r.office.officeName,
            r.office.region,
            r.office.settlement,
            r.office.kind,
            r.office.closed,
            r.source == QLatin1String(PostcodeDirectory::kSampleSource)};
}

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

PostcodeDirectory::PostcodeDirectory(const db::Connection& connection, const Clock& clock)
    : m_repo(connection), m_clock(clock)
{}

Result<PostcodeInfo> PostcodeDirectory::lookup(const QString& postcodeIn) const
{
    const QString postcode = postcodeIn.trimmed();
    if (!acceptance::isDomesticPostcode(postcode))
        return Error{QStringLiteral("postcode.format"),
                     QCoreApplication::translate(
                         "PostcodeDirectory", "Postcode '%1' must have 6 digits: check it with the customer.")
                         .arg(postcode)};
    auto found = m_repo.lookup(postcode);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("postcode.unknown"),
                     QCoreApplication::translate(
                         "PostcodeDirectory",
                         "Postcode %1 is not in the directory: check it with the customer or import the "
                         "current directory (admin guide).")
                         .arg(postcode)};
    const PostcodeInfo info = infoFrom(**found);
    if (info.closed)
        return Error{QStringLiteral("postcode.closed"),
                     QCoreApplication::translate(
                         "PostcodeDirectory",
                         "Postcode %1 (%2) belongs to a closed office: mail is not delivered there; ask the "
                         "customer for the current postcode.")
                         .arg(postcode, info.officeName)};
    return info;
}

Result<QList<PostcodeInfo>> PostcodeDirectory::search(const QString& prefixIn, int limit) const
{
    const QString prefix = prefixIn.trimmed();
    if (prefix.isEmpty() || prefix.size() > 6 || !allDigits(prefix))
        return Error{QStringLiteral("postcode.format"),
                     QCoreApplication::translate(
                         "PostcodeDirectory",
                         "Search the directory by the first 1 to 6 digits of a postcode, not '%1'.")
                         .arg(prefix)};
    auto rows = m_repo.searchPrefix(prefix, limit);
    if (!rows)
        return rows.error();
    QList<PostcodeInfo> list;
    list.reserve(rows->size());
    for (const auto& r : *rows)
        list.push_back(infoFrom(r));
    return list;
}

Result<PostcodeImportReport> PostcodeDirectory::importFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("postcode.file_unreadable"),
            QCoreApplication::translate("PostcodeDirectory", "Cannot read the postcode directory file %1: %2")
                .arg(path, f.errorString())};
    return importContent(f.readAll(), QFileInfo(path).fileName());
}

Result<PostcodeImportReport> PostcodeDirectory::importContent(const QByteArray& content,
                                                              const QString& source)
{
    auto parsed = acceptance::parsePostcodeDirectory(content);
    if (!parsed)
        return parsed.error();
    PostcodeImportReport report;
    report.rejected = parsed->rejected;
    report.format = parsed->format;
    if (!parsed->offices.isEmpty()) {
        auto written = m_repo.importOffices(parsed->offices, source, m_clock.nowUtc());
        if (!written)
            return written.error();
        report.imported = *written;
    }
    qCInfo(lcPostcodes) << "imported" << report.imported << "postcodes from" << source << "rejected"
                        << report.rejected.size() << "lines";
    return report;
}

Status PostcodeDirectory::ensureSample()
{
    auto n = m_repo.count();
    if (!n)
        return n.error();
    if (*n > 0)
        return {};
    QFile f(QString::fromLatin1(kSampleResource));
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("postcode.sample_missing"),
            QCoreApplication::translate("PostcodeDirectory",
                                        "The sample postcode directory is missing from this build (%1).")
                .arg(QString::fromLatin1(kSampleResource))};
    auto report = importContent(f.readAll(), QString::fromLatin1(kSampleSource));
    if (!report)
        return report.error();
    if (!report->rejected.isEmpty())
        qCWarning(lcPostcodes) << "sample directory line" << report->rejected.first().line
                               << report->rejected.first().reason;
    return {};
}

} // namespace pc::services
