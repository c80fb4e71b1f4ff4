#pragma once
// The counter's address book (address_book): customers seen at the counter, one row per person and
// address. remember() inserts or, for the same normalised name and address, bumps use_count and
// last_used_at and keeps the latest phone.
#include "db/Connection.h"
#include "domain/acceptance/Shipment.h"

#include <QDateTime>
#include <QList>

namespace pc::db {

struct AddressBookEntry {
    qint64 id = 0;
    acceptance::Address address;
    int useCount = 0;
    QDateTime lastUsedAtUtc;
};

class AddressBookRepository {
public:
    explicit AddressBookRepository(const Connection& c) : m_c(c) {}

    // Returns the entry's id (new or existing). The caller checks the address has a name.
    Result<qint64> remember(const acceptance::Address& address, const QDateTime& nowUtc);
    // Most recently used first.
    Result<QList<AddressBookEntry>> recent(int limit) const;
    // Entries whose name (or one of its words) starts with text, whose phone contains its digits, or
    // whose postcode starts with them; most used first.
    Result<QList<AddressBookEntry>> search(const QString& text, int limit) const;
    Result<std::optional<AddressBookEntry>> find(qint64 id) const;

    // The forms used for matching, exposed for tests: case-folded, ё→е, spacing collapsed; the phone as
    // its national digits (a leading 7 or 8 of an 11-digit Russian number dropped).
    static QString foldText(const QString& s);
    static QString phoneDigits(const QString& phone);
    static QString normalisedKey(const acceptance::Address& a);

private:
    const Connection& m_c;
};

} // namespace pc::db
