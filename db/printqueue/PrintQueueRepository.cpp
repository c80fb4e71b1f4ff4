#include "PrintQueueRepository.h"

#include "db/Bind.h"
#include "db/SqlError.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace pc::db {

namespace {
const QString kColumns = QStringLiteral(
    "id, document_ref, document_kind, operation_id, printer, language, title, media, copies, "
    "data_path, state, "
    "reason_code, reason, attempts, reprint_of, created_at, updated_at, printed_at, form, form_data");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

PrintQueueEntry entryFrom(const QSqlQuery& q)
{
    PrintQueueEntry e;
    e.id = q.value(0).toLongLong();
    e.documentRef = q.value(1).toString();
    e.documentKind = q.value(2).toString();
    if (!q.value(3).isNull())
        e.operationId = q.value(3).toLongLong();
    e.printer = q.value(4).toString();
    e.language = q.value(5).toString();
    e.title = q.value(6).toString();
    e.media = q.value(7).toString();
    e.copies = q.value(8).toInt();
    e.dataPath = q.value(9).toString();
    e.state = q.value(10).toString();
    e.reasonCode = q.value(11).toString();
    e.reason = q.value(12).toString();
    e.attempts = q.value(13).toInt();
    if (!q.value(14).isNull())
        e.reprintOf = q.value(14).toLongLong();
    e.createdAtUtc = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
    e.updatedAtUtc = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    if (!q.value(17).isNull())
        e.printedAtUtc = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    e.form = q.value(18).toString();
    e.formData = q.value(19).toString().toUtf8();
    return e;
}

QVariant optionalId(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

Result<qint64> PrintQueueRepository::insert(const PrintQueueEntry& e)
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral(
        "INSERT INTO print_job (document_ref, document_kind, operation_id, printer, "
        "language, title, media, copies, "
        "data_b64, data_path, state, attempts, reprint_of, created_at, updated_at, form, form_data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?) RETURNING id"));
    const QString t = now();
    q.addBindValue(textValue(e.documentRef));
    q.addBindValue(textValue(e.documentKind));
    q.addBindValue(optionalId(e.operationId));
    q.addBindValue(textValue(e.printer));
    q.addBindValue(textValue(e.language));
    q.addBindValue(textValue(e.title));
    q.addBindValue(textValue(e.media));
    q.addBindValue(e.copies);
    q.addBindValue(e.dataPath.isEmpty() ? QVariant(QString::fromLatin1(e.bytes.toBase64()))
                                        : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(e.dataPath.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.dataPath));
    q.addBindValue(optionalId(e.reprintOf));
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(e.form.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.form));
    q.addBindValue(e.form.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(QString::fromUtf8(e.formData)));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording the print job \"%1\"").arg(e.title));
    return returnedId(q);
}

Result<PrintQueueEntry> PrintQueueRepository::get(qint64 id, bool withBytes) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1, data_b64 FROM print_job WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading print job %1").arg(id));
    if (!q.next())
        return Error{QStringLiteral("print.no_such_job"), QStringLiteral("there is no print job %1").arg(id)};
    PrintQueueEntry e = entryFrom(q);
    if (withBytes) {
        if (!e.dataPath.isEmpty()) {
            QFile f(e.dataPath);
            if (!f.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("print.data_missing"),
                             QStringLiteral("the document of print job %1 (%2) cannot be read: %3")
                                 .arg(id)
                                 .arg(e.dataPath, f.errorString())};
            e.bytes = f.readAll();
        } else {
            e.bytes = QByteArray::fromBase64(q.value(20).toString().toLatin1());
        }
    }
    return e;
}

Result<QList<PrintQueueEntry>> PrintQueueRepository::recent(int limit) const
{
    QSqlQuery q(m_c.db());
    q.prepare(QStringLiteral("SELECT %1 FROM print_job ORDER BY id DESC LIMIT ?").arg(kColumns));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the print queue"));
    QList<PrintQueueEntry> out;
    while (q.next())
        out << entryFrom(q);
    return out;
}

namespace {
Result<QList<qint64>> ids(const Connection& c, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(c.db());
    q.prepare(sql);
    for (const auto& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the print queue"));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}
} // namespace

Result<QList<qint64>> PrintQueueRepository::unfinished() const
{
    return ids(
        m_c, QStringLiteral("SELECT id FROM print_job WHERE state IN ('queued', 'sending') ORDER BY id"), {});
}

Result<std::optional<qint64>> PrintQueueRepository::lastOfKind(const QString& kind) const
{
    auto r =
        ids(m_c, QStringLiteral("SELECT id FROM print_job WHERE document_kind = ? ORDER BY id DESC LIMIT 1"),
            {kind});
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<qint64>{} : std::optional<qint64>(r->first());
}

Result<QList<qint64>> PrintQueueRepository::forOperation(qint64 operationId) const
{
    return ids(m_c, QStringLiteral("SELECT id FROM print_job WHERE operation_id = ? ORDER BY id"),
               {operationId});
}

Status PrintQueueRepository::transition(qint64 id, const QString& to, const QStringList& from,
                                        const QString& setSql, const QVariantList& values)
{
    QStringList marks;
    for (qsizetype i = 0; i < from.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("UPDATE print_job SET state = ?, updated_at = ?%1 WHERE id = ? AND state IN (%2)")
            .arg(setSql.isEmpty() ? QString() : QStringLiteral(", ") + setSql, marks.join(u',')));
    q.addBindValue(to);
    q.addBindValue(now());
    for (const auto& v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    for (const auto& f : from)
        q.addBindValue(f);
    if (!q.exec())
        return sqlError(q, QStringLiteral("updating print job %1").arg(id));
    if (q.numRowsAffected() != 1) {
        auto cur = get(id, false);
        if (!cur)
            return cur.error();
        return Error{QStringLiteral("print.bad_transition"),
                     QStringLiteral("print job %1 is %2, it cannot become %3").arg(id).arg(cur->state, to)};
    }
    return {};
}

Status PrintQueueRepository::markSending(qint64 id)
{
    return transition(id, QStringLiteral("sending"), {QStringLiteral("queued")},
                      QStringLiteral("attempts = attempts + 1"), {});
}

Status PrintQueueRepository::markPrinted(qint64 id)
{
    return transition(id, QStringLiteral("printed"), {QStringLiteral("sending")},
                      QStringLiteral("printed_at = ?, reason_code = '', reason = ''"), {now()});
}

Status PrintQueueRepository::markFailed(qint64 id, const QString& code, const QString& reason)
{
    return transition(id, QStringLiteral("failed"), {QStringLiteral("queued"), QStringLiteral("sending")},
                      QStringLiteral("reason_code = ?, reason = ?"), {textValue(code), textValue(reason)});
}

Status PrintQueueRepository::requeue(qint64 id, const QString& printer)
{
    if (printer.isEmpty())
        return transition(id, QStringLiteral("queued"), {QStringLiteral("failed"), QStringLiteral("sending")},
                          {}, {});
    return transition(id, QStringLiteral("queued"), {QStringLiteral("failed"), QStringLiteral("sending")},
                      QStringLiteral("printer = ?"), {printer});
}

Status PrintQueueRepository::assignPrinter(qint64 id, const QString& printer)
{
    QSqlQuery q(m_c.db());
    q.prepare(
        QStringLiteral("UPDATE print_job SET printer = ?, updated_at = ? WHERE id = ? AND state = 'queued'"));
    q.addBindValue(printer);
    q.addBindValue(now());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("assigning a printer to print job %1").arg(id));
    return {};
}

} // namespace pc::db
