#pragma once
// The postcode directory table (postcode_office). An import replaces or inserts rows in ONE
// transaction with one prepared statement, so a 50 000-line directory loads in well under a second
// and a failure leaves the previous directory as it was.
#include "db/Connection.h"
#include "domain/acceptance/PostcodeDirectoryFile.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pc::db {

struct PostcodeOfficeRecord {
    acceptance::PostcodeOffice office;
    QString source; // "sample" for the shipped sample directory, else the imported file's name
    QDateTime importedAtUtc;
};

class PostcodeDirectoryRepository {
public:
    static constexpr const char* kSampleSource = "sample";

    explicit PostcodeDirectoryRepository(const Connection& c) : m_c(c) {}

    Result<std::optional<PostcodeOfficeRecord>> lookup(const QString& postcode) const;
    // Postcodes starting with prefix (digits only, up to 6), ascending, at most limit rows.
    Result<QList<PostcodeOfficeRecord>> searchPrefix(const QString& prefix, int limit) const;
    // Replace-or-insert each office; returns how many rows were written. Importing any other source
    // first removes the rows of the sample directory, so sample offices never mix with real ones.
    Result<int> importOffices(const QList<acceptance::PostcodeOffice>& offices, const QString& source,
                              const QDateTime& nowUtc);
    Result<int> count() const;

private:
    const Connection& m_c;
};

} // namespace pc::db
