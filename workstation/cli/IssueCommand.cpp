// postcounter-cli issue ID... (--id-doc TYPE:NUMBER:ISSUED[:ISSUER] | --poa NUMBER:DATE:UNTIL:ISSUED_BY
//                              --rep-doc TYPE:NUMBER:ISSUED | --sms-code CODE) [--pay cash[:AMOUNT]|card]
//                              [--json]
// postcounter-cli issue ID --send-sms [--json]        send a one-time code to the recipient's phone
// postcounter-cli issue ID --refuse REASON [--json]   the addressee refuses: 3.4 return
// postcounter-cli issue ID --failed 12.N [--json]     a failed attempt; the item stays stored
// postcounter-cli issue due ID... [--json]            what the recipient pays
// Document numbers are personal data: only the masked form is ever printed.
#include "CounterSession.h"
#include "services/issuing/IssuingPeripherals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::cli {

namespace {
QString rub(qint64 kop)
{
    return QString::number(double(kop) / 100.0, 'f', 2);
}
QString opText(TrackingOperation op)
{
    return QStringLiteral("%1.%2").arg(op.type).arg(op.attr);
}

QJsonObject dueJson(const issuing::ItemDue& d)
{
    return {{QStringLiteral("id"), d.itemId},
            {QStringLiteral("cod_kop"), double(d.codKop)},
            {QStringLiteral("cod_fee_kop"), double(d.codFeeKop)},
            {QStringLiteral("cod_fee_sender_kop"), double(d.codFeeSenderKop)},
            {QStringLiteral("customs_duty_kop"), double(d.customsDutyKop)},
            {QStringLiteral("storage_charge_kop"), double(d.storageChargeKop)},
            {QStringLiteral("total_kop"), double(d.totalKop())}};
}

int refused(CliContext& ctx, bool json, const Error& e)
{
    if (json) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("refused")},
                                             {QStringLiteral("error_code"), e.code},
                                             {QStringLiteral("error"), e.message}})
                       .toJson(QJsonDocument::Compact)
                << "\n";
        ctx.out.flush();
    }
    return ctx.refuse(e);
}

void printJson(CliContext& ctx, const QJsonObject& o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
}
} // namespace

