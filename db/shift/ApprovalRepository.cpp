#include "ApprovalRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

Result<qint64> ApprovalRepository::append(const ApprovalRecord& a)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "INSERT INTO approval (shift_id, action, subject, requested_by, approved_by, reason, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.shiftId ? QVariant(*a.shiftId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(a.action);
    q.addBindValue(textValue(a.subject));
    q.addBindValue(textValue(a.requestedBy));
    q.addBindValue(a.approvedBy);
    q.addBindValue(textValue(a.reason));
    q.addBindValue(a.atUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the approval"));
    return returnedId(q);
}

Result<QList<ApprovalRecord>> ApprovalRepository::forShift(qint64 shiftId) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT id, shift_id, action, subject, requested_by, approved_by, reason, at "
                             "FROM approval WHERE shift_id = ? ORDER BY id"));
    q.addBindValue(shiftId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the approvals of shift %1").arg(shiftId));
    QList<ApprovalRecord> out;
    while (q.next()) {
        ApprovalRecord a;
        a.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            a.shiftId = q.value(1).toLongLong();
        a.action = q.value(2).toString();
        a.subject = q.value(3).toString();
        a.requestedBy = q.value(4).toString();
        a.approvedBy = q.value(5).toString();
        a.reason = q.value(6).toString();
        a.atUtc = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        out.push_back(a);
    }
    return out;
}

} // namespace pc::db
