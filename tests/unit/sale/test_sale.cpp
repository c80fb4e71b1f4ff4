// A sale is one transaction: items, operations, the receipt with its gap-free number, outbox events and
// print jobs commit together, or nothing does (a refused payment, an invalid item). Voids reverse
// without deleting; business lists import, fill the acceptance from a scan and refuse a second scan.
#include "../../support/TestDatabase.h"
#include "SaleTestData.h"
#include "db/ItemRepository.h"
#include "db/OutboxRepository.h"
#include "db/printqueue/PrintQueueRepository.h"
#include "db/sale/ReceiptRepository.h"
#include "domain/acceptance/ShipmentJson.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/FormJobRenderer.h"
#include "services/printing/PrintQueueService.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace pc::services;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kNoon(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC); // 12:00 in Moscow

qint64 countRows(const db::Connection& c, const QString& table)
{
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestSale : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{kNoon};
    AppConfig m_cfg;
    std::unique_ptr<CounterServices> m_counter;

    SaleService& sales() { return m_counter->sales; }
    qint64 quoteOf(const acceptance::Shipment& s) { return sales().check(s).price.quote.totalKop; }

    // The rows a sale leaves, to compare before and after a refused one.
    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char* t :
             {"item", "operation", "outbox", "receipt", "receipt_line", "print_job", "issued_identifier"})
            out << countRows(*m_c, QString::fromLatin1(t));
        return out;
    }

