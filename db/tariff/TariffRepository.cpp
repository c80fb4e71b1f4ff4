#include "TariffRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {

const QString kColumns = QStringLiteral("id, name, effective_from, sample, content_sha256, imported_at");

TariffVersionRecord recordFrom(const QSqlQuery& q)
{
    TariffVersionRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.effectiveFrom = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.sample = q.value(3).toInt() != 0;
    r.sha256 = q.value(4).toString();
    r.importedAtUtc = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.importedAtUtc.setTimeSpec(Qt::UTC);
    return r;
}

} // namespace

Result<TariffImport> TariffRepository::importVersion(const QByteArray& content, const QDateTime& nowUtc,
                                                     tariff::TariffFileError* fileError)
{
    auto parsed = tariff::parseTariff(content, fileError);
    if (!parsed)
        return parsed.error();
    const tariff::TariffVersion& t = **parsed;
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString date = t.effectiveFrom.toString(Qt::ISODate);

    auto tx = Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM tariff_version WHERE name = ? OR effective_from = ?").arg(kColumns));
    q.addBindValue(t.name);
    q.addBindValue(date);
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("TariffRepository", "reading the tariff versions"));
    while (q.next()) {
        const TariffVersionRecord existing = recordFrom(q);
        if (existing.name == t.name && existing.sha256 == hash)
            return TariffImport{existing, true};
        if (existing.name == t.name)
            return Error{QStringLiteral("tariff.name_taken"),
                         QCoreApplication::translate(
                             "TariffRepository",
                             "A different tariff named \"%1\" is already imported; give the new file its own "
                             "\"name\".")
                             .arg(t.name)};
        return Error{
            QStringLiteral("tariff.date_taken"),
            QCoreApplication::translate(
                "TariffRepository",
                "Tariff \"%1\" already takes effect on %2; a new version needs another effective_from date.")
                .arg(existing.name, date)};
    }
    QSqlQuery ins(m_c.db());
    ins.prepare(
        QStringLiteral("INSERT INTO tariff_version (name, effective_from, sample, content, content_sha256, "
                       "imported_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.addBindValue(t.name);
    ins.addBindValue(date);
    ins.addBindValue(t.sample ? 1 : 0);
    ins.addBindValue(QString::fromUtf8(content));
    ins.addBindValue(hash);
    ins.addBindValue(nowUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!ins.exec())
        return sqlError(ins, QCoreApplication::translate("TariffRepository", "saving the tariff version"));
    TariffImport result;
    result.record = {returnedId(ins), t.name, t.effectiveFrom, t.sample, hash, nowUtc.toUTC()};
    if (auto st = tx->commit(); !st)
        return st.error();
    return result;
}

Result<QList<TariffVersionRecord>> TariffRepository::versions() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM tariff_version ORDER BY effective_from").arg(kColumns)))
        return sqlError(q, QCoreApplication::translate("TariffRepository", "listing the tariff versions"));
    QList<TariffVersionRecord> list;
    while (q.next())
        list.push_back(recordFrom(q));
    return list;
}

Result<std::optional<StoredTariff>> TariffRepository::effectiveAt(QDate date) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1, content FROM tariff_version WHERE effective_from <= ? "
                             "ORDER BY effective_from DESC LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("TariffRepository", "reading the tariff in force"));
    if (!q.next())
        return std::optional<StoredTariff>{};
    return std::optional<StoredTariff>(StoredTariff{recordFrom(q), q.value(6).toString().toUtf8()});
}

Result<int> TariffRepository::count() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM tariff_version")) || !q.next())
        return sqlError(q, QCoreApplication::translate("TariffRepository", "counting the tariff versions"));
    return q.value(0).toInt();
}

} // namespace pc::db
