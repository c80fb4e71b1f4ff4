#include "TariffService.h"

#include "db/tariff/BundledTariffs.h"
#include "domain/tariff/TariffEngine.h"
#include "domain/tariff/TariffParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTariffService, "pc.tariff.service")

namespace pc::services {

namespace {} // namespace

TariffService::TariffService(const db::Connection& connection, const Clock& clock, int utcOffsetMin)
    : m_repo(connection), m_clock(clock), m_utcOffsetMin(utcOffsetMin)
{}

QDate TariffService::localDate(const QDateTime& utc, int utcOffsetMin)
{
    return utc.toUTC().addSecs(qint64(utcOffsetMin) * 60).date();
}

Status TariffService::ensureTariffs()
{
    auto n = m_repo.count();
    if (!n)
        return n.error();
    if (*n > 0)
        return {};
    for (const auto& bundled : db::bundledTariffs()) {
        auto imported = m_repo.importVersion(bundled.content, m_clock.nowUtc());
        if (!imported)
            return Error{imported.error().code,
                         QCoreApplication::translate("TariffService",
                                                     "The bundled tariff %1 could not be imported: %2")
                             .arg(bundled.fileName, imported.error().message)};
        qCInfo(lcTariffService) << "imported bundled tariff" << imported->record.name;
    }
    m_recordsLoaded = false;
    return {};
}

Status TariffService::loadRecords()
{
    if (m_recordsLoaded)
        return {};
    auto list = m_repo.versions();
    if (!list)
        return list.error();
    m_records = *list;
    m_recordsLoaded = true;
    return {};
}

Result<std::shared_ptr<const tariff::TariffVersion>> TariffService::versionAt(QDate date)
{
    if (auto st = loadRecords(); !st)
        return st.error();
    const db::TariffVersionRecord* in = nullptr;
    for (const auto& r : m_records)
        if (r.effectiveFrom <= date)
            in = &r;
    if (!in)
        return Error{
            QStringLiteral("tariff.no_version"),
            QCoreApplication::translate("TariffService", "No tariff version is in force on %1: import one "
                                                         "with \"postcounter-cli tariff import FILE\".")
                .arg(date.toString(Qt::ISODate))};
    if (auto it = m_parsed.constFind(in->sha256); it != m_parsed.constEnd())
        return *it;
    auto stored = m_repo.effectiveAt(date);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error{
            QStringLiteral("tariff.no_version"),
            QCoreApplication::translate("TariffService", "The tariff version list changed; try again.")};
    auto parsed = tariff::parseTariff((*stored)->content);
    if (!parsed)
        return Error{parsed.error().code, QCoreApplication::translate(
                                              "TariffService", "The stored tariff \"%1\" cannot be read: %2")
                                              .arg((*stored)->record.name, parsed.error().message)};
    m_parsed.insert((*stored)->record.sha256, *parsed);
    return *parsed;
}

tariff::QuoteResult TariffService::quote(tariff::QuoteRequest request)
{
    if (!request.date.isValid())
        request.date = today();
    auto version = versionAt(request.date);
    if (!version) {
        tariff::QuoteResult r;
        r.quote.object = request.object;
        r.errors.append(version.error());
        return r;
    }
    return tariff::quote(request, **version);
}

Result<db::TariffImport> TariffService::importContent(const QByteArray& content,
                                                      tariff::TariffFileError* fileError)
{
    auto imported = m_repo.importVersion(content, m_clock.nowUtc(), fileError);
    if (imported && !imported->alreadyPresent)
        m_recordsLoaded = false;
    return imported;
}

Result<db::TariffImport> TariffService::importFile(const QString& path, tariff::TariffFileError* fileError)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("tariff.file_unreadable"),
                     QCoreApplication::translate("TariffService", "Cannot read the tariff file %1: %2")
                         .arg(path, f.errorString())};
    auto imported = importContent(f.readAll(), fileError);
    if (!imported && imported.error().code == QLatin1String("tariff.file_invalid"))
        return Error{imported.error().code, path + QStringLiteral(": ") + imported.error().message};
    return imported;
}

} // namespace pc::services
