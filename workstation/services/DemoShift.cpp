#include "DemoShift.h"

#include "AppConfig.h"
#include "OfficeSetup.h"
#include "acceptance/CardTerminal.h"
#include "acceptance/CounterServices.h"
#include "claims/ClaimDemo.h"
#include "db/OutboxRepository.h"
#include "demo/DemoCounterServices.h"
#include "demo/DemoIssuing.h"
#include "demo/DemoShipments.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"
#include "forms/FormRegistry.h"
#include "forms/render/Renderer.h"
#include "issuing/SmsGateway.h"
#include "phonesend/PhoneSendService.h"
#include "printing/FormJobRenderer.h"
#include "shift/ShiftReportFormat.h"
#include "storage/ArrivalService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <algorithm>

Q_LOGGING_CATEGORY(lcDemo, "pc.services.demo")

namespace pc::services {

namespace {
// Writes what a sale printed, as the printers would get it: PDF for everything, ZPL for labels (the
// thermal label printer), ESC/POS for the receipt. Keys "<document>_<language>" → relative path.
Result<QJsonObject> writeSaleDocuments(const db::Connection& c, const SaleItem& item, const QDir& out)
{
    QJsonObject docs;
    const QString dir = out.filePath(QStringLiteral("documents"));
    for (int i = 0; i < item.printJobs.size(); ++i) {
        const QString form = item.forms[i];
        const QString key = form.startsWith(QStringLiteral("label")) ? QStringLiteral("label") : form;
        QList<drivers::PrintLanguage> languages{drivers::PrintLanguage::Pdf};
        if (key == u"label") // the thermal label printers: Zebra (ZPL) and TSC (TSPL)
            languages << drivers::PrintLanguage::Zpl << drivers::PrintLanguage::Tspl;
        for (const auto lang : languages) {
            auto name =
                writePrintJobFile(c, item.printJobs[i], dir, QStringLiteral("%1-%2").arg(item.id.text, key),
                                  {lang, 203, {}, -1});
            if (!name)
                return name.error();
            docs.insert(key + u'_' + drivers::printLanguageName(lang), QStringLiteral("documents/") + *name);
        }
    }
    return docs;
}

Result<QJsonObject> writeReceipt(const db::Connection& c, const SaleResult& sale, const QDir& out)
{
    QJsonObject docs;
    for (const auto lang : {drivers::PrintLanguage::Pdf, drivers::PrintLanguage::EscPos}) {
        auto name =
            writePrintJobFile(c, sale.receiptJob, out.filePath(QStringLiteral("documents")),
                              QStringLiteral("receipt-%1").arg(sale.receiptNumber), {lang, 203, {}, -1});
        if (!name)
            return name.error();
        docs.insert(QStringLiteral("receipt_") + drivers::printLanguageName(lang),
                    QStringLiteral("documents/") + *name);
    }
    return docs;
}
} // namespace

Result<DemoResult> DemoShift::run()
{
    QDir out(m_outDir);
    if (!out.mkpath(QStringLiteral(".")))
        return Error{
            QStringLiteral("demo.out_dir"),
            QCoreApplication::translate("DemoShift", "Cannot create the output folder %1.").arg(m_outDir)};

    AppConfig cfg;
    cfg.configPath = out.filePath(QStringLiteral("postcounter.conf"));
    cfg.databasePath = out.filePath(QStringLiteral("postcounter.db"));
    cfg.officePostcode = QStringLiteral("101000");
    cfg.officeName = QStringLiteral("Москва 101000 (sample)");
    cfg.officeRegion = QStringLiteral("Москва");
    cfg.counterId = QStringLiteral("1");
    cfg.counterName = QStringLiteral("Окно 1");
    cfg.operatorId = QStringLiteral("demo");
    cfg.operatorName = QStringLiteral("Demo Operator");
    cfg.demo = true;
    // A fresh database every run: the demo is a script, not a continuation.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cfg.databasePath + suffix);
    if (auto st = cfg.save(); !st)
        return st.error();

    auto conn = db::openSqlite({cfg.databasePath});
    if (!conn)
        return conn.error();
    if (auto st = ensureOfficeAndCounter(*conn, cfg); !st)
        return st.error();
    if (auto st = seedDemoRanges(*conn, cfg.officePostcode); !st)
        return st.error();

    SystemClock clock;
    CounterServices counter(cfg, *conn, clock, true);
    // The clerk's day: log in, open the shift with a float, work, count the cash, close.
    const QString demoPassword = QStringLiteral("demo-password");
    if (auto st = counter.operators.add({cfg.operatorId, cfg.operatorName, Role::Operator, demoPassword});
        !st)
        return st.error();
    if (auto who = counter.operators.authenticate(cfg.operatorId, demoPassword); !who)
        return who.error();
    ShiftService& shifts = counter.shifts;
    const qint64 floatKop = 500000; // 5 000 ₽ in the drawer
    auto shift = shifts.open(cfg.counterId, cfg.operatorId, floatKop);
    if (!shift)
        return shift.error();
    if (auto st = counter.tariffs.ensureTariffs(); !st)
        return st.error();

    QJsonArray items;
    QJsonArray receipts;
    auto record = [&](const SaleResult& sale, const QList<acceptance::Shipment>& basket) -> Status {
        auto receiptDocs = writeReceipt(*conn, sale, out);
        if (!receiptDocs)
            return receiptDocs.error();
        receipts.append(QJsonObject{{QStringLiteral("number"), double(sale.receiptNumber)},
                                    {QStringLiteral("method"), acceptance::paymentMethodName(sale.method)},
                                    {QStringLiteral("total_kop"), double(sale.totalKop)},
                                    {QStringLiteral("tendered_kop"), double(sale.tenderedKop)},
                                    {QStringLiteral("change_kop"), double(sale.changeKop)},
                                    {QStringLiteral("card_auth_code"), sale.cardAuthCode},
                                    {QStringLiteral("items"), int(sale.items.size())}});
        for (int i = 0; i < sale.items.size(); ++i) {
            const SaleItem& it = sale.items[i];
            auto docs = writeSaleDocuments(*conn, it, out);
            if (!docs)
                return docs.error();
            for (auto d = receiptDocs->constBegin(); d != receiptDocs->constEnd(); ++d)
                docs->insert(d.key(), d.value());
            const acceptance::Shipment& s = basket[i];
            items.append(QJsonObject{
                {QStringLiteral("id"), it.id.text},
                {QStringLiteral("kind"), idKindName(it.id.kind)},
                {QStringLiteral("object"), it.object},
                {QStringLiteral("weight_g"), double(it.weightG)},
                {QStringLiteral("destination"),
                 s.international() ? s.recipient.country : s.recipient.postcode},
                {QStringLiteral("total_kop"), double(it.totalKop)},
                {QStringLiteral("tariff_version"), it.tariffVersion},
                {QStringLiteral("operation_id"), double(it.operationId)},
                {QStringLiteral("event_id"), it.eventId},
                {QStringLiteral("receipt"), double(sale.receiptNumber)},
                {QStringLiteral("business_list"), !s.businessListRef.isEmpty()},
                {QStringLiteral("documents"), *docs},
            });
            qCInfo(lcDemo) << "demo accepted" << it.id.text;
        }
        return {};
    };

    // Cards go to the simulated terminal, over TCP like a real one.
    auto card = CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
    if (!card)
        return card.error();
    counter.setPaymentTerminal((*card)->terminal(), (*card)->timeoutMs());
    (*card)->simulator()->setStepDelayMs(20);

    // The walk-in customers: baskets paid in cash (the tendered money rounded up) or by card.
    for (const demo::DemoCustomer& customer : demo::demoCustomers()) {
        SaleRequest req;
        req.items = customer.basket;
        qint64 total = 0;
        for (const auto& s : customer.basket) {
            const ItemCheck c = counter.sales.check(s);
            if (!c.price.ok())
                return c.price.errors.first();
            total += c.price.quote.totalKop;
        }
        const qint64 step = customer.tenderedRoundUpKop;
        req.payment = {customer.method, std::nullopt};
        if (customer.method == acceptance::PaymentMethod::Cash)
            req.payment.tenderedKop = step > 0 ? (total + step - 1) / step * step : total;
        auto sale = counter.sales.commit(req);
        if (!sale)
            return sale.error();
        if (auto st = record(*sale, req.items); !st)
            return st.error();
        // Sent by phone number: the recipient chooses this office (docs/phone-send.md), 4.1.
        for (int i = 0; i < sale->items.size(); ++i)
            if (req.items[i].byRecipientPhone())
                if (auto st = PhoneSendService(*conn, clock, counterContextFrom(cfg))
                                  .address(sale->items[i].id.text, cfg.officePostcode, {});
                    !st)
                    return st.error();
    }

    // A customer with a shipment pre-filled at home (QR code) and one returning goods to an online shop
    // with the shop's return code (its contract pays); then the day's list of returns per shop.
    const QDate today = counter.localToday();
    QJsonObject prepared;
    for (const QString& kind : {QStringLiteral("prefill"), QStringLiteral("easy_return")}) {
        auto p = kind == QStringLiteral("prefill") ? demo::prefilledSale(today, out)
                                                   : demo::easyReturnSale(counter, today, out);
        if (!p)
            return p.error();
        if (p->request.payment.method == acceptance::PaymentMethod::Cash)
            p->request.payment.tenderedKop = 100000; // a 1 000 ₽ note
        auto sold = counter.sales.commit(p->request);
        if (!sold)
            return sold.error();
        if (auto st = record(*sold, p->request.items); !st)
            return st.error();
        p->manifest.insert(QStringLiteral("id"), sold->items.first().id.text);
        p->manifest.insert(QStringLiteral("receipt"), double(sold->receiptNumber));
        prepared.insert(kind, p->manifest);
    }
    auto returnsList = demo::writeReturnsDayList(counter, today, cfg.officeName, out);
    if (!returnsList)
        return returnsList.error();
    prepared.insert(QStringLiteral("returns_day_pdf"), *returnsList);

    // A business client hands in a pre-registered list of 20 parcels: import it, scan each (in the
    // order they come out of the bag), one sale on the client's contract, close the list with Ф.103.
    QFile listFile(QStringLiteral(":/pc/demo/business-list-20.json"));
    if (!listFile.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo.list"), QStringLiteral("the demo business list is missing")};
    auto imported = counter.lists.importBytes(
        listFile.readAll(), QStringLiteral("business-list-20.json"),
        {QStringLiteral("ООО «Книжный двор»"), QStringLiteral("7701234567"), QStringLiteral("Д-2026/117")});
    if (!imported)
        return imported.error();
    auto toScan = counter.lists.missing(imported->listId);
    if (!toScan)
        return toScan.error();
    std::reverse(toScan->begin(), toScan->end());
    SaleRequest listSale;
    listSale.payment.method = acceptance::PaymentMethod::Contract;
    for (const QString& barcode : *toScan) {
        auto scan = counter.lists.scan(barcode, imported->listId);
        if (!scan)
            return scan.error();
        listSale.contract = scan->list.contract;
        listSale.items << scan->shipment; // the scale agrees with what the client declared
    }
    auto listSold = counter.sales.commit(listSale);
    if (!listSold)
        return listSold.error();
    if (auto st = record(*listSold, listSale.items); !st)
        return st.error();
    auto closedList = counter.lists.close(imported->listId, false);
    if (!closedList)
        return closedList.error();
    auto f103 = writePrintJobFile(*conn, closedList->f103Job, out.filePath(QStringLiteral("documents")),
                                  QStringLiteral("list-%1-f103").arg(imported->listId));
    if (!f103)
        return f103.error();

    // Items arriving for delivery at this office: each gets a storage place, its period and a Ф.22
    // notice (issuing them is issue 8's next part).
    ArrivalService arrivals(*conn, clock, counterContextFrom(cfg), officeInfoFrom(cfg));
    // The simulated phone: the SMS notice (service 20) lands in the demo's spool.
    QDir().mkpath(out.filePath(QStringLiteral("sms-spool")));
    SpoolSmsGateway demoSms(out.filePath(QStringLiteral("sms-spool")));
    arrivals.setSms(&demoSms);
    QJsonArray arrived;
    struct Incoming {
        const char* first13;
        qint64 grams;
        int object;
        const char* name;
        const char* phone;
        qint64 codKop;
        bool sms;
    };
    const Incoming incoming[] = {
        {"1900001100001", 1850, 4030, "Петров Иван Сергеевич", "+79161112233", 0, false},
        {"6300991100002", 25, 2010, "Соколова Анна Игоревна", "+79035554433", 0, true},
        {"6200141100003", 2400, 4040, "Васильев Олег Петрович", "+79227776655", 350000, false},
    };
    for (const Incoming& in : incoming) {
        const QString first13 = QString::fromLatin1(in.first13);
        ArrivalRequest req;
        req.barcode = first13 + QString::number(rpoCheckDigit(in.first13));
        req.weightG = in.grams;
        req.objectCode = in.object;
        req.recipientName = QString::fromUtf8(in.name);
        req.recipientPhone = QString::fromLatin1(in.phone);
        if (in.codKop > 0)
            req.codKop = in.codKop;
        req.smsNotice = in.sms;
        auto a = arrivals.arrive(req);
        if (!a)
            return a.error();
        QJsonObject docs;
        if (a->noticeJob) {
            auto f22 = writePrintJobFile(*conn, a->noticeJob, out.filePath(QStringLiteral("documents")),
                                         QStringLiteral("%1-f22").arg(a->itemId));
            if (!f22)
                return f22.error();
            docs.insert(QStringLiteral("f22_pdf"), QStringLiteral("documents/") + *f22);
        }
        arrived.append(QJsonObject{{QStringLiteral("id"), a->itemId},
                                   {QStringLiteral("place"), a->place},
                                   {QStringLiteral("storage_until"), a->period.until.toString(Qt::ISODate)},
                                   {QStringLiteral("cod_kop"), double(a->codKop)},
                                   {QStringLiteral("sms_sent"), a->smsSent},
                                   {QStringLiteral("documents"), docs}});
    }

    // Issuing: hand-overs by document, SMS code and with COD, a refusal and an expired return.
    QStringList arrivedIds;
    for (const auto& a : arrived)
        arrivedIds << a.toObject().value(QStringLiteral("id")).toString();
    auto issued =
        runDemoIssuing(*conn, clock, cfg, counter, arrivedIds, out.filePath(QStringLiteral("documents")));
    if (!issued)
        return issued.error();
    for (const auto& a : issued->take(QStringLiteral("arrivals")).toArray())
        arrived.append(a); // the demo's issuing registers two more arrivals

    // A customer says the first item sold is lost: a search claim with its form and slip.
    auto claimed =
        openDemoClaims(*conn, clock, cfg, items.at(0).toObject().value(QStringLiteral("id")).toString(),
                       out.filePath(QStringLiteral("documents")));
    if (!claimed)
        return claimed.error();

    // Close: the counted cash is exactly what the journal says the drawer holds.
    auto x = shifts.xReport(cfg.counterId);
    if (!x)
        return x.error();
    CloseRequest closing;
    closing.operatorId = cfg.operatorId;
    closing.countedTotalKop = x->expectedCashKop;
    auto closed = shifts.close(shift->id, closing);
    if (!closed)
        return closed.error();
    const QJsonObject zReport = shiftReportJson(closed->report);
    const QString zPath = out.filePath(QStringLiteral("shift-report.json"));
    QSaveFile z(zPath);
    if (!z.open(QIODevice::WriteOnly) || z.write(QJsonDocument(zReport).toJson()) < 0 || !z.commit())
        return Error{
            QStringLiteral("demo.report"),
            QCoreApplication::translate("DemoShift", "Cannot write %1: %2").arg(zPath, z.errorString())};

    // The Z-report as printed for the head of office (A4 PDF), from the same JSON.
    QJsonObject zData = zReport;
    zData.insert(QStringLiteral("office"), cfg.officeName);
    auto zForm =
        forms::buildForm(QStringLiteral("shift-report"), QJsonDocument(zData).toJson(QJsonDocument::Compact));
    if (!zForm)
        return zForm.error();
    auto zPdf = forms::render::renderDocument(*zForm, forms::OutputLanguage::Pdf, {203, 1});
    if (!zPdf)
        return zPdf.error();
    QSaveFile zp(out.filePath(QStringLiteral("shift-report.pdf")));
    if (!zp.open(QIODevice::WriteOnly) || zp.write(zPdf->bytes) < 0 || !zp.commit())
        return Error{QStringLiteral("demo.report"),
                     QCoreApplication::translate("DemoShift", "Cannot write %1: %2")
                         .arg(zp.fileName(), zp.errorString())};

    auto pending = db::OutboxRepository(*conn).pendingCount();
    if (!pending)
        return pending.error();

    const QJsonObject manifest{
        {QStringLiteral("product"), QStringLiteral("PostCounter")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("office"), cfg.officePostcode},
        {QStringLiteral("counter"), cfg.counterId},
        {QStringLiteral("database"), QStringLiteral("postcounter.db")},
        {QStringLiteral("items"), items},
        {QStringLiteral("receipts"), receipts},
        {QStringLiteral("arrivals"), arrived},
        {QStringLiteral("issuing"), *issued},
        {QStringLiteral("claims"), *claimed},
        {QStringLiteral("prepared_at_home"), prepared},
        {QStringLiteral("business_list"),
         QJsonObject{{QStringLiteral("id"), double(imported->listId)},
                     {QStringLiteral("imported"), imported->imported},
                     {QStringLiteral("accepted"), closedList->list.accepted},
                     {QStringLiteral("f103_pdf"), QStringLiteral("documents/") + *f103}}},
        {QStringLiteral("outbox_pending"), static_cast<double>(*pending)},
        {QStringLiteral("shift"),
         QJsonObject{{QStringLiteral("id"), static_cast<double>(shift->id)},
                     {QStringLiteral("report_json"), QStringLiteral("shift-report.json")},
                     {QStringLiteral("report_pdf"), QStringLiteral("shift-report.pdf")},
                     {QStringLiteral("totals"), zReport.value(QStringLiteral("totals"))}}},
    };
    const QString path = out.filePath(QStringLiteral("manifest.json"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(manifest).toJson()) < 0 || !f.commit())
        return Error{
            QStringLiteral("demo.manifest"),
            QCoreApplication::translate("DemoShift", "Cannot write %1: %2").arg(path, f.errorString())};
    return DemoResult{path, static_cast<int>(items.size())};
}

} // namespace pc::services