int runIssueCommand(CliContext& ctx)
{
    bool usageError = false;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool sendSms = ctx.takeFlag(QStringLiteral("--send-sms"));
    const auto idDoc = ctx.takeOption(QStringLiteral("--id-doc"), &usageError);
    const auto poa = ctx.takeOption(QStringLiteral("--poa"), &usageError);
    const auto repDoc = ctx.takeOption(QStringLiteral("--rep-doc"), &usageError);
    const auto smsCode = ctx.takeOption(QStringLiteral("--sms-code"), &usageError);
    const auto pay = ctx.takeOption(QStringLiteral("--pay"), &usageError);
    const auto refuse = ctx.takeOption(QStringLiteral("--refuse"), &usageError);
    const auto failed = ctx.takeOption(QStringLiteral("--failed"), &usageError);
    const QString synopsis = QStringLiteral(
        "issue ID... (--id-doc TYPE:NUMBER:ISSUED[:ISSUER] | --poa NUMBER:DATE:UNTIL:ISSUED_BY --rep-doc "
        "TYPE:NUMBER:ISSUED | --sms-code CODE) [--pay cash[:AMOUNT]|card] [--json] | issue ID --send-sms | "
        "issue ID --refuse REASON | issue ID --failed 12.N | issue due ID... [--json]");
    if (usageError || ctx.args.isEmpty())
        return ctx.usage(synopsis);
    const bool due = ctx.args.front() == u"due";
    if (due)
        ctx.args.removeFirst();
    for (const QString& a : ctx.args)
        if (a.startsWith(QStringLiteral("--")))
            return ctx.usage(QStringLiteral("unknown option %1").arg(a));
    const int actions = int(due) + int(sendSms) + int(bool(refuse)) + int(bool(failed)) + int(bool(idDoc)) +
                        int(bool(poa)) + int(bool(smsCode));
    if (actions != 1 || ctx.args.isEmpty() || (poa && !repDoc) || (repDoc && !poa))
        return ctx.usage(synopsis);

    std::optional<acceptance::PaymentChoice> payment;
    if (pay) {
        auto p = acceptance::parsePaymentChoice(*pay);
        if (!p)
            return ctx.usage(p.error().message);
        payment = *p;
    }
    std::optional<issuing::FailedAttemptReason> reason;
    if (failed && !(reason = issuing::failedAttemptReason(*failed))) {
        QStringList known;
        for (const auto& r : issuing::failedAttemptReasons())
            known << QStringLiteral("12.%1 %2").arg(r.attr).arg(r.name);
        return ctx.usage(QStringLiteral("unknown reason %1; known: %2").arg(*failed, known.join(u", ")));
    }
    services::Identification identification;
    if (idDoc) {
        auto d = issuing::parseIdDocumentArg(*idDoc);
        if (!d)
            return ctx.usage(d.error().message);
        identification = *d;
    } else if (poa) {
        auto p = issuing::parsePowerOfAttorneyArg(*poa, *repDoc);
        if (!p)
            return ctx.usage(p.error().message);
        identification = *p;
    } else if (smsCode) {
        identification = services::SmsCodeIdentification{*smsCode};
    }

    int code = ExitOk;
    auto session = CounterSession::open(ctx, &code, !due);
    if (!session)
        return code;
    auto extras = services::IssuingPeripherals::open(session->config());
    if (!extras)
        return ctx.fail(extras.error());
    services::IssuingService& issuing = session->counter().issuing;
    (*extras)->attach(issuing);

    if (due) {
        auto d = issuing.dueFor(ctx.args);
        if (!d)
            return refused(ctx, json, d.error());
        QJsonArray items;
        for (const auto& i : d->items) {
            items.append(dueJson(i));
            if (!json)
                ctx.out << i.itemId << "\tCOD " << rub(i.codKop) << "\tfee " << rub(i.codFeeKop)
                        << "\tcustoms " << rub(i.customsDutyKop) << "\tstorage " << rub(i.storageChargeKop)
                        << "\ttotal " << rub(i.totalKop()) << "\n";
        }
        if (json)
            printJson(ctx,
                      {{QStringLiteral("items"), items}, {QStringLiteral("total_kop"), double(d->totalKop)}});
        else
            ctx.out << "total\t" << rub(d->totalKop) << "\n";
        return ExitOk;
    }
    if (sendSms) {
        auto sent = issuing.sendSmsCode(services::SmsTarget{ctx.args.front(), {}});
        if (!sent)
            return refused(ctx, json, sent.error());
        if (json)
            printJson(ctx, {{QStringLiteral("status"), QStringLiteral("sent")},
                            {QStringLiteral("phone"), sent->phoneMasked},
                            {QStringLiteral("code_id"), double(sent->codeId)},
                            {QStringLiteral("expires_at"), sent->expiresAtUtc.toString(Qt::ISODate)},
                            {QStringLiteral("items"), QJsonArray::fromStringList(sent->itemIds)}});
        else
            ctx.out << "code sent to " << sent->phoneMasked << ", valid until "
                    << sent->expiresAtUtc.toString(Qt::ISODate) << "\n";
        return ExitOk;
    }
    if (refuse || failed) {
        auto done = refuse ? issuing.refuse(ctx.args.front(), *refuse)
                           : issuing.failedAttempt(ctx.args.front(), *reason);
        if (!done)
            return refused(ctx, json, done.error());
        if (json)
            printJson(ctx, {{QStringLiteral("status"),
                             refuse ? QStringLiteral("returned") : QStringLiteral("failed_attempt")},
                            {QStringLiteral("id"), done->itemId},
                            {QStringLiteral("op"), opText(done->op)},
                            {QStringLiteral("state"), done->state}});
        else
            ctx.out << done->itemId << "\t" << opText(done->op) << "\t" << done->state << "\n";
        return ExitOk;
    }

    auto handed = issuing.handOver(services::HandOverRequest{ctx.args, identification, payment});
    if (!handed)
        return refused(ctx, json, handed.error());
    session->waitForPrinting();
    QJsonArray items;
    for (const auto& i : handed->items) {
        QJsonObject o = dueJson(i.due);
        o.insert(QStringLiteral("operation_id"), double(i.operationId));
        if (i.codTransferId) {
            o.insert(QStringLiteral("cod_transfer_id"), double(*i.codTransferId));
            o.insert(QStringLiteral("f112_number"), i.f112Number);
            o.insert(QStringLiteral("transfer_kop"), double(i.due.transferKop()));
        }
        items.append(o);
    }
    if (json) {
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("handed_over")},
                      {QStringLiteral("op"), opText(handed->op)},
                      {QStringLiteral("method"), handed->method},
                      {QStringLiteral("document"), handed->documentMasked},
                      {QStringLiteral("total_kop"), double(handed->totalKop)},
                      {QStringLiteral("items"), items}};
        if (handed->receiptNumber) {
            o.insert(QStringLiteral("receipt_number"), double(*handed->receiptNumber));
            o.insert(QStringLiteral("payment"), acceptance::paymentMethodName(handed->paymentMethod));
            o.insert(QStringLiteral("change_kop"), double(handed->changeKop));
        }
        printJson(ctx, o);
    } else {
        for (const auto& i : handed->items)
            ctx.out << i.itemId << "\thanded over (" << opText(handed->op) << ")"
                    << (i.f112Number.isEmpty() ? QString() : QStringLiteral("\tФ.112ЭП %1").arg(i.f112Number))
                    << "\n";
        if (!handed->documentMasked.isEmpty())
            ctx.out << "document\t" << handed->documentMasked << "\n";
        if (handed->receiptNumber)
            ctx.out << "receipt " << *handed->receiptNumber << "\ttotal " << rub(handed->totalKop)
                    << "\tchange " << rub(handed->changeKop) << "\n";
    }
    return ExitOk;
}

} // namespace pc::cli
