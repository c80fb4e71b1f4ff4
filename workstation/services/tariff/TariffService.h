#pragma once
// Prices items for the counter: picks the tariff version in force on the office's local date, keeps
// parsed versions in memory (a quote is then a pure in-memory computation), imports new tariff files
// and, on a database with none, the bundled sample tariff.
#include "db/tariff/TariffRepository.h"
#include "domain/Clock.h"
#include "domain/tariff/Quote.h"
#include "domain/tariff/TariffVersion.h"

#include <QHash>
#include <memory>

namespace pc::services {

class TariffService {
public:
    TariffService(const db::Connection& connection, const Clock& clock, int utcOffsetMin = 180);

    // Imports the bundled sample tariff(s) when the database holds no tariff version yet.
    Status ensureTariffs();

    // The office's local date now, and of any UTC instant (the tariff day changes at local midnight).
    QDate today() const { return localDate(m_clock.nowUtc(), m_utcOffsetMin); }
    static QDate localDate(const QDateTime& utc, int utcOffsetMin);

    // "tariff.no_version" when no version takes effect on or before date.
    Result<std::shared_ptr<const tariff::TariffVersion>> versionAt(QDate date);

    // Prices the request on request.date, or today when it has none.
    tariff::QuoteResult quote(tariff::QuoteRequest request);

    Result<db::TariffImport> importFile(const QString& path, tariff::TariffFileError* fileError = nullptr);
    Result<db::TariffImport> importContent(const QByteArray& content,
                                           tariff::TariffFileError* fileError = nullptr);
    Result<QList<db::TariffVersionRecord>> versions() const { return m_repo.versions(); }

    // Forget the cached version list (another process imported a version); parsed versions are kept,
    // they are keyed by content hash.
    void reload() { m_recordsLoaded = false; }

private:
    Status loadRecords();

    db::TariffRepository m_repo;
    const Clock& m_clock;
    int m_utcOffsetMin;
    bool m_recordsLoaded = false;
    QList<db::TariffVersionRecord> m_records;                              // ascending effective_from
    QHash<QString, std::shared_ptr<const tariff::TariffVersion>> m_parsed; // by content hash
};

} // namespace pc::services
