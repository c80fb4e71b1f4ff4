#include "AcceptanceDocuments.h"

#include "db/printqueue/PrintQueueRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/phonesend/MobilePhone.h"
#include "services/printing/PrinterRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace pc::services {

using acceptance::Address;
using acceptance::AddressType;
using acceptance::CustomsCategory;
using acceptance::CustomsForm;
using acceptance::Shipment;

namespace {
double rub(qint64 kop)
{
    return double(kop) / 100.0;
}

bool isParcel(const Shipment& s)
{
    const int m = s.mailType();
    return m == 4 || m == 7 || m == 23 || m == 27 || m == 47;
}

QJsonObject party(const Address& a, bool withPhone)
{
    QJsonObject o{{QStringLiteral("name"), a.name},
                  {QStringLiteral("address"), addressLine(a)},
                  {QStringLiteral("city"), a.place},
                  {QStringLiteral("postcode"), a.postcode}};
    if (!a.region.isEmpty())
        o.insert(QStringLiteral("region"), a.region);
    if (!a.country.isEmpty() && a.country != u"RU")
        o.insert(QStringLiteral("country"), a.country);
    if (withPhone && !a.phone.isEmpty())
        o.insert(QStringLiteral("phone"), a.phone);
    return o;
}

// Sent by the recipient's phone number: the name and the masked phone, the forms print the mark
// "Адрес укажет получатель" in place of the address (docs/phone-send.md).
QJsonObject recipientParty(const Shipment& s, bool withPhone)
{
    if (!s.byRecipientPhone())
        return party(s.recipient, withPhone);
    return QJsonObject{{QStringLiteral("name"), s.recipient.name},
                       {QStringLiteral("phone"), phonesend::maskMobilePhone(s.recipient.phone)},
                       {QStringLiteral("addressing"), QStringLiteral("by_recipient_phone")}};
}

QJsonObject customsData(const Shipment& s, const QString& id, const tariff::Quote& q, bool cn23,
                        const OfficeInfo& office, const QString& date)
{
    const acceptance::CustomsDeclaration& d = *s.customs;
    QJsonArray lines;
    for (const auto& l : d.lines) {
        QJsonObject o{
            {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity"), l.quantity},
            {cn23 ? QStringLiteral("net_weight_g") : QStringLiteral("weight_g"), double(l.netWeightG)},
            {QStringLiteral("value"), double(l.valueMinor) / 100.0},
            {QStringLiteral("origin"), l.originCountry}};
        if (!l.hsCode.isEmpty())
            o.insert(QStringLiteral("hs_code"), l.hsCode);
        lines.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("category"), acceptance::customsCategoryName(d.category)},
                  {QStringLiteral("currency"), d.currency},
                  {QStringLiteral("items"), lines},
                  {QStringLiteral("date"), date},
                  {QStringLiteral("signature"), s.sender.name}};
    if (d.category == CustomsCategory::Other && !d.explanation.isEmpty())
        o.insert(QStringLiteral("explanation"), d.explanation);
    if (cn23) {
        o.insert(QStringLiteral("sender"), party(s.sender, true));
        o.insert(QStringLiteral("recipient"), party(s.recipient, true));
        o.insert(QStringLiteral("gross_weight_g"), double(s.weightG));
        o.insert(QStringLiteral("postal_charges"), rub(q.totalKop));
        o.insert(QStringLiteral("office"), office.name);
        for (const auto& [key, value] : {std::pair{QStringLiteral("comments"), d.comments},
                                         std::pair{QStringLiteral("licence"), d.licence},
                                         std::pair{QStringLiteral("certificate"), d.certificate},
                                         std::pair{QStringLiteral("invoice"), d.invoice}})
            if (!value.isEmpty())
                o.insert(key, value);
    }
    return o;
}
} // namespace

