// The counter's address book on a real SQLite file: the same customer typed differently is one entry
// whose use_count grows, recent() is most-recent-first, search() finds by name (any word, ё = е), by
// phone digits however they were typed, and by postcode prefix.
#include "../../support/TestDatabase.h"
#include "db/Connection.h"
#include "services/address/AddressBook.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using acceptance::Address;

namespace {

Address person(const char* name, const char* postcode, const char* place, const char* street,
               const char* house, const char* phone = "")
{
    Address a;
    a.name = QString::fromUtf8(name);
    a.postcode = QString::fromUtf8(postcode);
    a.place = QString::fromUtf8(place);
    a.street = QString::fromUtf8(street);
    a.house = QString::fromUtf8(house);
    a.phone = QString::fromUtf8(phone);
    return a;
}

QStringList names(const QList<db::AddressBookEntry>& list)
{
    QStringList n;
    for (const auto& e : list)
        n << e.address.name;
    return n;
}

} // namespace

class TestAddressBook : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sameCustomerIsOneEntry();
    void differentAddressIsAnotherEntry();
    void recentIsMostRecentFirst();
    void searchByNameWords();
    void searchByPhoneAndPostcode();
    void incompleteRefused();
    void normalisation();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<db::Connection> m_conn;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
};

void TestAddressBook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto c = db::openSqlite({pc::testing::orPostgres(m_dir->filePath(QStringLiteral("t.db")))});
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    m_conn.emplace(std::move(*c));
}

void TestAddressBook::cleanup()
{
    m_conn.reset();
    m_dir.reset();
}

void TestAddressBook::sameCustomerIsOneEntry()
{
    services::AddressBook book(*m_conn, m_clock);
    const auto first = book.remember(
        person("Иванов Иван Иванович", "101000", "Москва", "ул. Мясницкая", "26", "+7 916 000-00-01"));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    m_clock.advanceSecs(3600);
    // Same person, typed with other case and spacing, a new phone; no phone given keeps the last one.
    const auto second = book.remember(
        person("иванов  ИВАН иванович", "101000", "москва", "ул.  мясницкая", "26", "8 916 000 00 02"));
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QCOMPARE(*second, *first);
    m_clock.advanceSecs(3600);
    const auto third =
        book.remember(person("Иванов Иван Иванович", "101000", "Москва", "ул. Мясницкая", "26"));
    QVERIFY2(third, third ? "" : qPrintable(third.error().message));
    QCOMPARE(*third, *first);

    const auto all = book.recent(10);
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    const auto& e = all->first();
    QCOMPARE(e.useCount, 3);
    QCOMPARE(e.lastUsedAtUtc, QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    QCOMPARE(e.address.phone, QStringLiteral("8 916 000 00 02"));
    QCOMPARE(e.address.name, QStringLiteral("Иванов Иван Иванович")); // as typed last
    QCOMPARE(e.address.street, QStringLiteral("ул. Мясницкая"));
    QCOMPARE(e.address.country, QStringLiteral("RU"));
}

void TestAddressBook::differentAddressIsAnotherEntry()
{
    services::AddressBook book(*m_conn, m_clock);
    const auto a = book.remember(person("Петрова Анна", "190000", "Санкт-Петербург", "Невский пр.", "1"));
    const auto b = book.remember(person("Петрова Анна", "190000", "Санкт-Петербург", "Невский пр.", "2"));
    Address poBox = person("Петрова Анна", "190000", "Санкт-Петербург", "", "");
    poBox.type = acceptance::AddressType::PoBox;
    poBox.room = QStringLiteral("а/я 15");
    const auto c = book.remember(poBox);
    QVERIFY(a && b && c);
    QVERIFY(*a != *b);
    QVERIFY(*c != *a && *c != *b);
    const auto list = book.recent(10);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->first().address.type, acceptance::AddressType::PoBox);
    QCOMPARE(list->first().address.room, QStringLiteral("а/я 15"));
}

