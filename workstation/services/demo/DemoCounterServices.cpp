#include "DemoCounterServices.h"

#include "DemoShipments.h"
#include "domain/prefill/PrefillPayload.h"
#include "domain/returns/ReturnCode.h"
#include "forms/render/QrImage.h"
#include "services/returns/ReturnsDayReport.h"
#include "services/shift/ReportDocuments.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace pc::services::demo {

namespace {
Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit())
        return Error{
            QStringLiteral("demo.write"),
            QCoreApplication::translate("DemoShift", "Cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

} // namespace

Result<PreparedSale> prefilledSale(QDate today, const QDir& out)
{
    // What the customer filled in at home (the post's site or app); no barcode, no weight.
    acceptance::Shipment s;
    s.object = 4030;
    s.sender =
        person("Морозова Ольга Викторовна", "101000", "Москва", "ул. Покровка", "17", "9", "+79165550101");
    s.recipient =
        person("Морозов Игорь Викторович", "190000", "Санкт-Петербург", "Невский пр.", "28", "12", "");
    auto payload = prefill::makePrefillPayload(s, today.addDays(-2), today.addDays(12));
    if (!payload)
        return payload.error();
    const QString png = out.filePath(QStringLiteral("documents/prefill-qr.png"));
    auto image = forms::renderQrImage(*payload);
    if (!image)
        return image.error();
    if (!image->save(png, "PNG"))
        return Error{QStringLiteral("demo.write"),
                     QCoreApplication::translate("DemoShift", "Cannot write %1").arg(png)};

    // At the window: the scanner reads the code, the form fills, the scale says 1 460 g.
    auto scanned = prefill::parsePrefillPayload(*payload, today);
    if (!scanned)
        return scanned.error();
    PreparedSale sale;
    acceptance::Shipment item = scanned->shipment;
    item.weightG = 1460;
    sale.request.items << item;
    sale.request.payment = {acceptance::PaymentMethod::Cash, std::nullopt};
    sale.manifest = QJsonObject{{QStringLiteral("payload"), *payload},
                                {QStringLiteral("qr_png"), QStringLiteral("documents/prefill-qr.png")},
                                {QStringLiteral("expires"), scanned->expires.toString(Qt::ISODate)}};
    return sale;
}

Result<PreparedSale> easyReturnSale(CounterServices& counter, QDate today, const QDir& out)
{
    // The shop's list of return codes, as its system sends it (docs/easy-return.md), registered first.
    const QString code = QStringLiteral("RV300000001%1").arg(returns::returnCodeCheckDigit(u"300000001"));
    const QJsonObject list{
        {QStringLiteral("shop"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("ООО «Книжный двор»")},
             {QStringLiteral("inn"), QStringLiteral("7701234567")},
             {QStringLiteral("contract"), QStringLiteral("ЛВ-2026/15")},
             {QStringLiteral("address"),
              QJsonObject{{QStringLiteral("name"), QStringLiteral("ООО «Книжный двор», склад возвратов")},
                          {QStringLiteral("postcode"), QStringLiteral("140961")},
                          {QStringLiteral("region"), QStringLiteral("Московская обл.")},
                          {QStringLiteral("place"), QStringLiteral("Подольск")},
                          {QStringLiteral("street"), QStringLiteral("ул. Складская")},
                          {QStringLiteral("house"), QStringLiteral("7")}}}}},
        {QStringLiteral("returns"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                {QStringLiteral("order"), QStringLiteral("KD-51207")},
                                {QStringLiteral("customer"), QStringLiteral("Лебедева Нина Петровна")},
                                {QStringLiteral("object"), 27030},
                                {QStringLiteral("max_weight_g"), 3000},
                                {QStringLiteral("valid_until"), today.addDays(14).toString(Qt::ISODate)}}}}};
    const QString listPath = out.filePath(QStringLiteral("shop-returns.json"));
    if (auto st = writeFile(listPath, QJsonDocument(list).toJson()); !st)
        return st.error();
    if (auto imported = counter.returns.importFile(listPath); !imported)
        return imported.error();

    // At the window: the customer shows the code; the shop is the recipient, its contract pays.
    auto found = counter.returns.lookup(code);
    if (!found)
        return found.error();
    acceptance::Shipment item = EasyReturnService::shipmentFor(found->authorization);
    item.sender =
        person("Лебедева Нина Петровна", "101000", "Москва", "Армянский пер.", "3", "21", "+79035550177");
    item.weightG = 820;
    PreparedSale sale;
    sale.request.items << item;
    sale.request.payment = {acceptance::PaymentMethod::Contract, std::nullopt};
    sale.request.contract = found->authorization.shop.contract;
    sale.manifest = QJsonObject{{QStringLiteral("return_code"), code},
                                {QStringLiteral("shop"), found->authorization.shop.name},
                                {QStringLiteral("contract"), found->authorization.shop.contract}};
    return sale;
}

Result<QString> writeReturnsDayList(CounterServices& counter, QDate today, const QString& officeName,
                                    const QDir& out)
{
    auto shops = counter.returns.day(today);
    if (!shops)
        return shops.error();
    auto pdf = renderReportPdf(reportDocument(QStringLiteral("returns-day"), returnsDayJson(today, *shops),
                                              officeName, QStringLiteral("returns")));
    if (!pdf)
        return pdf.error();
    const QString name = QStringLiteral("documents/returns-%1.pdf").arg(today.toString(Qt::ISODate));
    if (auto st = writeFile(out.filePath(name), *pdf); !st)
        return st.error();
    return name;
}

} // namespace pc::services::demo