QString printedProductName(int object)
{
    QString base;
    switch (object / 1000) {
    case 2:
        base = QStringLiteral("Письмо");
        break;
    case 3:
        base = QStringLiteral("Бандероль");
        break;
    case 4:
        base = QStringLiteral("Посылка");
        break;
    case 5:
        base = QStringLiteral("Мелкий пакет");
        break;
    case 7:
        base = QStringLiteral("EMS");
        break;
    case 23:
        base = QStringLiteral("Посылка онлайн");
        break;
    case 27:
        base = QStringLiteral("Посылка стандарт");
        break;
    case 47:
        base = QStringLiteral("Посылка 1 класса");
        break;
    default:
        base = QStringLiteral("Отправление");
        break;
    }
    switch ((object / 10) % 100) {
    case 1:
        return base + QStringLiteral(" заказное");
    case 2:
        return base + QStringLiteral(" с ОЦ"); // объявленная ценность: labels are narrow
    case 4:
        return base + QStringLiteral(" с ОЦ и НП");
    default:
        return base;
    }
}

QString addressLine(const Address& a)
{
    switch (a.type) {
    case AddressType::PoBox:
        return QStringLiteral("а/я %1").arg(a.room);
    case AddressType::PosteRestante:
        return QStringLiteral("до востребования");
    case AddressType::Unit:
        return QStringLiteral("в/ч %1").arg(a.room.isEmpty() ? a.house : a.room);
    case AddressType::Street:
        break;
    }
    if (a.country != u"RU" && !a.country.isEmpty())
        return QStringList{a.street, a.house, a.room}.join(u' ').simplified();
    QStringList parts;
    if (!a.street.isEmpty())
        parts << a.street;
    if (!a.house.isEmpty())
        parts << QStringLiteral("д. %1").arg(a.house);
    if (!a.room.isEmpty())
        parts << QStringLiteral("кв. %1").arg(a.room);
    return parts.join(QStringLiteral(", "));
}

QList<PlannedDocument> itemDocuments(const Shipment& s, const QString& id, const tariff::Quote& q,
                                     CustomsForm customsForm, const OfficeInfo& office, QDate localDate)
{
    const QString date = localDate.toString(Qt::ISODate);
    const QString product = printedProductName(s.object);
    QList<PlannedDocument> out;

    QJsonObject label{{QStringLiteral("id"), id},
                      {QStringLiteral("product"), product},
                      {QStringLiteral("recipient"), recipientParty(s, true)},
                      {QStringLiteral("weight_g"), double(s.weightG)},
                      {QStringLiteral("date"), date}};
    const bool parcel = isParcel(s);
    if (parcel) {
        label.insert(QStringLiteral("sender"), party(s.sender, true));
        label.insert(QStringLiteral("declared_value"), rub(s.declaredValueKop));
        label.insert(QStringLiteral("cod_amount"), rub(s.codKop));
        label.insert(QStringLiteral("fragile"), s.hasService(4));
        label.insert(QStringLiteral("no_return"), s.hasService(160));
        label.insert(QStringLiteral("office"), office.name);
    }
    out.push_back({QStringLiteral("label"), parcel ? QStringLiteral("label") : QStringLiteral("label-small"),
                   QStringLiteral("%1 label").arg(id), label});

    if (customsForm != CustomsForm::None && s.customs) {
        const bool cn23 = customsForm == CustomsForm::Cn23;
        out.push_back(
            {QStringLiteral("form"), cn23 ? QStringLiteral("cn23") : QStringLiteral("cn22"),
             QStringLiteral("%1 %2").arg(id, cn23 ? QStringLiteral("CN 23") : QStringLiteral("CN 22")),
             customsData(s, id, q, cn23, office, date)});
    }
    if (s.hasService(23) && !s.inventory.isEmpty()) {
        QJsonArray lines;
        for (const auto& l : s.inventory)
            lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                     {QStringLiteral("quantity"), l.quantity},
                                     {QStringLiteral("value"), rub(l.declaredValueKop)}});
        out.push_back({QStringLiteral("form"), QStringLiteral("f107"), QStringLiteral("%1 Ф.107").arg(id),
                       QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("product"), product},
                                   {QStringLiteral("sender"), party(s.sender, false)},
                                   {QStringLiteral("recipient"), recipientParty(s, false)},
                                   {QStringLiteral("items"), lines},
                                   {QStringLiteral("declared_value"), rub(s.declaredValueKop)},
                                   {QStringLiteral("operator"), office.operatorName},
                                   {QStringLiteral("office"), office.name},
                                   {QStringLiteral("date"), date}}});
    }
    if (s.codKop > 0) {
        // The transfer goes back to the sender: the sender is the payee, the recipient pays.
        out.push_back({QStringLiteral("form"), QStringLiteral("f112"), QStringLiteral("%1 Ф.112ЭП").arg(id),
                       QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("amount"), rub(s.codKop)},
                                   {QStringLiteral("payee"), party(s.sender, true)},
                                   {QStringLiteral("payer"), recipientParty(s, true)},
                                   {QStringLiteral("office"), office.name},
                                   {QStringLiteral("date"), date}}});
    }
    if (parcel) {
        out.push_back({QStringLiteral("form"), QStringLiteral("f116"), QStringLiteral("%1 Ф.116").arg(id),
                       QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("product"), product},
                                   {QStringLiteral("sender"), party(s.sender, true)},
                                   {QStringLiteral("recipient"), recipientParty(s, true)},
                                   {QStringLiteral("weight_g"), double(s.weightG)},
                                   {QStringLiteral("declared_value"), rub(s.declaredValueKop)},
                                   {QStringLiteral("cod_amount"), rub(s.codKop)},
                                   {QStringLiteral("fee"), rub(q.totalKop)},
                                   {QStringLiteral("office"), office.name},
                                   {QStringLiteral("date"), date}}});
    }
    return out;
}