private slots:
    void init()
    {
        m_clock.set(kNoon);
        const QString path = m_dir.filePath(QStringLiteral("sale.db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto c = db::openSqlite({pc::testing::orPostgres(path)});
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        m_c.emplace(std::move(*c));
        m_cfg.officePostcode = QStringLiteral("101000");
        m_cfg.officeName = QStringLiteral("Москва 101000");
        m_cfg.counterId = QStringLiteral("1");
        m_cfg.operatorId = QStringLiteral("clerk");
        m_cfg.operatorName = QStringLiteral("Иванова А. С.");
        QVERIFY(ensureOfficeAndCounter(*m_c, m_cfg));
        QVERIFY(seedDemoRanges(*m_c, m_cfg.officePostcode));
        m_counter = std::make_unique<CounterServices>(m_cfg, *m_c, m_clock, true,
                                                      OperatorPolicy{5, 600, HashCost::minimal()});
        QVERIFY(m_counter->tariffs.ensureTariffs());
        QVERIFY(m_counter->operators.add({QStringLiteral("clerk"), QStringLiteral("Иванова А. С."),
                                          Role::Operator, QStringLiteral("c1")}));
        QVERIFY(m_counter->operators.add(
            {QStringLiteral("boss"), QStringLiteral("Петров Б."), Role::Supervisor, QStringLiteral("s1")}));
        QVERIFY(m_counter->shifts.open(QStringLiteral("1"), QStringLiteral("clerk"), 500000));
        m_clock.advanceSecs(60); // reports cover [opened, now): work happens after the opening
    }
    void cleanup()
    {
        m_counter.reset();
        m_c.reset();
    }

    void cashSaleRecordsEverythingInOneGo()
    {
        const acceptance::Shipment parcel = testing::parcelWithValueCodAndInventory();
        const qint64 price = quoteOf(parcel);
        QVERIFY(price > 0);
        SaleRequest req;
        req.items = {parcel};
        req.payment = {acceptance::PaymentMethod::Cash, price + 10000}; // 100 ₽ more than the price
        auto sale = sales().commit(req);
        QVERIFY2(sale, sale ? "" : qPrintable(sale.error().message));
        QCOMPARE(sale->receiptNumber, 1);
        QCOMPARE(sale->totalKop, price);
        QCOMPARE(sale->changeKop, 10000);
        QCOMPARE(sale->items.size(), 1);
        const QString id = sale->items[0].id.text;
        QCOMPARE(id.size(), 14);
        // Label, Ф.107 (inventory), Ф.112ЭП (COD), Ф.116 (parcel), then the receipt.
        QCOMPARE(sale->items[0].forms, (QStringList{u"label"_s, u"f107"_s, u"f112"_s, u"f116"_s}));
        QCOMPARE(sale->printJobs.size(), 5);

        auto item = db::ItemRepository(*m_c).find(id);
        QVERIFY(item && *item);
        QCOMPARE((*item)->receiptId, sale->receiptId);
        QCOMPARE((*item)->totalKop, price);
        // The details keep what the clerk entered: the inventory lines come back.
        auto details =
            acceptance::shipmentFromJson(QJsonDocument::fromJson((*item)->details.toUtf8()).object());
        QVERIFY(details);
        QCOMPARE(details->inventory.size(), 2);
        QCOMPARE(details->recipient.postcode, QStringLiteral("630099"));

        auto receipt = db::ReceiptRepository(*m_c).get(sale->receiptId);
        QVERIFY(receipt);
        QCOMPARE(receipt->method, QStringLiteral("cash"));
        QCOMPARE(receipt->tenderedKop, price + 10000);
        qint64 linesSum = 0;
        for (const auto& l : receipt->lines)
            linesSum += l.totalKop;
        QCOMPARE(linesSum, price); // the receipt's lines add up to what was paid
        QCOMPARE(receipt->lines.first().itemId, id);
        QCOMPARE(countRows(*m_c, QStringLiteral("outbox")), 1);

        // Every print job waits in the queue with its form and data, rendered only when sent.
        db::PrintQueueRepository jobs(*m_c);
        for (qint64 j : sale->printJobs) {
            auto e = jobs.get(j, true);
            QVERIFY(e);
            QCOMPARE(e->state, QStringLiteral("queued"));
            QVERIFY(!e->form.isEmpty());
            QVERIFY(e->bytes.isEmpty());
        }
        auto receiptJob = jobs.get(sale->receiptJob, true);
        // Rendered for a receipt printer whose Cyrillic table is 46 (another maker's numbering): ESC t 46.
        auto forPrinter = printJobFor(*receiptJob, PrinterOutput{drivers::PrintLanguage::EscPos, 203, {}, 46});
        QVERIFY2(forPrinter, forPrinter ? "" : qPrintable(forPrinter.error().message));
        QVERIFY(forPrinter->bytes.startsWith(QByteArray("\x1b@\x1bt", 4) + char(46)));
        QCOMPARE(receiptJob->form, QStringLiteral("receipt"));
        QVERIFY(QJsonDocument::fromJson(receiptJob->formData)
                    .object()
                    .value(QStringLiteral("open_drawer"))
                    .toBool());
    }

    void lessThanTheTotalIsRefusedAndLeavesNothing()
    {
        const acceptance::Shipment letter = testing::registeredLetter();
        const qint64 price = quoteOf(letter);
        const auto before = footprint();
        SaleRequest req;
        req.items = {letter};
        req.payment = {acceptance::PaymentMethod::Cash, price - 1};
        auto sale = sales().commit(req);
        QVERIFY(!sale);
        QCOMPARE(sale.error().code, QStringLiteral("payment.insufficient"));
        QCOMPARE(footprint(), before);
    }

    void receiptNumbersHaveNoGapsAcrossRefusals()
    {
        SaleRequest ok;
        ok.items = {testing::registeredLetter()};
        SaleRequest bad = ok;
        bad.items[0].recipient.postcode = QStringLiteral("63009"); // five digits
        for (int i = 0; i < 3; ++i) {
            QVERIFY(sales().commit(ok));
            auto refused = sales().commit(bad);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("Item 1")),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(*db::ReceiptRepository(*m_c).numbers(QStringLiteral("1")), (QList<qint64>{1, 2, 3}));
    }

    void basketIsOneReceiptForSeveralItems()
    {
        SaleRequest req;
        req.items = {testing::registeredLetter(), testing::parcelWithValueCodAndInventory(),
                     testing::internationalSmallPacket(3000, QStringLiteral("EUR"))};
        const qint64 expected = quoteOf(req.items[0]) + quoteOf(req.items[1]) + quoteOf(req.items[2]);
        auto sale = sales().commit(req);
        QVERIFY2(sale, sale ? "" : qPrintable(sale.error().message));
        QCOMPARE(sale->totalKop, expected);
        QCOMPARE(sale->items.size(), 3);
        QCOMPARE(countRows(*m_c, QStringLiteral("receipt")), 1);
        QCOMPARE(countRows(*m_c, QStringLiteral("outbox")), 3);
        // The small packet got an S10 identifier from the UA range and a CN 22 (30 € is under 300 SDR).
        QVERIFY(sale->items[2].id.text.startsWith(QStringLiteral("UA")));
        QVERIFY(sale->items[2].id.text.endsWith(QStringLiteral("RU")));
        QVERIFY(sale->items[2].forms.contains(QStringLiteral("cn22")));
    }

    void customsOverThreeHundredSdrNeedsCn23()
    {
        // 400 € at the sample rate 100 ₽/€ = 40 000 ₽ > 300 SDR × 115 ₽ = 34 500 ₽.
        SaleRequest req;
        req.items = {testing::internationalSmallPacket(40000, QStringLiteral("EUR"))};
        auto sale = sales().commit(req);
        QVERIFY2(sale, sale ? "" : qPrintable(sale.error().message));
        QVERIFY(sale->items[0].forms.contains(QStringLiteral("cn23")));
        QVERIFY(!sale->items[0].forms.contains(QStringLiteral("cn22")));
    }

    void noShiftNoSale()
    {
        auto st = m_counter->shifts.state(QStringLiteral("1"));
        QVERIFY(st && st->shift);
        QVERIFY(m_counter->shifts.close(st->shift->id, {QStringLiteral("clerk"), {}, 500000, {}, {}, {}}));
        SaleRequest req;
        req.items = {testing::registeredLetter()};
        auto sale = sales().commit(req);
        QVERIFY(!sale);
        QCOMPARE(sale.error().code, QStringLiteral("shift.none"));
    }

    void contractNeedsItsNumberAndCardNeedsATerminal()
    {
        SaleRequest req;
        req.items = {testing::registeredLetter()};
        req.payment.method = acceptance::PaymentMethod::Contract;
        QCOMPARE(sales().commit(req).error().code, QStringLiteral("payment.contract_missing"));
        req.contract = QStringLiteral("Д-2026/117");
        auto sale = sales().commit(req);
        QVERIFY(sale);
        QCOMPARE(db::ReceiptRepository(*m_c).get(sale->receiptId)->contract, QStringLiteral("Д-2026/117"));
        req.payment.method = acceptance::PaymentMethod::Card;
        QCOMPARE(sales().commit(req).error().code, QStringLiteral("payment.no_terminal"));
    }

    void cardApprovedDeclinedOrTimedOut()
    {
        auto card = CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
        QVERIFY(card);
        auto* sim = (*card)->simulator();
        sim->setStepDelayMs(5);
        sales().setPaymentTerminal((*card)->terminal(), 400);
        SaleRequest req;
        req.items = {testing::registeredLetter()};
        req.payment.method = acceptance::PaymentMethod::Card;

        auto paid = sales().commit(req);
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().message));
        auto receipt = db::ReceiptRepository(*m_c).get(paid->receiptId);
        QCOMPARE(receipt->method, QStringLiteral("card"));
        QVERIFY(!receipt->cardAuthCode.isEmpty());
        QCOMPARE(receipt->cardRrn.size(), 12);

        const auto before = footprint();
        sim->setNextOutcome(drivers::SimulatedPaymentTerminal::Outcome::Decline);
        auto declined = sales().commit(req);
        QVERIFY(!declined);
        QCOMPARE(declined.error().code, QStringLiteral("payment.declined"));
        QVERIFY2(declined.error().message.contains(QStringLiteral("51")),
                 qPrintable(declined.error().message));
        QCOMPARE(footprint(), before);

        sim->setNextOutcome(drivers::SimulatedPaymentTerminal::Outcome::Timeout);
        auto timedOut = sales().commit(req);
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.error().code, QStringLiteral("payment.timeout"));
        QCOMPARE(footprint(), before);
        // The terminal was told to cancel the sale it never finished: the customer is not charged.
        bool cancelled = false;
        for (const auto& op : sim->operations())
            cancelled = cancelled || op.op == u"cancel";
        QVERIFY(cancelled);
        QCOMPARE(*db::ReceiptRepository(*m_c).numbers(QStringLiteral("1")), (QList<qint64>{1}));

        // A card sale voided goes back to the card: the terminal reverses it by its RRN.
        m_counter->voids.setPaymentTerminal((*card)->terminal());
        auto voided =
            m_counter->voids.voidItem({paid->items[0].id.text, QStringLiteral("customer changed mind"), true,
                                       QStringLiteral("boss"), QStringLiteral("s1")});
        QVERIFY2(voided, voided ? "" : qPrintable(voided.error().message));
        QCOMPARE(voided->method, QStringLiteral("card"));
        bool reversed = false;
        for (const auto& op : sim->operations())
            reversed = reversed || (op.op == u"cancel" && op.rrn == receipt->cardRrn);
        QVERIFY(reversed);
        m_clock.advanceSecs(60);
        auto x = m_counter->shifts.xReport(QStringLiteral("1"));
        QCOMPARE(x->cardPaymentsKop, 0); // sold and refunded by card
    }

    void voidReversesWithApprovalAndRefund()
    {
        SaleRequest req;
        req.items = {testing::registeredLetter(), testing::parcelWithValueCodAndInventory()};
        auto sale = sales().commit(req);
        QVERIFY(sale);
        const QString letterId = sale->items[0].id.text;
        const qint64 letterPrice = sale->items[0].totalKop;
        m_clock.advanceSecs(60);
        auto before = m_counter->shifts.xReport(QStringLiteral("1"));
        QVERIFY(before);

        VoidRequest v{letterId, QStringLiteral("wrong product chosen"), false, QStringLiteral("boss"),
                      QStringLiteral("wrong")};
        QCOMPARE(m_counter->voids.voidItem(v).error().code.left(9), QStringLiteral("operator."));
        v.supervisorPassword = QStringLiteral("s1");
        v.reason.clear();
        QCOMPARE(m_counter->voids.voidItem(v).error().code, QStringLiteral("void.reason"));
        v.reason = QStringLiteral("wrong product chosen");
        auto done = m_counter->voids.voidItem(v);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->refundKop, letterPrice);
        QCOMPARE(done->refundReceiptNumber, 2); // the next number of the counter, a refund receipt
        auto item = db::ItemRepository(*m_c).find(letterId);
        QCOMPARE((*item)->status, QStringLiteral("voided")); // still there, marked
        QCOMPARE(m_counter->voids.voidItem(v).error().code, QStringLiteral("void.not_accepted"));
        // The drawer holds the letter's price less: the reversal is in the journal with a negative amount.
        m_clock.advanceSecs(60);
        auto after = m_counter->shifts.xReport(QStringLiteral("1"));
        QCOMPARE(after->expectedCashKop, before->expectedCashKop - letterPrice);
        QCOMPARE(after->voids, 1);
        QCOMPARE(countRows(*m_c, QStringLiteral("approval")), 1);
        QCOMPARE(countRows(*m_c, QStringLiteral("outbox")), 3); // two acceptances and the cancellation
    }

    void businessListScanFillsTheItemAndRefusesASecondScan()
    {
        auto report =
            m_counter->lists.importFile(QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-20.json"),
                                        {QStringLiteral("ООО «Книжный двор»"), {}, QStringLiteral("Д-1")});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        for (const auto& r : report->rejected)
            qWarning() << "line" << r.line << r.issues.first().message;
        QCOMPARE(report->imported, 20);
        QVERIFY(report->rejected.isEmpty());
        auto lists = m_counter->lists.openLists();
        QCOMPARE(lists->size(), 1);
        auto missing = m_counter->lists.missing(report->listId);
        QCOMPARE(missing->size(), 20);

        auto scan = m_counter->lists.scan(missing->first(), report->listId);
        QVERIFY(scan);
        QVERIFY(!scan->shipment.recipient.name.isEmpty());
        SaleRequest req;
        req.items = {scan->shipment};
        req.payment.method = acceptance::PaymentMethod::Contract;
        req.contract = scan->list.contract;
        auto sale = sales().commit(req);
        QVERIFY2(sale, sale ? "" : qPrintable(sale.error().message));
        QCOMPARE(sale->items[0].id.text, missing->first());
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT op_type, op_attr FROM operation ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 3); // batch, electronic list

        QCOMPARE(m_counter->lists.scan(missing->first(), report->listId).error().code,
                 QStringLiteral("business.already_scanned"));
        QCOMPARE(sales().commit(req).error().code, QStringLiteral("business.already_scanned"));
        QCOMPARE(m_counter->lists.scan(QStringLiteral("80082240994512"), report->listId).error().code,
                 QStringLiteral("business.not_on_list"));

        QCOMPARE(m_counter->lists.close(report->listId, false).error().code,
                 QStringLiteral("business.items_missing"));
        auto closed = m_counter->lists.close(report->listId, true);
        QVERIFY(closed);
        QCOMPARE(closed->missing.size(), 19);
        QVERIFY(closed->f103Job > 0);
        auto f103 = db::PrintQueueRepository(*m_c).get(closed->f103Job, true);
        QCOMPARE(f103->form, QStringLiteral("f103"));
        // It renders: the form accepts the data the list produced.
        auto pdf = printJobFor(*f103, PrinterOutput{});
        QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
        QVERIFY(pdf->bytes.startsWith("%PDF"));
    }

    void jobsLeftByACrashAfterTheCommitPrintAtTheNextStart()
    {
        // The sale commits its jobs; the process "dies" before handing them to a printer (no queue).
        SaleRequest req;
        req.items = {testing::parcelWithValueCodAndInventory()};
        auto sale = sales().commit(req);
        QVERIFY(sale);
        // Next start: printers configured, the queue resumes what was left and renders each form for
        // the printer with its role (ZPL labels, ESC/POS receipts, PDF forms).
        QTemporaryDir out;
        PrinterRegistry printers;
        const QList<std::pair<QString, drivers::PrintLanguage>> roles{
            {QStringLiteral("label"), drivers::PrintLanguage::Zpl},
            {QStringLiteral("receipt"), drivers::PrintLanguage::EscPos},
            {QStringLiteral("form"), drivers::PrintLanguage::Pdf}};
        for (const auto& [role, lang] : roles) {
            printers.add(std::make_shared<drivers::SimulatedPrinter>(role, out.filePath(role)));
            printers.setOutput(role, {lang, 203, {}, -1});
            printers.setRole(role, role);
        }
        PrintQueueService queue(*m_c, printers);
        auto resumed = queue.resumeUnfinished();
        QVERIFY(resumed);
        QCOMPARE(*resumed, int(sale->printJobs.size()));
        QVERIFY(queue.waitForIdle(60000));
        for (qint64 j : sale->printJobs)
            QCOMPARE(db::PrintQueueRepository(*m_c).get(j, false)->state, QStringLiteral("printed"));
        // What reached the label printer is ZPL, the receipt printer got ESC/POS ending in the drawer kick.
        const QStringList labels = QDir(out.filePath(QStringLiteral("label"))).entryList(QDir::Files);
        QCOMPARE(labels.size(), 1);
        QFile label(out.filePath(QStringLiteral("label/")) + labels.first());
        QVERIFY(label.open(QIODevice::ReadOnly));
        QVERIFY(label.readAll().contains("^XA"));
        const QStringList receipts = QDir(out.filePath(QStringLiteral("receipt"))).entryList(QDir::Files);
        QCOMPARE(receipts.size(), 1);
        QFile receipt(out.filePath(QStringLiteral("receipt/")) + receipts.first());
        QVERIFY(receipt.open(QIODevice::ReadOnly));
        QVERIFY(receipt.readAll().contains(QByteArray("\x1bp", 2))); // ESC p: the cash drawer opens
    }

    void weightFarFromTheDeclaredOneMustBeConfirmed()
    {
        auto report =
            m_counter->lists.importFile(QStringLiteral(PC_TEST_DATA_DIR "/acceptance/business-list-20.json"),
                                        {QStringLiteral("Client"), {}, QStringLiteral("Д-1")});
        QVERIFY(report);
        auto scan = m_counter->lists.scan(m_counter->lists.missing(report->listId)->first(), report->listId);
        QVERIFY(scan && scan->shipment.declaredWeightG);
        SaleRequest req;
        req.items = {scan->shipment};
        req.items[0].weightG = *scan->shipment.declaredWeightG * 2; // twice what the client said
        req.payment.method = acceptance::PaymentMethod::Contract;
        req.contract = QStringLiteral("Д-1");
        QCOMPARE(sales().commit(req).error().code, QStringLiteral("acceptance.weight_mismatch"));
        req.weightMismatchConfirmed = true;
        QVERIFY(sales().commit(req));
    }
};

QTEST_MAIN(TestSale)
#include "test_sale.moc"
