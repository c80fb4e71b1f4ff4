#pragma once
// The postcode directory at the counter: the clerk types the recipient's postcode first and gets the
// office, region and settlement, or a refusal that says what to do. Imports a directory file (keeping
// its good lines, reporting the bad ones) and seeds the shipped sample directory on an empty database.
#include "db/address/PostcodeDirectoryRepository.h"
#include "domain/Clock.h"
#include "domain/acceptance/PostcodeDirectoryFile.h"

namespace pc::services {

struct PostcodeInfo {
    QString postcode;
    QString officeName;
    QString region;
    QString settlement;
    acceptance::OfficeKind kind = acceptance::OfficeKind::Office;
    bool closed = false;
    bool sample = false; // from the shipped sample directory, not an official one
};

struct PostcodeImportReport {
    int imported = 0;
    QList<acceptance::PostcodeFileLineError> rejected; // line numbers of the file, ascending
    acceptance::PostcodeDirectoryFile::Format format = acceptance::PostcodeDirectoryFile::Format::PostCounter;
};

class PostcodeDirectory {
public:
    PostcodeDirectory(const db::Connection& connection, const Clock& clock);

    // Refusals: "postcode.format" (not six digits), "postcode.unknown" (not in the directory),
    // "postcode.closed" (the office is closed).
    Result<PostcodeInfo> lookup(const QString& postcode) const;
    // Open and closed offices whose postcode starts with prefix (digits only, 1–6 of them).
    Result<QList<PostcodeInfo>> search(const QString& prefix, int limit = 20) const;

    // "postcode.file_unreadable", "postcode.file_header", "postcode.file_empty" refuse the whole file;
    // bad lines are in the report and the good ones imported (replacing the same postcodes).
    Result<PostcodeImportReport> importFile(const QString& path);
    Result<PostcodeImportReport> importContent(const QByteArray& content, const QString& source);

    // Imports the shipped sample directory when the directory is empty; does nothing otherwise.
    Status ensureSample();
    Result<int> count() const { return m_repo.count(); }

    static constexpr const char* kSampleSource = db::PostcodeDirectoryRepository::kSampleSource;
    static constexpr const char* kSampleResource = ":/pc/postcodes/sample_postcodes.csv";

private:
    db::PostcodeDirectoryRepository m_repo;
    const Clock& m_clock;
};

} // namespace pc::services
