#include "SaleService.h"

#include "AcceptanceRecorder.h"
#include "ShipmentQuote.h"
#include "db/TransactionRunner.h"
#include "db/business/BusinessListRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "domain/phonesend/PhoneAddressing.h"
#include "domain/returns/ReturnCode.h"
#include "drivers/payment/PaymentTerminal.h"
#include "services/printing/PrintQueueService.h"
#include "services/printing/PrinterRegistry.h"
#include "services/returns/EasyReturnService.h"
#include "services/tariff/TariffService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcSale, "pc.services.sale")

namespace pc::services {

using acceptance::PaymentMethod;
using acceptance::Shipment;

IdentifierPlan identifierPlanFor(int object)
{
    const int mailType = object / 1000;
    if (mailType == 7)
        return {IdKind::S10, QStringLiteral("EE")}; // EMS uses S10 identifiers at home too
    if (object % 10 != 1)
        return {IdKind::Rpo14, {}};
    if (mailType == 5)
        return {IdKind::S10, (object / 10) % 100 == 1 ? QStringLiteral("RA") : QStringLiteral("UA")};
    if (mailType == 4)
        return {IdKind::S10, QStringLiteral("CP")};
    return {IdKind::S10, QStringLiteral("RA")};
}

namespace {
QString itemLabel(int index, const Shipment& s)
{
    return s.barcode.isEmpty()
               ? QCoreApplication::translate("Sale", "Item %1").arg(index + 1)
               : QCoreApplication::translate("Sale", "Item %1 (%2)").arg(index + 1).arg(s.barcode);
}

} // namespace

SaleService::SaleService(const db::Connection& c, const Clock& clock, CounterContext ctx,
                         TariffService& tariffs, OfficeInfo office)
    : m_c(c), m_clock(clock), m_ctx(std::move(ctx)), m_tariffs(tariffs), m_office(std::move(office))
{}

ItemCheck SaleService::check(const Shipment& s)
{
    ItemCheck c;
    c.price = m_tariffs.quote(quoteRequestFor(s, m_ctx.officePostcode));
    c.issues = acceptance::checkShipment(s, m_rules);
    c.weightFlag = acceptance::weightMismatch(s, s.weightG, m_rules);
    c.customsForm = acceptance::requiredCustomsForm(s, m_rules.customs);
    return c;
}

Result<SaleService::Prepared> SaleService::prepare(const SaleRequest& request)
{
    if (request.items.isEmpty())
        return Error{QStringLiteral("sale.empty"),
                     QCoreApplication::translate("Sale", "The basket is empty: scan or add an item first.")};
    if (m_shiftCheck)
        if (auto st = m_shiftCheck(m_ctx.counterId); !st)
            return st.error();

    // Everything that can be refused is refused before the customer pays.
    QList<tariff::Quote> quotes;
    QList<acceptance::CustomsForm> customs;
    QList<std::optional<db::BusinessItemRecord>> business;
    QSet<QString> barcodes;
    qint64 total = 0;
    db::BusinessListRepository lists(m_c);
    // Shops' returns: usable codes of one shop, paid by its contract (docs/easy-return.md).
    if (auto st = EasyReturnService(m_c, m_clock, m_ctx)
                      .checkBasket(request.items, request.payment.method, request.contract);
        !st)
        return st.error();
    for (int i = 0; i < request.items.size(); ++i) {
        const Shipment& s = request.items[i];
        if (!s.barcode.isEmpty()) {
            if (auto id = parseItemId(s.barcode); !id)
                return Error{id.error().code, itemLabel(i, s) + QStringLiteral(": ") + id.error().message};
            if (barcodes.contains(s.barcode))
                return Error{
                    QStringLiteral("sale.duplicate_item"),
                    QCoreApplication::translate("Sale", "%1 is in the basket twice.").arg(s.barcode)};
            barcodes.insert(s.barcode);
        }
        const ItemCheck c = check(s);
        if (!c.issues.isEmpty()) {
            QStringList reasons;
            for (const auto& issue : c.issues)
                reasons << issue.message;
            return Error{c.issues.first().code, itemLabel(i, s) + QStringLiteral(": ") + reasons.join(u' ')};
        }
        if (!c.price.ok())
            return Error{c.price.errors.first().code,
                         itemLabel(i, s) + QStringLiteral(": ") + c.price.errors.first().message};
        if (c.weightFlag && !request.weightMismatchConfirmed)
            return Error{QStringLiteral("acceptance.weight_mismatch"),
                         itemLabel(i, s) + QStringLiteral(": ") + c.weightFlag->message};
        std::optional<db::BusinessItemRecord> pre;
        if (!s.barcode.isEmpty()) {
            auto found = lists.findItem(s.barcode);
            if (!found)
                return found.error();
            if (*found && (*found)->state == u"accepted")
                return Error{QStringLiteral("business.already_scanned"),
                             QCoreApplication::translate(
                                 "Sale", "%1 has already been scanned and accepted from its list (44.7).")
                                 .arg(s.barcode)};
            pre = *found;
        }
        business << pre;
        quotes << c.price.quote;
        customs << c.customsForm;
        total += c.price.quote.totalKop;
    }
    return Prepared{quotes, customs, business, total};
}

Result<drivers::SaleApproval> SaleService::chargeCard(qint64 totalKop) const
{
    if (!m_terminal)
        return Error{QStringLiteral("payment.no_terminal"),
                     QCoreApplication::translate("Sale",
                                                 "No card terminal is configured at this counter: "
                                                 "take cash, or ask the administrator to set one up.")};
    auto paid =
        m_terminal->sale(totalKop, QStringLiteral("counter %1").arg(m_ctx.counterId), m_terminalTimeoutMs);
    if (!paid)
        return Error{paid.error().code, paid.error().message};
    return *paid;
}

Result<qint64> SaleService::totalFor(const SaleRequest& request)
{
    auto p = prepare(request);
    if (!p)
        return p.error();
    return p->total;
}

Result<SaleResult> SaleService::commit(const SaleRequest& request,
                                       const std::optional<drivers::SaleApproval>& preApproved)
{
    auto prepared = prepare(request);
    if (!prepared) {
        // Things changed between the charge and the commit (another counter took a list item…).
        if (preApproved && m_terminal)
            (void)m_terminal->cancel(preApproved->rrn, preApproved->amountKop);
        return prepared.error();
    }
    const QList<tariff::Quote>& quotes = prepared->quotes;
    const QList<acceptance::CustomsForm>& customs = prepared->customs;
    const QList<std::optional<db::BusinessItemRecord>>& business = prepared->business;
    const qint64 total = prepared->total;
    db::BusinessListRepository lists(m_c);

    SaleResult result;
    result.method = request.payment.method;
    result.totalKop = total;
    switch (request.payment.method) {
    case PaymentMethod::Cash: {
        auto tender = acceptance::tenderCash(total, request.payment.tenderedKop.value_or(total));
        if (!tender)
            return tender.error();
        result.tenderedKop = tender->tenderedKop;
        result.changeKop = tender->changeKop;
        break;
    }
    case PaymentMethod::Contract:
        if (request.contract.trimmed().isEmpty())
            return Error{QStringLiteral("payment.contract_missing"),
                         QCoreApplication::translate("Sale", "A contract payment needs the business client's "
                                                             "contract number.")};
        break;
    case PaymentMethod::Card:
        if (!m_terminal)
            return Error{QStringLiteral("payment.no_terminal"),
                         QCoreApplication::translate("Sale",
                                                     "No card terminal is configured at this counter: "
                                                     "take cash, or ask the administrator to set one up.")};
        break;
    }

    const QDateTime now = m_clock.nowUtc();
    result.atUtc = now;
    std::optional<drivers::SaleApproval> approval;
    if (request.payment.method == PaymentMethod::Card && total > 0) {
        if (preApproved) {
            // Charged by the caller on a worker thread (the GUI): it must be for exactly this total.
            if (preApproved->amountKop != total) {
                (void)m_terminal->cancel(preApproved->rrn, preApproved->amountKop);
                return Error{QStringLiteral("payment.amount_mismatch"),
                             QCoreApplication::translate("Sale",
                                                         "The card was charged %1 kopecks but the basket "
                                                         "costs %2: the charge was reversed, take the "
                                                         "payment again.")
                                 .arg(preApproved->amountKop)
                                 .arg(total)};
            }
            approval = *preApproved;
        } else {
            auto paid = chargeCard(total);
            if (!paid)
                return paid.error();
            approval = *paid;
        }
        result.cardAuthCode = approval->authCode;
    }
    // From here on a failure must give the customer's card money back.
    auto refundCard = [&](const Error& why) -> Error {
        if (approval) {
            auto cancelled = m_terminal->cancel(approval->rrn, total);
            if (!cancelled)
                qCWarning(lcSale) << "card sale" << approval->rrn
                                  << "not reversed:" << cancelled.error().message;
            else
                qCInfo(lcSale) << "card sale" << approval->rrn << "reversed after:" << why.message;
        }
        return why;
    };

    // One transaction for the receipt, the items, their journal rows, events and print jobs. When another
    // window's transaction collides with it (a PostgreSQL deadlock or serialization failure, SQLite
    // busy) it is re-run from the start, invisibly to the clerk; the card was charged once, before.
    const SaleResult beforeCommit = result;
    qint64 receiptNumber = 0;
    QList<ItemId> ids;
    const Status stored = db::runInTransaction(m_c, [&]() -> Status {
        result = beforeCommit;
        db::ReceiptRepository receipts(m_c);
        auto number = receipts.nextNumber(m_ctx.counterId);
        if (!number)
            return number.error();
        receiptNumber = *number;

        ids.clear();
        for (int i = 0; i < request.items.size(); ++i) {
            const IdentifierPlan plan = identifierPlanFor(request.items[i].object);
            auto id = scannedOrAllocated(m_c, m_ctx, now, request.items[i].barcode, plan.kind,
                                         plan.serviceIndicator);
            if (!id)
                return id.error();
            ids << *id;
        }

        db::ReceiptRecord receipt;
        receipt.counterId = m_ctx.counterId;
        receipt.number = *number;
        receipt.shiftId = m_shiftId ? m_shiftId() : std::nullopt;
        receipt.operatorId = m_ctx.operatorId;
        receipt.totalKop = total;
        receipt.method = acceptance::paymentMethodName(request.payment.method);
        if (request.payment.method == PaymentMethod::Cash) {
            receipt.tenderedKop = result.tenderedKop;
            receipt.changeKop = result.changeKop;
        }
        if (approval) {
            receipt.cardAuthCode = approval->authCode;
            receipt.cardRrn = approval->rrn;
            receipt.cardPan = approval->maskedPan;
        }
        receipt.contract = request.contract;
        receipt.createdAtUtc = now;
        for (int i = 0; i < quotes.size(); ++i) {
            bool first = true;
            for (const tariff::QuoteLine& l : quotes[i].lines) {
                if (l.totalKop == 0)
                    continue;
                db::ReceiptLineRecord line;
                line.lineNo = int(receipt.lines.size()) + 1;
                line.itemId = first ? ids[i].text : QString();
                line.name = l.code == u"postage"    ? printedProductName(quotes[i].object)
                            : l.code == u"by_phone" ? phonesend::receiptMark(request.items[i].recipient.phone)
                                                    : l.name;
                line.priceKop = l.totalKop;
                line.vatRateBp = l.vatRateBp;
                line.vatKop = l.vatKop;
                line.totalKop = l.totalKop;
                receipt.vatKop += l.vatKop;
                receipt.lines << line;
                first = false;
            }
        }
        auto receiptId = receipts.insert(receipt);
        if (!receiptId)
            return receiptId.error();
        receipt.id = *receiptId;
        result.receiptId = *receiptId;
        result.receiptNumber = *number;

        const QDate localDate = TariffService::localDate(now, m_ctx.utcOffsetMin);
        for (int i = 0; i < request.items.size(); ++i) {
            Shipment s = request.items[i];
            s.barcode = ids[i].text;
            ItemToRecord item;
            item.id = ids[i];
            item.op = business[i] ? op::AcceptanceBatchElectronic : op::AcceptanceSingle;
            item.objectCode = s.object;
            item.weightG = s.weightG;
            item.declaredValueKop = s.declaredValueKop;
            item.codKop = s.codKop;
            item.totalKop = quotes[i].totalKop;
            item.destination = s.international() ? s.recipient.country : s.recipient.postcode;
            item.details = QString::fromUtf8(
                QJsonDocument(acceptance::shipmentToJson(s)).toJson(QJsonDocument::Compact));
            item.receiptId = *receiptId;
            if (business[i])
                item.businessListId = business[i]->listId;
            auto recorded = recordAcceptance(m_c, m_ctx, now, item);
            if (!recorded)
                return recorded.error();
            if (business[i])
                if (auto st = lists.markAccepted(s.barcode, now); !st)
                    return st.error();
            if (!s.returnCode.isEmpty())
                if (auto st = EasyReturnService(m_c, m_clock, m_ctx)
                                  .markUsed(*returns::parseReturnCode(s.returnCode), ids[i].text, now);
                    !st)
                    return st.error();
            SaleItem out{ids[i],
                         s.object,
                         s.weightG,
                         quotes[i].totalKop,
                         recorded->operationId,
                         recorded->eventId,
                         quotes[i].tariffVersion,
                         {},
                         {}};
            for (const PlannedDocument& d :
                 itemDocuments(s, ids[i].text, quotes[i], customs[i], m_office, localDate)) {
                auto job = recordPlannedDocument(m_c, m_printers, d, recorded->operationId);
                if (!job)
                    return job.error();
                out.printJobs << *job;
                out.forms << d.form;
                result.printJobs << *job;
            }
            result.items << out;
        }
        auto receiptJob = recordPlannedDocument(
            m_c, m_printers,
            receiptDocument(receipt, m_office, receipt.shiftId.value_or(0), m_ctx.utcOffsetMin), {});
        if (!receiptJob)
            return receiptJob.error();
        result.receiptJob = *receiptJob;
        result.printJobs << *receiptJob;
        return {};
    });
    if (!stored)
        return refundCard(stored.error());
    qCInfo(lcSale) << "sale" << m_ctx.counterId << receiptNumber << "items" << ids.size() << "total" << total
                   << acceptance::paymentMethodName(request.payment.method);
    if (m_queue)
        for (qint64 job : result.printJobs)
            m_queue->dispatch(job);
    return result;
}

} // namespace pc::services
