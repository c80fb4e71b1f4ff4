// postcounter-cli journal verify [--json] | export --from DATE --to DATE --format json|emsevt-xml [--out
// FILE] verify walks the hash chain of every counter and names the first broken row (exit 1 when broken).
// export writes the events of [from, to] (dates are UTC days, inclusive; or ISO date-times, to exclusive).
#include "CliContext.h"
#include "db/journal/JournalRepository.h"
#include "services/TrackingEventJson.h"
#include "services/sync/OperationNames.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

namespace pc::cli {

namespace {

int verify(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto v = db::JournalRepository(ws->connection).verify();
    if (!v)
        return ctx.fail(v.error());
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), v->ok()},
                      {QStringLiteral("rows"), static_cast<double>(v->rowsChecked)},
                      {QStringLiteral("counters"), v->counters},
                      {QStringLiteral("legacy_rows"), static_cast<double>(v->legacyRows)}};
        if (const auto& b = v->firstBreak)
            o.insert(QStringLiteral("first_break"),
                     QJsonObject{{QStringLiteral("counter"), b->counterId},
                                 {QStringLiteral("operation_id"), static_cast<double>(b->operationId)},
                                 {QStringLiteral("journal_seq"),
                                  b->journalSeq ? QJsonValue(static_cast<double>(*b->journalSeq))
                                                : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("item_id"), b->itemId},
                                 {QStringLiteral("kind"), b->kind},
                                 {QStringLiteral("message"), b->message}});
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else if (v->ok()) {
        ctx.out << "journal intact: " << v->rowsChecked << " rows on " << v->counters << " counter(s)";
        if (v->legacyRows)
            ctx.out << ", " << v->legacyRows << " older rows not yet sealed";
        ctx.out << "\n";
    } else {
        ctx.out << "journal BROKEN at operation " << v->firstBreak->operationId << " (" << v->firstBreak->kind
                << "): " << v->firstBreak->message << "\n";
    }
    return v->ok() ? ExitOk : ExitRefused;
}

std::optional<QDateTime> parseBound(const QString& s, bool upper)
{
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (d.isValid())
        return QDateTime(upper ? d.addDays(1) : d, QTime(0, 0), Qt::UTC);
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toUTC();
    return std::nullopt;
}

// Every field of the row's canonical encoding (docs/tracking-api.md, "Journal chain") exactly as
// hashed, so an auditor can recompute the chain from the export alone.
QJsonObject journalObject(const db::JournalRow& r)
{
    auto optional = [](const std::optional<qint64>& v) {
        return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{QStringLiteral("counter_id"), r.counterId},
                       {QStringLiteral("journal_seq"), static_cast<double>(r.journalSeq)},
                       {QStringLiteral("prev_hash"), r.prevHash},
                       {QStringLiteral("item_id"), r.itemId},
                       {QStringLiteral("op_type"), r.opType},
                       {QStringLiteral("op_attr"), r.opAttr},
                       {QStringLiteral("occurred_at"), r.occurredAt},
                       {QStringLiteral("utc_offset_min"), r.utcOffsetMin},
                       {QStringLiteral("office_postcode"), r.officePostcode},
                       {QStringLiteral("operator_id"), r.operatorId},
                       {QStringLiteral("weight_g"), optional(r.weightG)},
                       {QStringLiteral("amount_kop"), optional(r.amountKop)},
                       {QStringLiteral("hash"), r.hash}};
}

QJsonObject eventObject(const db::JournalExportEntry& e)
{
    QJsonObject o = QJsonDocument::fromJson(e.payload).object();
    const db::JournalRow& r = e.row;
    if (o.isEmpty()) { // an operation without a tracking event: describe it from the journal
        o.insert(QStringLiteral("item_id"), r.itemId);
        o.insert(QStringLiteral("op_type"), r.opType);
        o.insert(QStringLiteral("op_attr"), r.opAttr);
        o.insert(QStringLiteral("occurred_at"),
                 services::rfc3339WithOffset(QDateTime::fromString(r.occurredAt, Qt::ISODateWithMs),
                                             r.utcOffsetMin));
        o.insert(QStringLiteral("office"), r.officePostcode);
        o.insert(QStringLiteral("counter"), r.counterId);
        o.insert(QStringLiteral("operator"), r.operatorId);
        if (const QString upu = upuEventCode({r.opType, r.opAttr}); !upu.isEmpty())
            o.insert(QStringLiteral("upu_event"), upu);
    } else {
        o.insert(QStringLiteral("seq"), static_cast<double>(e.eventSeq));
    }
    o.insert(QStringLiteral("journal_seq"), static_cast<double>(r.journalSeq));
    o.insert(QStringLiteral("prev_hash"), r.prevHash);
    o.insert(QStringLiteral("hash"), r.hash);
    o.insert(QStringLiteral("journal"), journalObject(r));
    return o;
}

