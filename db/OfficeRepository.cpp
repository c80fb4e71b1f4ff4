#include "OfficeRepository.h"

#include "Bind.h"
#include "SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

Status OfficeRepository::upsertOffice(const OfficeRecord& o)
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("INSERT INTO office (postcode, name, region, utc_offset_min) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (postcode) DO UPDATE SET name = excluded.name, region = excluded.region, "
                       "utc_offset_min = excluded.utc_offset_min"));
    q.addBindValue(textValue(o.postcode));
    q.addBindValue(textValue(o.name));
    q.addBindValue(textValue(o.region));
    q.addBindValue(o.utcOffsetMin);
    if (!q.exec())
        return sqlError(q, QStringLiteral("saving the office"));
    return {};
}

Result<std::optional<OfficeRecord>> OfficeRepository::office(const QString& postcode) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT postcode, name, region, utc_offset_min FROM office WHERE postcode = ?"));
    q.addBindValue(postcode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the office"));
    if (!q.next())
        return std::optional<OfficeRecord>{};
    return std::optional<OfficeRecord>(OfficeRecord{q.value(0).toString(), q.value(1).toString(),
                                                    q.value(2).toString(), q.value(3).toInt()});
}

Status OfficeRepository::upsertCounter(const CounterRecord& c)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO counter (id, office_postcode, name) VALUES (?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET office_postcode = excluded.office_postcode, "
                             "name = excluded.name"));
    q.addBindValue(textValue(c.id));
    q.addBindValue(textValue(c.officePostcode));
    q.addBindValue(textValue(c.name));
    if (!q.exec())
        return sqlError(q, QStringLiteral("saving the counter"));
    return {};
}

Result<std::optional<CounterRecord>> OfficeRepository::counter(const QString& id) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT id, office_postcode, name FROM counter WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the counter"));
    if (!q.next())
        return std::optional<CounterRecord>{};
    return std::optional<CounterRecord>(
        CounterRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

} // namespace pc::db
