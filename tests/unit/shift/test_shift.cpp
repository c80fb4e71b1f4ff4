// Shifts: one open shift per counter, the 24-hour rule on an injected clock, cash movements, a sealed
// shift refuses changes, the discrepancy path, and report figures that equal sums over the journal
// rows the test wrote itself.
#include "ShiftTestData.h"
#include "services/shift/OfficeDayReport.h"
#include "services/shift/ShiftReportFormat.h"
#include "services/shift/ShiftService.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace pc;
using namespace pc::services;

namespace {
const QDateTime kNine(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

struct Row {
    QString counter;
    QString item;
    TrackingOperation op;
    qint64 amountKop;
    int minutesAfterNine;
    std::optional<int> objectCode;
};
} // namespace

class TestShift : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{kNine};
    OperatorPolicy m_policy{5, 600, HashCost::minimal()};
    std::optional<OperatorService> m_ops;

    ShiftService shifts(ReportOptions options = {})
    {
        return ShiftService(*m_c, m_clock, *m_ops, ShiftPolicy{}, options);
    }

private slots:
    void init()
    {
        m_clock.set(kNine);
        m_c = testing::openScratch(m_dir, QStringLiteral("shift.db"));
        QVERIFY(m_c);
        m_ops.emplace(*m_c, m_clock, m_policy);
        QVERIFY(m_ops->add(
            {QStringLiteral("clerk"), QStringLiteral("Ivanova A."), Role::Operator, QStringLiteral("c1")}));
        QVERIFY(m_ops->add(
            {QStringLiteral("boss"), QStringLiteral("Petrov B."), Role::Supervisor, QStringLiteral("s1")}));
    }
    void cleanup()
    {
        m_ops.reset();
        m_c.reset();
    }