void TestAddressBook::recentIsMostRecentFirst()
{
    services::AddressBook book(*m_conn, m_clock);
    QVERIFY(book.remember(person("Алексеев А.", "630099", "Новосибирск", "Красный пр.", "5")));
    m_clock.advanceSecs(60);
    QVERIFY(book.remember(person("Борисова Б.", "620014", "Екатеринбург", "ул. Ленина", "39")));
    m_clock.advanceSecs(60);
    QVERIFY(book.remember(person("Васильев В.", "690000", "Владивосток", "Светланская ул.", "41")));
    m_clock.advanceSecs(60);
    QVERIFY(book.remember(person("Алексеев А.", "630099", "Новосибирск", "Красный пр.", "5")));
    QCOMPARE(names(*book.recent(10)),
             (QStringList{QStringLiteral("Алексеев А."), QStringLiteral("Васильев В."),
                          QStringLiteral("Борисова Б.")}));
    QCOMPARE(names(*book.recent(2)),
             (QStringList{QStringLiteral("Алексеев А."), QStringLiteral("Васильев В.")}));
}

void TestAddressBook::searchByNameWords()
{
    services::AddressBook book(*m_conn, m_clock);
    QVERIFY(book.remember(person("Сидоров Пётр", "101000", "Москва", "ул. Мясницкая", "1")));
    QVERIFY(book.remember(person("ООО «Ромашка»", "420000", "Казань", "ул. Баумана", "10")));
    QVERIFY(book.remember(person("Сидорова Мария", "190000", "Санкт-Петербург", "Невский пр.", "3")));
    QVERIFY(book.remember(person("Сидорова Мария", "190000", "Санкт-Петербург", "Невский пр.", "3")));

    // Most used first: Сидорова twice.
    QCOMPARE(names(*book.search(QStringLiteral("сидор"))),
             (QStringList{QStringLiteral("Сидорова Мария"), QStringLiteral("Сидоров Пётр")}));
    QCOMPARE(names(*book.search(QStringLiteral("петр"))),
             QStringList{QStringLiteral("Сидоров Пётр")}); // ё = е
    QCOMPARE(names(*book.search(QStringLiteral("МАРИЯ"))), QStringList{QStringLiteral("Сидорова Мария")});
    QCOMPARE(names(*book.search(QStringLiteral("ооо"))), QStringList{QStringLiteral("ООО «Ромашка»")});
    QVERIFY(book.search(QStringLiteral("ария"))->isEmpty());  // inside a word is not a match
    QVERIFY(book.search(QStringLiteral("100%_"))->isEmpty()); // wildcards are text
    QCOMPARE(book.search(QString())->size(), 3);              // nothing typed: the recent list
}

void TestAddressBook::searchByPhoneAndPostcode()
{
    services::AddressBook book(*m_conn, m_clock);
    QVERIFY(book.remember(
        person("Кузнецов К.", "630099", "Новосибирск", "ул. Ленина", "1", "8 (916) 123-45-67")));
    QVERIFY(book.remember(person("Орлова О.", "101000", "Москва", "ул. Ильинка", "2", "+7 495 765 43 21")));

    for (const char* typed : {"+7 916 123", "89161234567", "916-123-45", "4567"})
        QCOMPARE(names(*book.search(QString::fromUtf8(typed))), QStringList{QStringLiteral("Кузнецов К.")});
    QCOMPARE(names(*book.search(QStringLiteral("7654321"))), QStringList{QStringLiteral("Орлова О.")});
    QCOMPARE(names(*book.search(QStringLiteral("6300"))), QStringList{QStringLiteral("Кузнецов К.")});
    QCOMPARE(names(*book.search(QStringLiteral("101000"))), QStringList{QStringLiteral("Орлова О.")});
}

void TestAddressBook::incompleteRefused()
{
    services::AddressBook book(*m_conn, m_clock);
    const auto noName = book.remember(person("  ", "101000", "Москва", "", ""));
    QVERIFY(!noName);
    QCOMPARE(noName.error().code, QStringLiteral("address_book.incomplete"));
    const auto nowhere = book.remember(person("Иванов", "", "", "ул. Ленина", "1"));
    QVERIFY(!nowhere);
    QCOMPARE(book.recent(10)->size(), 0);
}

void TestAddressBook::normalisation()
{
    QCOMPARE(db::AddressBookRepository::phoneDigits(QStringLiteral("8 (916) 123-45-67")),
             QStringLiteral("9161234567"));
    QCOMPARE(db::AddressBookRepository::phoneDigits(QStringLiteral("+7 916 123 45 67")),
             QStringLiteral("9161234567"));
    QCOMPARE(db::AddressBookRepository::phoneDigits(QStringLiteral("123-45")), QStringLiteral("12345"));
    QCOMPARE(db::AddressBookRepository::foldText(QStringLiteral("  Семёнов   ПЁТР ")),
             QStringLiteral("семенов петр"));
}

QTEST_GUILESS_MAIN(TestAddressBook)
#include "test_address_book.moc"
