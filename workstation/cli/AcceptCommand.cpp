// postcounter-cli accept --item FILE.json [--item FILE.json …] [--pay cash[:AMOUNT]|card|contract]
//                        [--contract NUMBER] [--confirm-weight] [--documents DIR]
//                        [--to-phone +7… --to-name NAME] [--json]
// Accepts one basket headless: the items of the files (docs/acceptance-item-json.md; a file holds one
// item or an array), one payment, one receipt. Refused (exit 1) with every reason. --documents writes
// what the sale prints (label, forms, receipt) as PDF files into DIR. --to-phone/--to-name send the
// items by the recipient's phone number instead of an address (docs/phone-send.md).
#include "CliContext.h"
#include "CounterSession.h"
#include "domain/Money.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/phonesend/PhoneAddressing.h"
#include "services/printing/FormJobRenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {

Result<QList<acceptance::Shipment>> readItems(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("accept.file"),
                     QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("accept.json"),
            QStringLiteral("%1 is not JSON: %2 at offset %3").arg(path, pe.errorString()).arg(pe.offset)};
    QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    QList<acceptance::Shipment> out;
    for (int i = 0; i < items.size(); ++i) {
        auto s = acceptance::shipmentFromJson(items[i].toObject());
        if (!s)
            return Error{s.error().code,
                         doc.isArray()
                             ? QStringLiteral("%1, item %2: %3").arg(path).arg(i + 1).arg(s.error().message)
                             : QStringLiteral("%1: %2").arg(path, s.error().message)};
        out << *s;
    }
    return out;
}

// Renders the sale's print jobs as PDF files: {job id: file name}.
Result<QJsonObject> writeDocuments(const db::Connection& c, const QList<qint64>& jobs, const QString& dir)
{
    db::PrintQueueRepository repo(c);
    QJsonObject out;
    for (qint64 id : jobs) {
        auto e = repo.get(id, false);
        if (!e)
            return e.error();
        auto name = services::writePrintJobFile(c, id, dir,
                                                QString(e->title).replace(u' ', u'-').replace(u'/', u'-'));
        if (!name)
            return name.error();
        out.insert(QString::number(id), *name);
    }
    return out;
}

QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::English, false);
}

} // namespace

