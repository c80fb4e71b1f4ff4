#include "BusinessListService.h"

#include "ShipmentQuote.h"
#include "db/Transaction.h"
#include "domain/acceptance/BusinessOrder.h"
#include "domain/acceptance/ShipmentJson.h"
#include "services/printing/PrintQueueService.h"
#include "services/tariff/TariffService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBusiness, "pc.services.business")

namespace pc::services {

using acceptance::FieldIssue;
using acceptance::Shipment;

namespace {
// A JSON list may say who it is from: {"client": {"name", "inn", "contract"}, "orders": [...]}.
void clientFromJson(const QByteArray& bytes, BusinessClient* client)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonObject c = root.value(QStringLiteral("client")).toObject();
    if (client->name.isEmpty())
        client->name = c.value(QStringLiteral("name")).toString();
    if (client->inn.isEmpty())
        client->inn = c.value(QStringLiteral("inn")).toString();
    if (client->contract.isEmpty())
        client->contract = c.value(QStringLiteral("contract")).toString();
}

double rub(qint64 kop)
{
    return double(kop) / 100.0;
}
} // namespace

BusinessListService::BusinessListService(const db::Connection& c, const Clock& clock, CounterContext ctx,
                                         TariffService& tariffs, OfficeInfo office)
    : m_c(c), m_clock(clock), m_ctx(std::move(ctx)), m_tariffs(tariffs), m_office(std::move(office))
{}

Result<ImportReport> BusinessListService::importFile(const QString& path, const BusinessClient& client)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("business.file"),
                     QCoreApplication::translate("BusinessLists", "Cannot read the list %1: %2")
                         .arg(path, f.errorString())};
    return importBytes(f.readAll(), QFileInfo(path).fileName(), client);
}

Result<ImportReport> BusinessListService::importBytes(const QByteArray& bytes, const QString& sourceName,
                                                      BusinessClient client)
{
    auto parsed = acceptance::parseBusinessList(bytes, sourceName, m_rules);
    if (!parsed)
        return parsed.error();
    if (parsed->format == u"json")
        clientFromJson(bytes, &client);
    if (client.name.trimmed().isEmpty())
        client.name = QCoreApplication::translate("BusinessLists", "Business client (unnamed)");

    ImportReport report;
    report.format = parsed->format;
    report.total = int(parsed->lines.size());
    QStringList candidates;
    for (const auto& l : parsed->lines)
        if (l.importable())
            candidates << l.shipment->barcode;
    db::BusinessListRepository repo(m_c);
    auto already = repo.existingBarcodes(candidates);
    if (!already)
        return already.error();
    const QSet<QString> onAList(already->begin(), already->end());

    QList<db::BusinessItemRecord> items;
    for (const auto& l : parsed->lines) {
        QList<FieldIssue> issues = l.issues;
        tariff::Quote quote;
        if (l.importable()) {
            if (onAList.contains(l.shipment->barcode))
                issues << FieldIssue{
                    QStringLiteral("barcode"), QStringLiteral("business.already_imported"),
                    QCoreApplication::translate("BusinessLists", "%1 is already on an imported list.")
                        .arg(l.shipment->barcode)};
            const tariff::QuoteResult price =
                m_tariffs.quote(quoteRequestFor(*l.shipment, m_ctx.officePostcode));
            for (const Error& e : price.errors)
                issues << FieldIssue{QStringLiteral("tariff"), e.code, e.message};
            quote = price.quote;
        }
        if (!l.shipment || !issues.isEmpty()) {
            report.rejected << RejectedLine{l.line, l.barcode, issues};
            continue;
        }
        db::BusinessItemRecord it;
        it.barcode = l.shipment->barcode;
        it.lineNo = l.line;
        it.objectCode = l.shipment->object;
        it.shipment = QString::fromUtf8(
            QJsonDocument(acceptance::shipmentToJson(*l.shipment)).toJson(QJsonDocument::Compact));
        it.totalKop = quote.totalKop;
        report.totalKop += quote.totalKop;
        items << it;
    }
    report.imported = int(items.size());
    if (items.isEmpty())
        return report;

    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    db::BusinessListRecord list;
    list.clientName = client.name;
    list.clientInn = client.inn;
    list.contract = client.contract;
    list.sourceName = sourceName;
    list.sourceSha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    list.format = parsed->format;
    list.linesTotal = report.total;
    list.linesRejected = int(report.rejected.size());
    list.importedAtUtc = m_clock.nowUtc();
    auto listId = repo.createList(list);
    if (!listId)
        return listId.error();
    for (auto& it : items)
        it.listId = *listId;
    if (auto st = repo.insertItems(items); !st)
        return st.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    report.listId = *listId;
    qCInfo(lcBusiness) << "imported list" << *listId << sourceName << report.imported << "of" << report.total;
    return report;
}

Result<std::optional<ListScan>> BusinessListService::lookup(const QString& barcode) const
{
    db::BusinessListRepository repo(m_c);
    auto found = repo.findItem(barcode);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<ListScan>{};
    const db::BusinessItemRecord& it = **found;
    auto shipment = acceptance::shipmentFromJson(QJsonDocument::fromJson(it.shipment.toUtf8()).object());
    if (!shipment)
        return shipment.error();
    auto list = repo.list(it.listId);
    if (!list)
        return list.error();
    ListScan scan{*shipment, *list, it.totalKop};
    if (it.state == u"accepted")
        return Error{QStringLiteral("business.already_scanned"),
                     QCoreApplication::translate(
                         "BusinessLists", "%1 has already been scanned and accepted (44.7): put it aside, "
                                          "it must not be accepted twice.")
                         .arg(barcode)};
    return std::optional<ListScan>(scan);
}

