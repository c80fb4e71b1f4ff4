#include "AddressBook.h"

#include <QCoreApplication>

namespace pc::services {

AddressBook::AddressBook(const db::Connection& connection, const Clock& clock)
    : m_repo(connection), m_clock(clock)
{}

Result<qint64> AddressBook::remember(const acceptance::Address& address)
{
    if (address.name.trimmed().isEmpty() ||
        (address.postcode.trimmed().isEmpty() && address.place.trimmed().isEmpty()))
        return Error{QStringLiteral("address_book.incomplete"),
                     QCoreApplication::translate("AddressBook",
                                                 "An address book entry needs a name and a postcode or "
                                                 "settlement.")};
    return m_repo.remember(address, m_clock.nowUtc());
}

Result<QList<db::AddressBookEntry>> AddressBook::recent(int limit) const
{
    return m_repo.recent(limit);
}

Result<QList<db::AddressBookEntry>> AddressBook::search(const QString& text, int limit) const
{
    return m_repo.search(text, limit);
}

} // namespace pc::services
