#pragma once
// The counter's address book of recent customers: remember() on every accepted item, so a regular
// sender is one pick away; recent() for the pick list, search() as the clerk types a name, a phone or
// a postcode.
#include "db/address/AddressBookRepository.h"
#include "domain/Clock.h"

namespace pc::services {

class AddressBook {
public:
    AddressBook(const db::Connection& connection, const Clock& clock);

    // "address_book.incomplete" when the address has no name, or neither a postcode nor a settlement.
    // Returns the entry id (the same one for the same person and address).
    Result<qint64> remember(const acceptance::Address& address);
    Result<QList<db::AddressBookEntry>> recent(int limit = 20) const;
    // Empty text → recent(limit).
    Result<QList<db::AddressBookEntry>> search(const QString& text, int limit = 20) const;

private:
    db::AddressBookRepository m_repo;
    const Clock& m_clock;
};

} // namespace pc::services