Result<ListScan> BusinessListService::scan(const QString& barcode, qint64 listId) const
{
    auto found = lookup(barcode);
    if (!found)
        return found.error();
    if (!*found || (listId > 0 && (*found)->list.id != listId))
        return Error{QStringLiteral("business.not_on_list"),
                     listId > 0
                         ? QCoreApplication::translate("BusinessLists",
                                                       "%1 is not on list %2: accept it separately or "
                                                       "return it to the client.")
                               .arg(barcode)
                               .arg(listId)
                         : QCoreApplication::translate("BusinessLists", "%1 is not on any imported list.")
                               .arg(barcode)};
    if ((*found)->list.state != u"open")
        return Error{
            QStringLiteral("business.list_closed"),
            QCoreApplication::translate("BusinessLists", "List %1 is closed: %2 cannot be accepted on it.")
                .arg((*found)->list.id)
                .arg(barcode)};
    return **found;
}

Result<db::BusinessListRecord> BusinessListService::progress(qint64 listId) const
{
    return db::BusinessListRepository(m_c).list(listId);
}

Result<QStringList> BusinessListService::missing(qint64 listId) const
{
    auto items = db::BusinessListRepository(m_c).items(listId, QStringLiteral("expected"));
    if (!items)
        return items.error();
    QStringList out;
    for (const auto& it : *items)
        out << it.barcode;
    return out;
}

Result<QList<db::BusinessListRecord>> BusinessListService::openLists() const
{
    return db::BusinessListRepository(m_c).lists(true);
}

Result<ListCloseResult> BusinessListService::close(qint64 listId, bool allowMissing)
{
    db::BusinessListRepository repo(m_c);
    auto list = repo.list(listId);
    if (!list)
        return list.error();
    auto missingItems = missing(listId);
    if (!missingItems)
        return missingItems.error();
    if (!missingItems->isEmpty() && !allowMissing)
        return Error{
            QStringLiteral("business.items_missing"),
            QCoreApplication::translate("BusinessLists",
                                        "%n item(s) of the list were not presented: %1. Scan them, or "
                                        "close the list without them.",
                                        nullptr, int(missingItems->size()))
                .arg(missingItems->mid(0, 5).join(QStringLiteral(", ")))};
    auto accepted = repo.items(listId, QStringLiteral("accepted"));
    if (!accepted)
        return accepted.error();

    // Ф.103: one line per item handed in, with what the client registered and what it cost.
    QJsonArray lines;
    for (const auto& it : *accepted) {
        auto s = acceptance::shipmentFromJson(QJsonDocument::fromJson(it.shipment.toUtf8()).object());
        if (!s)
            return s.error();
        QJsonObject recipient{{QStringLiteral("name"), s->recipient.name},
                              {QStringLiteral("address"), addressLine(s->recipient)},
                              {QStringLiteral("city"), s->recipient.place},
                              {QStringLiteral("postcode"), s->recipient.postcode}};
        if (!s->recipient.region.isEmpty())
            recipient.insert(QStringLiteral("region"), s->recipient.region);
        QJsonObject line{{QStringLiteral("id"), it.barcode},
                         {QStringLiteral("recipient"), recipient},
                         {QStringLiteral("weight_g"), double(s->weightG)},
                         {QStringLiteral("fee"), rub(it.totalKop)}};
        if (s->declaredValueKop > 0)
            line.insert(QStringLiteral("declared_value"), rub(s->declaredValueKop));
        if (s->codKop > 0)
            line.insert(QStringLiteral("cod_amount"), rub(s->codKop));
        lines.append(line);
    }
    const QDate today = TariffService::localDate(m_clock.nowUtc(), m_ctx.utcOffsetMin);
    QJsonObject sender{{QStringLiteral("name"), list->clientName},
                       {QStringLiteral("contract"), list->contract}};
    if (!list->clientInn.isEmpty())
        sender.insert(QStringLiteral("inn"), list->clientInn);
    const QJsonObject data{
        {QStringLiteral("list_number"), QString::number(listId)},
        {QStringLiteral("date"), today.toString(Qt::ISODate)},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("office"), QJsonObject{{QStringLiteral("postcode"), m_office.postcode},
                                               {QStringLiteral("name"), m_office.name}}},
        {QStringLiteral("mail_type"), QCoreApplication::translate("BusinessLists", "Parcels")},
        {QStringLiteral("mail_category"), QCoreApplication::translate("BusinessLists", "as listed per item")},
        {QStringLiteral("operator"), m_office.operatorName},
        {QStringLiteral("items"), lines},
    };

    const QDateTime now = m_clock.nowUtc();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    if (auto st = repo.close(listId, m_ctx.operatorId, now); !st)
        return st.error();
    ListCloseResult out;
    if (!lines.isEmpty()) {
        auto job = recordPlannedDocument(m_c, m_printers,
                                         {QStringLiteral("form"), QStringLiteral("f103"),
                                          QStringLiteral("list %1 Ф.103").arg(listId), data},
                                         {});
        if (!job)
            return job.error();
        out.f103Job = *job;
    }
    if (auto st = tx->commit(); !st)
        return st.error();
    auto closed = repo.list(listId);
    if (!closed)
        return closed.error();
    out.list = *closed;
    out.missing = *missingItems;
    if (m_queue && out.f103Job)
        m_queue->dispatch(out.f103Job);
    return out;
}

} // namespace pc::services
