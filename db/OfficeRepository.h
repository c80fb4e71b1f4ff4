#pragma once
// The office this workstation belongs to and its counter windows.
#include "Connection.h"

#include <optional>

namespace pc::db {

struct OfficeRecord {
    QString postcode;
    QString name;
    QString region;
    int utcOffsetMin = 180;
};

struct CounterRecord {
    QString id;
    QString officePostcode;
    QString name;
};

class OfficeRepository {
public:
    explicit OfficeRepository(const Connection& c) : m_c(c) {}

    Status upsertOffice(const OfficeRecord& office);
    Result<std::optional<OfficeRecord>> office(const QString& postcode) const;
    Status upsertCounter(const CounterRecord& counter);
    Result<std::optional<CounterRecord>> counter(const QString& id) const;

private:
    const Connection& m_c;
};

} // namespace pc::db
