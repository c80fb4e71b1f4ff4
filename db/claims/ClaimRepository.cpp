#include "ClaimRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns = QStringLiteral(
    "id, number, office_postcode, claim_year, seq, item_id, item_known, international, accepted_on, "
    "accepted_office, claimant_role, claimant_name, claimant_phone, claimant_address, sender_name, "
    "sender_address, recipient_name, recipient_address, declared_value_kop, contents, route, opened_at, "
    "filed_on, deadline, state, state_at, answer, outcome, compensation_kop, counter_id, operator_id, "
    "form_job, slip_job");

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}
QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QVariant optionalId(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<qint64> optionalFrom(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

ClaimRecord recordFrom(const QSqlQuery& q)
{
    ClaimRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.number = q.value(i++).toString();
    r.officePostcode = q.value(i++).toString();
    r.year = q.value(i++).toInt();
    r.seq = q.value(i++).toLongLong();
    r.itemId = q.value(i++).toString();
    r.itemKnown = q.value(i++).toInt() != 0;
    r.international = q.value(i++).toInt() != 0;
    r.acceptedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.acceptedOffice = q.value(i++).toString();
    r.claimantRole = claims::roleFromName(q.value(i++).toString()).value_or(claims::ClaimantRole::Sender);
    r.claimantName = q.value(i++).toString();
    r.claimantPhone = q.value(i++).toString();
    r.claimantAddress = q.value(i++).toString();
    r.senderName = q.value(i++).toString();
    r.senderAddress = q.value(i++).toString();
    r.recipientName = q.value(i++).toString();
    r.recipientAddress = q.value(i++).toString();
    r.declaredValueKop = q.value(i++).toLongLong();
    r.contents = q.value(i++).toString();
    r.route = q.value(i++).toString();
    r.openedAtUtc = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    r.filedOn = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.deadline = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.state = claims::stateFromName(q.value(i++).toString()).value_or(claims::ClaimState::Opened);
    r.stateAtUtc = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
    r.answer = q.value(i++).toString();
    const QVariant outcome = q.value(i++);
    if (!outcome.isNull())
        r.outcome = claims::outcomeFromName(outcome.toString());
    r.compensationKop = q.value(i++).toLongLong();
    r.counterId = q.value(i++).toString();
    r.operatorId = q.value(i++).toString();
    r.formJob = optionalFrom(q.value(i++));
    r.slipJob = optionalFrom(q.value(i++));
    return r;
}
} // namespace

Result<qint64> ClaimRepository::nextSequence(const QString& officePostcode, int year) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(seq), 0) FROM claim WHERE office_postcode = ? AND claim_year = ?"));
    q.addBindValue(officePostcode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("numbering the claim"));
    return q.value(0).toLongLong() + 1;
}

Result<qint64> ClaimRepository::insert(const ClaimRecord& r)
{
    QSqlQuery q(m_c.db());
    const QString columns = kColumns.mid(QStringLiteral("id, ").size());
    QStringList marks;
    for (int i = 0, n = int(columns.count(u',')) + 1; i < n; ++i)
        marks << QStringLiteral("?");
    q.prepare(
        QStringLiteral("INSERT INTO claim (%1) VALUES (%2) RETURNING id").arg(columns, marks.join(u',')));
    for (const QVariant& v : QVariantList{
             r.number,
             r.officePostcode,
             r.year,
             r.seq,
             r.itemId,
             r.itemKnown ? 1 : 0,
             r.international ? 1 : 0,
             isoDate(r.acceptedOn),
             textValue(r.acceptedOffice),
             claims::roleName(r.claimantRole),
             textValue(r.claimantName),
             textValue(r.claimantPhone),
             textValue(r.claimantAddress),
             textValue(r.senderName),
             textValue(r.senderAddress),
             textValue(r.recipientName),
             textValue(r.recipientAddress),
             r.declaredValueKop,
             textValue(r.contents),
             textValue(r.route),
             isoTime(r.openedAtUtc),
             isoDate(r.filedOn),
             isoDate(r.deadline),
             claims::stateName(r.state),
             isoTime(r.stateAtUtc.isValid() ? r.stateAtUtc : r.openedAtUtc),
             textValue(r.answer),
             r.outcome ? QVariant(claims::outcomeName(*r.outcome)) : QVariant(QMetaType(QMetaType::QString)),
             r.compensationKop,
             textValue(r.counterId),
             textValue(r.operatorId),
             optionalId(r.formJob),
             optionalId(r.slipJob),
         })
        q.addBindValue(v);
    if (!q.exec()) {
        Error e = sqlError(q, QStringLiteral("recording claim %1").arg(r.number));
        if (e.code == QStringLiteral("db.constraint"))
            e = Error{QStringLiteral("claim.number_taken"),
                      QCoreApplication::translate("Claims", "Claim number %1 was just taken by another "
                                                            "counter: open the claim again.")
                          .arg(r.number)};
        return e;
    }
    const qint64 id = returnedId(q);
    if (id < 0)
        return Error{QStringLiteral("db.insert"),
                     QStringLiteral("recording claim %1 returned no id").arg(r.number)};
    return id;
}