PlannedDocument receiptDocument(const db::ReceiptRecord& r, const OfficeInfo& office, qint64 shiftNumber,
                                int utcOffsetMin)
{
    QJsonArray lines;
    for (const auto& l : r.lines) {
        QJsonObject o{{QStringLiteral("name"), l.name},
                      {QStringLiteral("qty"), l.quantity},
                      {QStringLiteral("price"), rub(l.priceKop)},
                      {QStringLiteral("vat"), l.vatRateBp > 0 ? QStringLiteral("%1%").arg(l.vatRateBp / 100)
                                                              : QStringLiteral("none")}};
        if (!l.itemId.isEmpty())
            o.insert(QStringLiteral("item_id"), l.itemId);
        lines.append(o);
    }
    const bool cash = r.method == u"cash";
    const qint64 paid = cash && r.tenderedKop ? *r.tenderedKop : r.totalKop;
    QJsonObject data{
        {QStringLiteral("width_mm"), 80},
        {QStringLiteral("office"), QJsonObject{{QStringLiteral("name"), office.name},
                                               {QStringLiteral("address"), office.address},
                                               {QStringLiteral("inn"), office.inn}}},
        {QStringLiteral("counter"), office.counterId.toInt()},
        {QStringLiteral("operator"), office.operatorName},
        {QStringLiteral("number"), double(r.number)},
        {QStringLiteral("datetime"), r.createdAtUtc.toTimeZone(QTimeZone(utcOffsetMin * 60))
                                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total"), rub(r.totalKop)},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("method"), r.method}, {QStringLiteral("paid"), rub(paid)}}},
        {QStringLiteral("fiscal"),
         QJsonObject{{QStringLiteral("calc_type"),
                      r.kind == u"refund" ? QStringLiteral("Возврат прихода") : QStringLiteral("Приход")}}},
        {QStringLiteral("open_drawer"), cash},
    };
    if (shiftNumber > 0)
        data.insert(QStringLiteral("shift"), double(shiftNumber));
    return {QStringLiteral("receipt"), QStringLiteral("receipt"),
            QStringLiteral("receipt %1-%2").arg(r.counterId).arg(r.number), data};
}

Result<qint64> recordPlannedDocument(const db::Connection& c, const PrinterRegistry* printers,
                                     const PlannedDocument& d, std::optional<qint64> operationId)
{
    db::PrintQueueEntry e;
    e.documentRef = operationId ? QStringLiteral("operation:%1/%2").arg(*operationId).arg(d.form)
                                : QStringLiteral("%1/%2").arg(d.title, d.form);
    e.documentKind = d.kind;
    e.operationId = operationId;
    e.printer = printers ? printers->printerFor(d.kind) : QString();
    if (e.printer.isEmpty())
        e.printer = QStringLiteral("?"); // no printer has the role: the job waits for a reprint elsewhere
    const PrinterOutput out = printers ? printers->outputOf(e.printer) : PrinterOutput{};
    e.language = drivers::printLanguageName(out.language);
    e.title = d.title;
    e.form = d.form;
    e.formData = QJsonDocument(d.data).toJson(QJsonDocument::Compact);
    return db::PrintQueueRepository(c).insert(e);
}

} // namespace pc::services
