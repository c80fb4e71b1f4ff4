#pragma once
// Tariff versions stored in the database. Import validates the whole file with the domain parser
// before touching the database, so a malformed file is refused (with its line and reason) and the
// versions already there stay as they were.
#include "db/Connection.h"
#include "domain/tariff/TariffParser.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace pc::db {

struct TariffVersionRecord {
    qint64 id = 0;
    QString name;
    QDate effectiveFrom;
    bool sample = false;
    QString sha256; // hex of the file's bytes
    QDateTime importedAtUtc;
};

struct StoredTariff {
    TariffVersionRecord record;
    QByteArray content;
};

struct TariffImport {
    TariffVersionRecord record;
    bool alreadyPresent = false; // the same file (same name and hash) was imported before: nothing done
};

class TariffRepository {
public:
    explicit TariffRepository(const Connection& c) : m_c(c) {}

    // Refusals: "tariff.file_invalid" (line and reason; *fileError filled), "tariff.name_taken" (same
    // name, different content), "tariff.date_taken" (another version already starts that day).
    Result<TariffImport> importVersion(const QByteArray& content, const QDateTime& nowUtc,
                                       tariff::TariffFileError* fileError = nullptr);
    Result<QList<TariffVersionRecord>> versions() const; // ascending effective_from
    // The version in force on date (the latest effective_from <= date), if any.
    Result<std::optional<StoredTariff>> effectiveAt(QDate date) const;
    Result<int> count() const;

private:
    const Connection& m_c;
};

} // namespace pc::db