    void noOperationsOutsideAShiftAndOneShiftPerCounter()
    {
        auto svc = shifts();
        QCOMPARE(svc.requireOpenShift(QStringLiteral("1")).error().code, QStringLiteral("shift.none"));
        QCOMPARE(svc.open(QStringLiteral("1"), QStringLiteral("ghost"), 0).error().code,
                 QStringLiteral("operator.unknown"));
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 500000);
        QVERIFY(s);
        QVERIFY(svc.requireOpenShift(QStringLiteral("1")));
        QCOMPARE(svc.open(QStringLiteral("1"), QStringLiteral("boss"), 0).error().code,
                 QStringLiteral("shift.already_open"));
        QCOMPARE(svc.requireOpenShift(QStringLiteral("2")).error().code, QStringLiteral("shift.none"));
        QVERIFY(svc.open(QStringLiteral("2"), QStringLiteral("boss"), 0)); // another counter: its own shift
        // The database refuses a second open shift too, whatever the caller.
        db::ShiftRecord again;
        again.counterId = QStringLiteral("1");
        again.operatorId = QStringLiteral("clerk");
        again.openedAtUtc = kNine;
        QCOMPARE(db::ShiftRepository(*m_c).open(again).error().code, QStringLiteral("shift.already_open"));
    }

    void twentyFourHourRule()
    {
        auto svc = shifts();
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 100000);
        QVERIFY(s);
        m_clock.advanceSecs(22 * 3600 + 59 * 60); // 61 minutes left: nothing to say yet
        auto st = svc.state(QStringLiteral("1"));
        QVERIFY(st && st->shift && !st->nearLimit && !st->overLimit && st->warning.isEmpty());
        m_clock.advanceSecs(2 * 60); // 59 minutes left: a warning, operations still allowed
        st = svc.state(QStringLiteral("1"));
        QVERIFY(st->nearLimit && !st->overLimit);
        QVERIFY2(st->warning.contains(QStringLiteral("59 minutes")), qPrintable(st->warning));
        QVERIFY(svc.requireOpenShift(QStringLiteral("1")));
        QVERIFY(svc.cashIn(s->id, 1000, QStringLiteral("change"), QStringLiteral("clerk")));
        m_clock.set(kNine.addSecs(24 * 3600)); // exactly 24 hours: refused
        QCOMPARE(svc.requireOpenShift(QStringLiteral("1")).error().code, QStringLiteral("shift.expired"));
        QCOMPARE(svc.cashIn(s->id, 1000, QStringLiteral("change"), QStringLiteral("clerk")).error().code,
                 QStringLiteral("shift.expired"));
        // Closing is always allowed: float 1 000 ₽ + 10 ₽ in = 1 010 ₽.
        CloseRequest close;
        close.countedTotalKop = 101000;
        auto closed = svc.close(s->id, close);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        QCOMPARE(closed->report.discrepancyKop, std::optional<qint64>(0));
    }

    void closedShiftIsSealed()
    {
        auto svc = shifts();
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 200000);
        QVERIFY(s);
        CloseRequest close;
        QVERIFY(CashCount::parse(QStringLiteral("1000x2")).ok());
        close.count = *CashCount::parse(QStringLiteral("1000x2"));
        m_clock.advanceSecs(8 * 3600);
        auto closed = svc.close(s->id, close);
        QVERIFY(closed);
        QVERIFY(closed->shift.sealed);
        QCOMPARE(closed->shift.closedAtUtc, kNine.addSecs(8 * 3600));
        QCOMPARE(closed->shift.countedDetail, QStringLiteral("{\"100000\":2}"));

        QCOMPARE(svc.cashIn(s->id, 100, QStringLiteral("late"), QStringLiteral("clerk")).error().code,
                 QStringLiteral("shift.sealed"));
        QCOMPARE(svc.cashOut(s->id, 100, QStringLiteral("late"), QStringLiteral("clerk")).error().code,
                 QStringLiteral("shift.sealed"));
        QCOMPARE(svc.close(s->id, close).error().code, QStringLiteral("shift.sealed"));
        db::ShiftClosing rewrite;
        rewrite.closedAtUtc = m_clock.nowUtc();
        QCOMPARE(db::ShiftRepository(*m_c).close(s->id, rewrite).error().code,
                 QStringLiteral("shift.sealed"));
        QCOMPARE(svc.requireOpenShift(QStringLiteral("1")).error().code, QStringLiteral("shift.none"));
        auto stored = db::ShiftRepository(*m_c).find(s->id);
        QCOMPARE((*stored)->countedKop, std::optional<qint64>(200000));
        // Corrections go into a new shift.
        QVERIFY(svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 200000));
    }

    void cashMovementsNeedReasonsAndCash()
    {
        auto svc = shifts();
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 50000);
        QCOMPARE(svc.cashIn(s->id, 100, QStringLiteral("  "), QStringLiteral("clerk")).error().code,
                 QStringLiteral("cash.reason"));
        QCOMPARE(svc.cashIn(s->id, 0, QStringLiteral("x"), QStringLiteral("clerk")).error().code,
                 QStringLiteral("cash.amount"));
        QCOMPARE(
            svc.cashOut(s->id, 50001, QStringLiteral("to the head"), QStringLiteral("clerk")).error().code,
            QStringLiteral("cash.insufficient"));
        QVERIFY(svc.cashOut(s->id, 50000, QStringLiteral("to the head"), QStringLiteral("clerk")));
    }

    void reportFiguresEqualSumsOverTheJournal()
    {
        auto svc = shifts(ReportOptions{20});
        // Before the shift (excluded), in the shift, at another counter (excluded).
        const QList<Row> rows = {
            {QStringLiteral("1"), QStringLiteral("EARLY"), op::AcceptanceSingle, 1000, -1, 4020},
            {QStringLiteral("1"), QStringLiteral("A1"), op::AcceptanceSingle, 25000, 5, 4020},
            {QStringLiteral("1"), QStringLiteral("A2"), op::AcceptanceSingle, 31050, 10, 4020},
            {QStringLiteral("1"), QStringLiteral("A3"), op::AcceptanceSingle, 6700, 15, 2010},
            {QStringLiteral("1"), QStringLiteral("A4"), op::AcceptanceSingle, 2900, 20, std::nullopt},
            {QStringLiteral("1"), QStringLiteral("A2"), op::CancelledOperatorError, -31050, 25, 4020},
            {QStringLiteral("1"), QStringLiteral("D1"), op::DeliveredToAddressee, 0, 30, 4020},
            {QStringLiteral("1"), QStringLiteral("D2"), op::CodPaid, 150000, 35, 4020},
            {QStringLiteral("1"), QStringLiteral("R1"), op::ReturnStorageExpired, 0, 40, 4020},
            {QStringLiteral("2"), QStringLiteral("OTHER"), op::AcceptanceSingle, 99900, 45, 4020},
        };
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 500000);
        QVERIFY(s);
        for (const Row& r : rows)
            QVERIFY(testing::addJournalRow(*m_c, r.counter, r.item, r.op, r.amountKop,
                                           kNine.addSecs(60 * r.minutesAfterNine), r.objectCode));
        m_clock.advanceSecs(3600);
        QVERIFY(
            svc.cashIn(s->id, 100000, QStringLiteral("from the head of office"), QStringLiteral("clerk")));
        QVERIFY(svc.cashOut(s->id, 200000, QStringLiteral("to the head of office"), QStringLiteral("clerk")));

        // The expectation, summed here from the rows above.
        qint64 ops = 0, revenue = 0, cod = 0, accepted = 0, voids = 0;
        QMap<int, qint64> productSum;
        for (const Row& r : rows) {
            if (r.counter != QStringLiteral("1") || r.minutesAfterNine < 0)
                continue;
            ++ops;
            if (r.op == op::CodPaid)
                cod += r.amountKop;
            else
                revenue += r.amountKop;
            if (r.op.type == 1) {
                ++accepted;
                productSum[r.objectCode.value_or(-1)] += r.amountKop;
            }
            if (r.op.type == 26)
                ++voids;
        }
        QCOMPARE(revenue, 34600); // 250 + 310,50 + 67 + 29 − 310,50 ₽, by hand
        const qint64 expected = 500000 + 100000 - 200000 + revenue + cod;

        auto x = svc.xReport(QStringLiteral("1"));
        QVERIFY(x);
        QVERIFY(!x->final);
        QCOMPARE(x->operationCount, ops);
        QCOMPARE(x->itemsAccepted, accepted);
        QCOMPARE(x->itemsIssued, 1);
        QCOMPARE(x->itemsReturned, 1);
        QCOMPARE(x->voids, voids);
        QCOMPARE(x->revenueKop, revenue);
        QCOMPARE(x->codCollectedKop, cod);
        QCOMPARE(x->vatKop, std::optional<qint64>(5767)); // 346 ₽ × 20/120 = 57,666… → 57,67 ₽
        QCOMPARE(x->cashInKop, 100000);
        QCOMPARE(x->cashOutKop, 200000);
        QCOMPARE(x->expectedCashKop, expected);
        QCOMPARE(x->expectedCashKop, 584600);
        QCOMPARE(x->byProduct.size(), productSum.size());
        for (const ProductLine& p : x->byProduct)
            QCOMPARE(p.amountKop, productSum.value(p.objectCode.value_or(-1)));
        qint64 kindSum = 0, kindCount = 0;
        for (const OperationKindLine& k : x->byKind) {
            kindSum += k.amountKop;
            kindCount += k.count;
        }
        QCOMPARE(kindSum, revenue + cod);
        QCOMPARE(kindCount, ops);

        // Close with exactly the expected cash counted by denomination.
        CloseRequest close;
        auto count = CashCount::parse(QStringLiteral("5000x1,500x1,100x3,10x4,5x1,1x1"));
        QVERIFY(count);
        close.count = *count;
        auto closed = svc.close(s->id, close);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        const ShiftReport& z = closed->report;
        QVERIFY(z.final);
        QCOMPARE(z.expectedCashKop, expected);
        QCOMPARE(z.countedCashKop, std::optional<qint64>(expected));
        QCOMPARE(z.discrepancyKop, std::optional<qint64>(0));
        QCOMPARE(closed->shift.expectedKop, std::optional<qint64>(expected));

        // A later operation (next shift) does not change the sealed shift's report.
        QVERIFY(testing::addJournalRow(*m_c, QStringLiteral("1"), QStringLiteral("LATE"),
                                       op::AcceptanceSingle, 7000, m_clock.nowUtc().addSecs(60), 4020));
        m_clock.advanceSecs(3600);
        auto again = svc.report(s->id);
        QVERIFY(again);
        QCOMPARE(again->revenueKop, revenue);
        QCOMPARE(again->operationCount, ops);

        const QJsonObject json = shiftReportJson(z);
        QCOMPARE(json[QStringLiteral("report")].toString(), QStringLiteral("Z"));
        QCOMPARE(json[QStringLiteral("totals")][QStringLiteral("revenue_kop")].toInteger(), revenue);
        QCOMPARE(json[QStringLiteral("totals")][QStringLiteral("cod_collected_kop")].toInteger(), cod);
        QCOMPARE(json[QStringLiteral("cash")][QStringLiteral("expected_kop")].toInteger(), expected);
        const QString csv = shiftReportCsv(z);
        QVERIFY(csv.startsWith(QStringLiteral("section,key,count,amount_kop,detail\r\n")));
        QVERIFY2(csv.contains(QStringLiteral("\r\ntotal,revenue,4,34600,\r\n")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("\r\ncash,expected,0,584600,\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\nproduct,4020,2,56050,\r\n")));
    }

    void discrepancyNeedsReasonAndSupervisor()
    {
        auto svc = shifts();
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 100000);
        QVERIFY(testing::addJournalRow(*m_c, QStringLiteral("1"), QStringLiteral("P1"), op::AcceptanceSingle,
                                       5000, kNine.addSecs(60), 2010));
        m_clock.advanceSecs(3600);
        CloseRequest close;
        close.operatorId = QStringLiteral("clerk");
        close.countedTotalKop = 104000; // 10 ₽ short of 1 050 ₽
        QCOMPARE(svc.close(s->id, close).error().code, QStringLiteral("shift.discrepancy_reason"));
        close.reason = QStringLiteral("change given twice");
        QCOMPARE(svc.close(s->id, close).error().code, QStringLiteral("shift.discrepancy_needs_supervisor"));
        close.supervisorId = QStringLiteral("boss");
        close.supervisorPassword = QStringLiteral("wrong");
        QCOMPARE(svc.close(s->id, close).error().code, QStringLiteral("operator.bad_credentials"));
        close.supervisorId = QStringLiteral("clerk");
        close.supervisorPassword = QStringLiteral("c1");
        QCOMPARE(svc.close(s->id, close).error().code, QStringLiteral("approval.self"));
        QVERIFY(svc.requireOpenShift(QStringLiteral("1"))); // still open after every refusal

        close.supervisorId = QStringLiteral("boss");
        close.supervisorPassword = QStringLiteral("s1");
        auto closed = svc.close(s->id, close);
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        QCOMPARE(closed->report.expectedCashKop, 105000);
        QCOMPARE(closed->report.discrepancyKop, std::optional<qint64>(-1000));
        QCOMPARE(closed->shift.approvedBy, QStringLiteral("boss"));
        QCOMPARE(closed->shift.discrepancyReason, QStringLiteral("change given twice"));
        QCOMPARE(closed->report.approvals.size(), 1);
        const db::ApprovalRecord& a = closed->report.approvals.first();
        QCOMPARE(a.action, QStringLiteral("close_discrepancy"));
        QCOMPARE(a.approvedBy, QStringLiteral("boss"));
        QCOMPARE(a.requestedBy, QStringLiteral("clerk"));
        QCOMPARE(a.reason, QStringLiteral("change given twice"));
    }

    void officeDayAgreesWithTheShiftReports()
    {
        auto svc = shifts(ReportOptions{20});
        // Local date 2026-11-24 at UTC+3 is [2026-11-23T21:00Z, 2026-11-24T21:00Z).
        const QDateTime dayStart(QDate(2026, 11, 23), QTime(21, 0), Qt::UTC);
        qint64 revenue = 0, cod = 0, ops = 0;
        QMap<QString, qint64> perCounter;
        QList<qint64> shiftIds;
        int serial = 0;
        for (const QString& counter : {QStringLiteral("1"), QStringLiteral("2")}) {
            for (int shiftNo = 0; shiftNo < 2; ++shiftNo) {
                m_clock.set(dayStart.addSecs(3600 + shiftNo * 10 * 3600));
                auto s = svc.open(counter, QStringLiteral("clerk"), 100000);
                QVERIFY(s);
                shiftIds << s->id;
                for (int i = 0; i < 6; ++i) {
                    const bool codPaid = i == 5;
                    const qint64 amount = 1000 * (i + 1) + serial;
                    QVERIFY(testing::addJournalRow(*m_c, counter, QStringLiteral("D%1").arg(++serial),
                                                   codPaid ? op::CodPaid : op::AcceptanceSingle, amount,
                                                   m_clock.nowUtc().addSecs(60 * (i + 1)), 4020));
                    ++ops;
                    (codPaid ? cod : revenue) += amount;
                    if (!codPaid)
                        perCounter[counter] += amount;
                }
                m_clock.advanceSecs(8 * 3600);
                auto x = svc.report(s->id);
                CloseRequest close;
                close.countedTotalKop = x->expectedCashKop;
                QVERIFY(svc.close(s->id, close));
            }
        }
        // The next local day: not in this report.
        QVERIFY(testing::addJournalRow(*m_c, QStringLiteral("1"), QStringLiteral("NEXT"),
                                       op::AcceptanceSingle, 777, dayStart.addSecs(24 * 3600 + 60), 4020));

        auto day = buildOfficeDayReport(*m_c, QDate(2026, 11, 24), 180, ReportOptions{20});
        QVERIFY(day);
        QCOMPARE(day->total.revenueKop, revenue);
        QCOMPARE(day->total.codCollectedKop, cod);
        QCOMPARE(day->total.operations, ops);
        QCOMPARE(day->shiftsClosed.size(), 4);
        QCOMPARE(day->counters.size(), 2);
        for (const CounterDayLine& l : day->counters)
            QCOMPARE(l.revenueKop, perCounter.value(l.counterId));
        qint64 shiftRevenue = 0, shiftCod = 0, shiftOps = 0;
        for (qint64 id : shiftIds) {
            auto z = svc.report(id);
            QVERIFY(z && z->final);
            shiftRevenue += z->revenueKop;
            shiftCod += z->codCollectedKop;
            shiftOps += z->operationCount;
        }
        QCOMPARE(shiftRevenue, day->total.revenueKop);
        QCOMPARE(shiftCod, day->total.codCollectedKop);
        QCOMPARE(shiftOps, day->total.operations);
        const QJsonObject json = officeDayReportJson(*day);
        QCOMPARE(json[QStringLiteral("totals")][QStringLiteral("revenue_kop")].toInteger(), revenue);
        QVERIFY(officeDayReportCsv(*day).contains(
            QStringLiteral("\r\ntotal,revenue,%1,%2,\r\n").arg(ops).arg(revenue)));
    }

    void cashCountByDenomination()
    {
        auto c = CashCount::parse(QStringLiteral("5000x2, 100x3, 0.50x4"));
        QVERIFY(c);
        QCOMPARE(*c->total(), 1000000 + 30000 + 200);
        QCOMPARE(CashCount::parse(QStringLiteral("3x1")).error().code, QStringLiteral("cash.denomination"));
        QCOMPARE(CashCount::parse(QStringLiteral("100")).error().code, QStringLiteral("cash.syntax"));
        CashCount mismatch;
        mismatch.pieces[10000] = 1;
        auto svc = shifts();
        auto s = svc.open(QStringLiteral("1"), QStringLiteral("clerk"), 10000);
        CloseRequest close;
        close.count = mismatch;
        close.countedTotalKop = 20000;
        QCOMPARE(svc.close(s->id, close).error().code, QStringLiteral("cash.count_mismatch"));
        QCOMPARE(svc.close(s->id, CloseRequest{}).error().code, QStringLiteral("cash.not_counted"));
    }
};

QTEST_GUILESS_MAIN(TestShift)
#include "test_shift.moc"