void writeEmsevt(QIODevice* dev, const QList<db::JournalExportEntry>& entries, const QDateTime& from,
                 const QDateTime& to)
{
    QXmlStreamWriter x(dev);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("EMSEVT"));
    x.writeAttribute(QStringLiteral("generator"), QStringLiteral("PostCounter"));
    x.writeAttribute(QStringLiteral("from"), from.toString(Qt::ISODate));
    x.writeAttribute(QStringLiteral("to"), to.toString(Qt::ISODate));
    for (const auto& e : entries) {
        const QJsonObject o = eventObject(e);
        const TrackingOperation op{e.row.opType, e.row.opAttr};
        x.writeStartElement(QStringLiteral("Event"));
        if (!e.eventId.isEmpty())
            x.writeAttribute(QStringLiteral("eventId"), e.eventId);
        x.writeTextElement(QStringLiteral("MailitemId"), e.row.itemId);
        x.writeTextElement(QStringLiteral("EventCode"), upuEventCode(op));
        x.writeStartElement(QStringLiteral("OperationType"));
        x.writeAttribute(QStringLiteral("code"), QString::number(op.type));
        x.writeCharacters(services::sync::operationTypeName(op.type));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("OperationAttribute"));
        x.writeAttribute(QStringLiteral("code"), QString::number(op.attr));
        x.writeCharacters(services::sync::operationAttributeName(op));
        x.writeEndElement();
        x.writeTextElement(QStringLiteral("EventDateTime"),
                           o.value(QStringLiteral("occurred_at")).toString());
        x.writeTextElement(QStringLiteral("Office"), e.row.officePostcode);
        x.writeTextElement(QStringLiteral("Workstation"), e.row.counterId);
        x.writeTextElement(QStringLiteral("Operator"), e.row.operatorId);
        if (e.row.weightG)
            x.writeTextElement(QStringLiteral("WeightGrams"), QString::number(*e.row.weightG));
        if (const QString dest = o.value(QStringLiteral("destination")).toString(); !dest.isEmpty())
            x.writeTextElement(QStringLiteral("Destination"), dest);
        x.writeStartElement(QStringLiteral("Journal"));
        x.writeAttribute(QStringLiteral("seq"), QString::number(e.row.journalSeq));
        x.writeAttribute(QStringLiteral("prevHash"), e.row.prevHash);
        x.writeAttribute(QStringLiteral("hash"), e.row.hash);
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
}

int exportEvents(CliContext& ctx)
{
    bool usageError = false;
    const auto from = ctx.takeOption(QStringLiteral("--from"), &usageError);
    const auto to = ctx.takeOption(QStringLiteral("--to"), &usageError);
    const QString format =
        ctx.takeOption(QStringLiteral("--format"), &usageError).value_or(QStringLiteral("json"));
    const auto outPath = ctx.takeOption(QStringLiteral("--out"), &usageError);
    if (usageError)
        return ExitUsage;
    if (!from || !to)
        return ctx.usage(
            QStringLiteral("journal export --from DATE --to DATE --format json|emsevt-xml [--out FILE]"));
    const auto fromUtc = parseBound(*from, false);
    const auto toUtc = parseBound(*to, true);
    if (!fromUtc || !toUtc)
        return ctx.usage(QStringLiteral("--from and --to are dates (2026-11-24) or ISO date-times"));
    if (format != QStringLiteral("json") && format != QStringLiteral("emsevt-xml"))
        return ctx.usage(QStringLiteral("--format is json or emsevt-xml, not %1").arg(format));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    auto entries = db::JournalRepository(ws->connection).between(*fromUtc, *toUtc);
    if (!entries)
        return ctx.fail(entries.error());

    QByteArray bytes;
    if (format == QStringLiteral("json")) {
        QJsonArray events;
        for (const auto& e : *entries)
            events.append(eventObject(e));
        bytes = QJsonDocument(QJsonObject{{QStringLiteral("from"), fromUtc->toString(Qt::ISODate)},
                                          {QStringLiteral("to"), toUtc->toString(Qt::ISODate)},
                                          {QStringLiteral("events"), events}})
                    .toJson(QJsonDocument::Indented);
    } else {
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        writeEmsevt(&buf, *entries, *fromUtc, *toUtc);
    }
    if (outPath) {
        QFile f(*outPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return ctx.fail(Error{QStringLiteral("journal.export"),
                                  QStringLiteral("Cannot write %1: %2").arg(*outPath, f.errorString())});
        ctx.err << entries->size() << " event(s) written to " << *outPath << "\n";
    } else {
        ctx.out.flush();
        ctx.out << QString::fromUtf8(bytes);
    }
    return ExitOk;
}

} // namespace

int runJournalCommand(CliContext& ctx)
{
    return runSubcommand(ctx, "journal",
                         {
                             {"verify", verify},
                             {"export", exportEvents},
                         });
}

} // namespace pc::cli