Result<qint64> ClaimRepository::addEvent(const ClaimEventRecord& e)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("INSERT INTO claim_event (claim_id, event_at, state, counter_id, operator_id, "
                             "note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(e.claimId);
    q.addBindValue(isoTime(e.atUtc));
    q.addBindValue(claims::stateName(e.state));
    q.addBindValue(textValue(e.counterId));
    q.addBindValue(textValue(e.operatorId));
    q.addBindValue(textValue(e.text));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the history of claim %1").arg(e.claimId));
    return returnedId(q);
}

Status ClaimRepository::setJobs(qint64 claimId, std::optional<qint64> formJob, std::optional<qint64> slipJob)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE claim SET form_job = ?, slip_job = ? WHERE id = ?"));
    q.addBindValue(optionalId(formJob));
    q.addBindValue(optionalId(slipJob));
    q.addBindValue(claimId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("linking the documents of claim %1").arg(claimId));
    return {};
}

Status ClaimRepository::updateState(qint64 claimId, claims::ClaimState from, const ClaimRecord& now)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("UPDATE claim SET state = ?, state_at = ?, answer = ?, outcome = ?, "
                             "compensation_kop = ? WHERE id = ? AND state = ?"));
    q.addBindValue(claims::stateName(now.state));
    q.addBindValue(isoTime(now.stateAtUtc));
    q.addBindValue(textValue(now.answer));
    q.addBindValue(now.outcome ? QVariant(claims::outcomeName(*now.outcome))
                               : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now.compensationKop);
    q.addBindValue(claimId);
    q.addBindValue(claims::stateName(from));
    if (!q.exec())
        return sqlError(q, QStringLiteral("changing claim %1").arg(now.number));
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("claim.changed"),
                     QCoreApplication::translate("Claims", "Claim %1 was changed at another counter: look "
                                                           "it up again.")
                         .arg(now.number)};
    return {};
}

Result<QList<ClaimRecord>> ClaimRepository::select(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(m_c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM claim WHERE %2").arg(kColumns, where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, QStringLiteral("finding claims"));
    QList<ClaimRecord> out;
    while (q.next())
        out.push_back(recordFrom(q));
    return out;
}

Result<std::optional<ClaimRecord>> ClaimRepository::findByNumber(const QString& number) const
{
    auto rows = select(QStringLiteral("number = ?"), {number});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ClaimRecord>{};
    return std::optional<ClaimRecord>(rows->front());
}

Result<QList<ClaimRecord>> ClaimRepository::findByItem(const QString& itemId) const
{
    return select(QStringLiteral("item_id = ? ORDER BY opened_at, id"), {itemId});
}

Result<QList<ClaimRecord>> ClaimRepository::open() const
{
    return select(QStringLiteral("state <> 'closed' ORDER BY deadline, number"), {});
}

Result<QList<ClaimRecord>> ClaimRepository::overdue(QDate today) const
{
    return select(QStringLiteral("state = 'opened' AND deadline < ? ORDER BY deadline, number"),
                  {isoDate(today)});
}

Result<QList<ClaimEventRecord>> ClaimRepository::events(qint64 claimId) const
{
    QSqlQuery q(m_c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, claim_id, event_at, state, counter_id, operator_id, note FROM "
                             "claim_event WHERE claim_id = ? ORDER BY id"));
    q.addBindValue(claimId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the history of claim %1").arg(claimId));
    QList<ClaimEventRecord> out;
    while (q.next()) {
        ClaimEventRecord e;
        e.id = q.value(0).toLongLong();
        e.claimId = q.value(1).toLongLong();
        e.atUtc = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.state = claims::stateFromName(q.value(3).toString()).value_or(claims::ClaimState::Opened);
        e.counterId = q.value(4).toString();
        e.operatorId = q.value(5).toString();
        e.text = q.value(6).toString();
        out.push_back(e);
    }
    return out;
}

} // namespace pc::db
