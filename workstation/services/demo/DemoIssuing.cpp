#include "DemoIssuing.h"

#include "domain/ItemIdentifier.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/IssuingPeripherals.h"
#include "services/printing/FormJobRenderer.h"
#include "services/storage/ArrivalService.h"
#include "services/storage/StorageService.h"

#include <QDir>
#include <QJsonArray>

namespace pc::services {

namespace {
QString rpo(const char* first13)
{
    return QString::fromLatin1(first13) + QString::number(rpoCheckDigit(first13));
}
} // namespace

Result<QJsonObject> runDemoIssuing(const db::Connection& c, const Clock& clock, const AppConfig& cfg,
                                   CounterServices& counter, const QStringList& arrived,
                                   const QString& documentsDir)
{
    if (arrived.size() < 3)
        return Error{QStringLiteral("demo.issuing"), QStringLiteral("the demo needs three arrivals")};
    auto extras = IssuingPeripherals::open(cfg);
    if (!extras)
        return extras.error();
    // The demo's own simulated gateway, so its spool sits next to the manifest's documents.
    const QString spool = QDir(documentsDir).absoluteFilePath(QStringLiteral("../sms-spool"));
    QDir().mkpath(spool);
    SpoolSmsGateway sms(QDir::cleanPath(spool));
    IssuingService& issuing = counter.issuing;
    issuing.setPersonalDataCipher((*extras)->cipher());
    issuing.setSmsGateway(&sms);
    struct Detach {
        IssuingService& s;
        ~Detach()
        {
            s.setSmsGateway(nullptr);
            s.setPersonalDataCipher(nullptr);
        }
    } detach{issuing};

    // Two more arrivals: one the addressee will refuse, one nobody collects.
    ArrivalService arrivals(c, clock, counterContextFrom(cfg), officeInfoFrom(cfg));
    QStringList extra;
    QJsonArray extraArrivals;
    for (const char* first13 : {"1010001100006", "1010001100007"}) {
        ArrivalRequest r;
        r.barcode = rpo(first13);
        r.weightG = 640;
        r.objectCode = 4030;
        r.recipientName = QStringLiteral("Кузнецова Мария");
        auto a = arrivals.arrive(r);
        if (!a)
            return a.error();
        extra << a->itemId;
        extraArrivals.append(
            QJsonObject{{QStringLiteral("id"), a->itemId},
                        {QStringLiteral("place"), a->place},
                        {QStringLiteral("storage_until"), a->period.until.toString(Qt::ISODate)},
                        {QStringLiteral("cod_kop"), 0.0},
                        {QStringLiteral("documents"), QJsonObject{}}});
    }

    QJsonArray handed;
    auto document = [&](std::optional<qint64> job, const QString& base) -> Result<QString> {
        if (!job)
            return QString();
        auto f = writePrintJobFile(c, *job, documentsDir, base);
        if (!f)
            return f.error();
        return QStringLiteral("documents/") + *f;
    };
    auto note = [&](const HandOverResult& r) -> Status {
        for (const auto& i : r.items) {
            QJsonObject o{{QStringLiteral("id"), i.itemId},
                          {QStringLiteral("op"), QStringLiteral("%1.%2").arg(r.op.type).arg(r.op.attr)},
                          {QStringLiteral("method"), r.method},
                          {QStringLiteral("document"), r.documentMasked},
                          {QStringLiteral("total_kop"), double(i.due.totalKop())},
                          {QStringLiteral("cod_kop"), double(i.due.codKop)},
                          {QStringLiteral("revenue_kop"), double(i.due.totalKop() - i.due.codKop)}};
            auto f112 = document(i.f112Job, QStringLiteral("%1-f112").arg(i.itemId));
            if (!f112)
                return f112.error();
            if (!f112->isEmpty()) {
                o.insert(QStringLiteral("f112_number"), i.f112Number);
                o.insert(QStringLiteral("f112_pdf"), *f112);
            }
            auto receipt =
                document(r.receiptJob, QStringLiteral("issue-receipt-%1").arg(r.receiptNumber.value_or(0)));
            if (!receipt)
                return receipt.error();
            if (!receipt->isEmpty()) {
                o.insert(QStringLiteral("receipt"), double(*r.receiptNumber));
                o.insert(QStringLiteral("receipt_pdf"), *receipt);
            }
            handed.append(o);
        }
        return {};
    };

    // The parcel by passport; the COD parcel by passport with cash (3 500 ₽ + 90 ₽ + 4 % = 3 730 ₽).
    const issuing::IdDocumentInput passport{issuing::IdDocType::RussianPassport,
                                            QStringLiteral("4510 123456"), QDate(2015, 3, 20),
                                            QStringLiteral("ОВД Тверского района")};
    auto first = issuing.handOver({{arrived[0]}, passport, std::nullopt});
    if (!first)
        return first.error();
    if (auto st = note(*first); !st)
        return st.error();
    const issuing::IdDocumentInput other{
        issuing::IdDocType::InternationalPassport, QStringLiteral("75 4417382"), QDate(2021, 9, 1), {}};
    auto cod = issuing.handOver(
        {{arrived[2]}, other, acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, qint64(400000)}});
    if (!cod)
        return cod.error();
    if (auto st = note(*cod); !st)
        return st.error();
    // The letter by SMS code: the recipient reads it from the phone (the simulated gateway's spool).
    auto sent = issuing.sendSmsCode({arrived[1], {}});
    if (!sent)
        return sent.error();
    auto phone = db::StoredItemRepository(c).find(arrived[1]);
    if (!phone || !*phone)
        return Error{QStringLiteral("demo.issuing"), QStringLiteral("the letter is not stored")};
    auto message = readLastSimMessage(sms.dir(), (*phone)->recipientPhoneDigits);
    if (!message)
        return message.error();
    auto bySms = issuing.handOver({{arrived[1]}, SmsCodeIdentification{message->code}, std::nullopt});
    if (!bySms)
        return bySms.error();
    if (auto st = note(*bySms); !st)
        return st.error();

    auto refused = issuing.refuse(extra[0], QStringLiteral("адресат отказался: не заказывал"));
    if (!refused)
        return refused.error();
    // The last one waits until its period is over: the day after its last day it goes back (3.1).
    StorageService storage(c, clock, counterContextFrom(cfg), extensionLimitsFrom(cfg));
    auto kept = db::StoredItemRepository(c).find(extra[1]);
    if (!kept || !*kept)
        return Error{QStringLiteral("demo.issuing"), QStringLiteral("the unclaimed parcel is not stored")};
    auto returned = storage.returnExpired((*kept)->storageUntil.addDays(1));
    if (!returned)
        return returned.error();

    return QJsonObject{{QStringLiteral("handed_over"), handed},
                       {QStringLiteral("refused"), extra[0]},
                       {QStringLiteral("returned"), QJsonArray::fromStringList(returned->returned)},
                       {QStringLiteral("sms_spool"), QStringLiteral("sms-spool")},
                       {QStringLiteral("arrivals"), extraArrivals}};
}

} // namespace pc::services