int runAcceptCommand(CliContext& ctx)
{
    bool usageError = false;
    QStringList files;
    while (auto f = ctx.takeOption(QStringLiteral("--item"), &usageError))
        files << *f;
    const auto pay = ctx.takeOption(QStringLiteral("--pay"), &usageError);
    const auto contract = ctx.takeOption(QStringLiteral("--contract"), &usageError);
    const auto documents = ctx.takeOption(QStringLiteral("--documents"), &usageError);
    const auto toPhone = ctx.takeOption(QStringLiteral("--to-phone"), &usageError);
    const auto toName = ctx.takeOption(QStringLiteral("--to-name"), &usageError);
    const bool confirmWeight = ctx.takeFlag(QStringLiteral("--confirm-weight"));
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const QString synopsis =
        QStringLiteral("accept --item FILE.json [--item …] [--pay cash[:AMOUNT]|card|contract] "
                       "[--contract N] [--confirm-weight] [--documents DIR] [--to-phone +7… --to-name NAME] "
                       "[--json]");
    if (usageError || files.isEmpty() || !ctx.args.isEmpty())
        return ctx.usage(synopsis);
    auto payment = acceptance::parsePaymentChoice(pay.value_or(QStringLiteral("cash")));
    if (!payment)
        return ctx.usage(payment.error().message);

    services::SaleRequest request;
    request.payment = *payment;
    request.contract = contract.value_or(QString());
    request.weightMismatchConfirmed = confirmWeight;
    for (const QString& path : files) {
        auto items = readItems(path);
        if (!items)
            return ctx.refuse(items.error());
        request.items += *items;
    }
    if (toPhone || toName)
        for (acceptance::Shipment& s : request.items)
            if (auto st = phonesend::sendByRecipientPhone(s, toName.value_or(QString()),
                                                          toPhone.value_or(QString()));
                !st)
                return ctx.refuse(st.error());

    int code = ExitOk;
    auto session = CounterSession::open(ctx, &code);
    if (!session)
        return code;
    services::CounterServices& counter = session->counter();

    // A shop's return (an item with "return_code") goes to the shop: filled in when the file leaves
    // the recipient out.
    for (acceptance::Shipment& s : request.items)
        if (!s.returnCode.isEmpty() && s.recipient.isEmpty())
            if (auto found = counter.returns.lookup(s.returnCode))
                s.recipient = found->authorization.shop.address;
    // A contract payment with no number takes the business client's contract of its list, or the
    // shop's contract of its returns.
    if (request.payment.method == acceptance::PaymentMethod::Contract && request.contract.isEmpty()) {
        for (const auto& s : request.items)
            if (auto found = counter.lists.lookup(s.barcode); found && *found)
                request.contract = (*found)->list.contract;
        if (auto shop = counter.returns.contractFor(request.items))
            request.contract = *shop;
    }

    auto sale = counter.sales.commit(request);
    if (!sale)
        return ctx.refuse(sale.error());
    if (!session->waitForPrinting())
        ctx.err << "postcounter-cli: printing is still in progress; the print queue keeps the jobs\n";

    QJsonObject docs;
    if (documents) {
        auto written = writeDocuments(session->connection(), sale->printJobs, *documents);
        if (!written)
            return ctx.fail(written.error());
        docs = *written;
    }
    QJsonArray items;
    for (const auto& it : sale->items) {
        QJsonArray jobs;
        for (int i = 0; i < it.printJobs.size(); ++i)
            jobs.append(QJsonObject{{QStringLiteral("job"), double(it.printJobs[i])},
                                    {QStringLiteral("form"), it.forms[i]},
                                    {QStringLiteral("file"), docs.value(QString::number(it.printJobs[i]))}});
        items.append(QJsonObject{{QStringLiteral("id"), it.id.text},
                                 {QStringLiteral("object"), it.object},
                                 {QStringLiteral("weight_g"), double(it.weightG)},
                                 {QStringLiteral("total_kop"), double(it.totalKop)},
                                 {QStringLiteral("tariff_version"), it.tariffVersion},
                                 {QStringLiteral("operation_id"), double(it.operationId)},
                                 {QStringLiteral("event_id"), it.eventId},
                                 {QStringLiteral("documents"), jobs}});
    }
    if (json) {
        const QJsonObject o{{QStringLiteral("receipt"), double(sale->receiptNumber)},
                            {QStringLiteral("receipt_id"), double(sale->receiptId)},
                            {QStringLiteral("receipt_file"), docs.value(QString::number(sale->receiptJob))},
                            {QStringLiteral("method"), acceptance::paymentMethodName(sale->method)},
                            {QStringLiteral("total_kop"), double(sale->totalKop)},
                            {QStringLiteral("tendered_kop"), double(sale->tenderedKop)},
                            {QStringLiteral("change_kop"), double(sale->changeKop)},
                            {QStringLiteral("card_auth_code"), sale->cardAuthCode},
                            {QStringLiteral("items"), items}};
        ctx.out << QJsonDocument(o).toJson();
        return ExitOk;
    }
    for (const auto& it : sale->items)
        ctx.out << it.id.text << "  " << it.object << "  " << it.weightG << " g  " << rub(it.totalKop)
                << " RUB  (" << it.forms.join(QStringLiteral(", ")) << ")\n";
    ctx.out << "receipt " << sale->receiptNumber << ": " << rub(sale->totalKop) << " RUB by "
            << acceptance::paymentMethodName(sale->method);
    if (sale->method == acceptance::PaymentMethod::Cash)
        ctx.out << ", tendered " << rub(sale->tenderedKop) << ", change " << rub(sale->changeKop);
    ctx.out << "\n";
    return ExitOk;
}

} // namespace pc::cli
