#include "AddressBookRepository.h"

#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, postcode, country, region, place, street, house, room, phone, address_type, use_count, "
    "last_used_at");

QString typeCode(acceptance::AddressType t)
{
    switch (t) {
    case acceptance::AddressType::Street:
        return QStringLiteral("street");
    case acceptance::AddressType::PoBox:
        return QStringLiteral("po_box");
    case acceptance::AddressType::PosteRestante:
        return QStringLiteral("poste_restante");
    case acceptance::AddressType::Unit:
        return QStringLiteral("unit");
    }
    return QStringLiteral("street");
}

acceptance::AddressType typeFrom(const QString& code)
{
    if (code == QLatin1String("po_box"))
        return acceptance::AddressType::PoBox;
    if (code == QLatin1String("poste_restante"))
        return acceptance::AddressType::PosteRestante;
    if (code == QLatin1String("unit"))
        return acceptance::AddressType::Unit;
    return acceptance::AddressType::Street;
}

AddressBookEntry entryFrom(const QSqlQuery& q)
{
    AddressBookEntry e;
    e.id = q.value(0).toLongLong();
    auto& a = e.address;
    a.name = q.value(1).toString();
    a.postcode = q.value(2).toString();
    a.country = q.value(3).toString();
    a.region = q.value(4).toString();
    a.place = q.value(5).toString();
    a.street = q.value(6).toString();
    a.house = q.value(7).toString();
    a.room = q.value(8).toString();
    a.phone = q.value(9).toString();
    a.type = typeFrom(q.value(10).toString());
    e.useCount = q.value(11).toInt();
    e.lastUsedAtUtc = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    e.lastUsedAtUtc.setTimeSpec(Qt::UTC);
    return e;
}

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s.trimmed());
}

// LIKE pattern text with its wildcards escaped (ESCAPE '!').
QString likeEscaped(QString s)
{
    s.replace(u'!', QStringLiteral("!!"));
    s.replace(u'%', QStringLiteral("!%"));
    s.replace(u'_', QStringLiteral("!_"));
    return s;
}

} // namespace

QString AddressBookRepository::foldText(const QString& s)
{
    QString f = s.simplified().toCaseFolded();
    f.replace(QChar(0x0451), QChar(0x0435)); // ё → е: clerks type either
    return f;
}

QString AddressBookRepository::phoneDigits(const QString& phone)
{
    QString d;
    for (QChar c : phone)
        if (c >= u'0' && c <= u'9')
            d += c;
    if (d.size() == 11 && (d.startsWith(u'7') || d.startsWith(u'8')))
        d.remove(0, 1);
    return d;
}

QString AddressBookRepository::normalisedKey(const acceptance::Address& a)
{
    return QStringList{foldText(a.name),   a.postcode.trimmed(), a.country.trimmed().toUpper(),
                       foldText(a.region), foldText(a.place),    foldText(a.street),
                       foldText(a.house),  foldText(a.room),     typeCode(a.type)}
        .join(u'|');
}

Result<qint64> AddressBookRepository::remember(const acceptance::Address& a, const QDateTime& nowUtc)
{
    const QString key = normalisedKey(a);
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "INSERT INTO address_book (name, postcode, country, region, place, street, house, room, phone, "
        "address_type, name_key, phone_key, norm_key, use_count, last_used_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) "
        "ON CONFLICT (norm_key) DO UPDATE SET use_count = address_book.use_count + 1, "
        "last_used_at = excluded.last_used_at, name = excluded.name, "
        "phone = CASE WHEN excluded.phone <> '' THEN excluded.phone ELSE address_book.phone END, "
        "phone_key = CASE WHEN excluded.phone_key <> '' THEN excluded.phone_key ELSE address_book.phone_key "
        "END"));
    q.addBindValue(text(a.name.simplified()));
    q.addBindValue(text(a.postcode));
    q.addBindValue(a.country.isEmpty() ? QStringLiteral("RU") : a.country.trimmed().toUpper());
    q.addBindValue(text(a.region));
    q.addBindValue(text(a.place));
    q.addBindValue(text(a.street));
    q.addBindValue(text(a.house));
    q.addBindValue(text(a.room));
    q.addBindValue(text(a.phone));
    q.addBindValue(typeCode(a.type));
    q.addBindValue(text(foldText(a.name)));
    q.addBindValue(text(phoneDigits(a.phone)));
    q.addBindValue(key);
    q.addBindValue(nowUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("saving the address book entry"));
    QSqlQuery id(m_c.db());
    id.prepare(QStringLiteral("SELECT id FROM address_book WHERE norm_key = ?"));
    id.addBindValue(key);
    if (!id.exec() || !id.next())
        return sqlError(id, QStringLiteral("reading the address book entry"));
    return id.value(0).toLongLong();
}

Result<QList<AddressBookEntry>> AddressBookRepository::recent(int limit) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM address_book ORDER BY last_used_at DESC, id DESC LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the recent addresses"));
    QList<AddressBookEntry> list;
    while (q.next())
        list.push_back(entryFrom(q));
    return list;
}

Result<QList<AddressBookEntry>> AddressBookRepository::search(const QString& textIn, int limit) const
{
    const QString folded = foldText(textIn);
    if (folded.isEmpty())
        return recent(limit);
    QString digits;
    for (QChar c : folded)
        if (c >= u'0' && c <= u'9')
            digits += c;
    const bool numeric = !digits.isEmpty() && digits.size() * 2 >= folded.size();
    QString phone = phoneDigits(folded);
    if (folded.startsWith(QStringLiteral("+7")) && phone.size() < 10)
        phone.remove(0, 1); // "+7 916…" typed partially: the 7 is the country code

    // Name prefix (indexed range) or a later word of the name starting with the text; phone containing
    // the digits; postcode starting with them. The book is small (one counter's customers), so the LIKE
    // alternatives scanning it are cheap.
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM address_book WHERE (name_key >= ? AND name_key < ?) "
                             "OR name_key LIKE ? ESCAPE '!' OR (? <> '' AND phone_key LIKE ? ESCAPE '!') "
                             "OR (? <> '' AND postcode >= ? AND postcode < ?) "
                             "ORDER BY use_count DESC, last_used_at DESC, id DESC LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(folded);
    q.addBindValue(QString(folded + QChar(0xFFFF)));
    q.addBindValue(QString(QStringLiteral("% ") + likeEscaped(folded) + u'%'));
    const QString phoneArg = numeric && phone.size() >= 3 ? phone : QString(QStringLiteral(""));
    q.addBindValue(phoneArg);
    q.addBindValue(QString(u'%' + phoneArg + u'%'));
    const QString postcodeArg = numeric && digits.size() <= 6 ? digits : QString(QStringLiteral(""));
    q.addBindValue(postcodeArg);
    q.addBindValue(postcodeArg);
    q.addBindValue(QString(postcodeArg + u':'));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("searching the address book"));
    QList<AddressBookEntry> list;
    while (q.next())
        list.push_back(entryFrom(q));
    return list;
}

Result<std::optional<AddressBookEntry>> AddressBookRepository::find(qint64 id) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM address_book WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the address book entry"));
    if (!q.next())
        return std::optional<AddressBookEntry>{};
    return std::optional<AddressBookEntry>(entryFrom(q));
}

} // namespace pc::db
