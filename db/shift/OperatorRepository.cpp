#include "OperatorRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns =
    QStringLiteral("id, name, role, active, password_hash, failed_attempts, locked_until");

OperatorRecord operatorFrom(const QSqlQuery& q)
{
    OperatorRecord r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.role = q.value(2).toString();
    r.active = q.value(3).toInt() != 0;
    r.passwordHash = q.value(4).toString();
    r.failedAttempts = q.value(5).toInt();
    if (!q.value(6).isNull())
        r.lockedUntilUtc = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return r;
}

QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs))
                       : QVariant(QMetaType(QMetaType::QString));
}

Status expectOneRow(const QSqlQuery& q, const QString& id)
{
    if (q.numRowsAffected() == 1)
        return {};
    return Error{QStringLiteral("operator.unknown"),
                 QCoreApplication::translate("Operators", "There is no operator %1.").arg(id)};
}
} // namespace

Status OperatorRepository::insert(const OperatorRecord& o)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO operator (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    q.addBindValue(o.id);
    q.addBindValue(textValue(o.name));
    q.addBindValue(o.role);
    q.addBindValue(o.active ? 1 : 0);
    q.addBindValue(o.passwordHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(o.passwordHash));
    q.addBindValue(o.failedAttempts);
    q.addBindValue(timeValue(o.lockedUntilUtc));
    if (!q.exec()) {
        Error e = sqlError(q, QStringLiteral("saving operator %1").arg(o.id));
        if (isUniqueViolation(q))
            return Error{QStringLiteral("operator.exists"),
                         QCoreApplication::translate("Operators", "Operator %1 already exists.").arg(o.id)};
        return e;
    }
    return {};
}

Result<std::optional<OperatorRecord>> OperatorRepository::find(const QString& id) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM operator WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding operator %1").arg(id));
    if (!q.next())
        return std::optional<OperatorRecord>{};
    return std::optional<OperatorRecord>(operatorFrom(q));
}

Result<QList<OperatorRecord>> OperatorRepository::all() const
{
    QSqlQuery q(m_c.db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM operator ORDER BY id").arg(kColumns)))
        return sqlError(q, QStringLiteral("listing operators"));
    QList<OperatorRecord> out;
    while (q.next())
        out.push_back(operatorFrom(q));
    return out;
}

Status OperatorRepository::setPasswordHash(const QString& id, const QString& hash)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "UPDATE operator SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("changing the password of %1").arg(id));
    return expectOneRow(q, id);
}

Status OperatorRepository::setLoginState(const QString& id, int failedAttempts,
                                         const QDateTime& lockedUntilUtc)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE operator SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failedAttempts);
    q.addBindValue(timeValue(lockedUntilUtc));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the log-in of %1").arg(id));
    return expectOneRow(q, id);
}

Status OperatorRepository::setActive(const QString& id, bool active)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE operator SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("changing operator %1").arg(id));
    return expectOneRow(q, id);
}

} // namespace pc::db
