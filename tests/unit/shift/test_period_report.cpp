// The period report over a scripted set of operations across two office-local days (Moscow, UTC+3)
// and several hours, with card and contract receipts: every figure below is computed by hand from
// the rows this test writes (see the comments), and the period agrees with the office day reports.
#include "ShiftTestData.h"
#include "services/shift/OfficeDayReport.h"
#include "services/shift/PeriodReport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace pc;
using namespace pc::services;

namespace {
const QDate kFrom(2026, 3, 2), kTo(2026, 3, 3);
constexpr int kMoscow = 180;

QDateTime utc(int day, int h, int m)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), Qt::UTC);
}

bool addReceipt(const db::Connection& c, const QString& counter, int number, const QString& method,
                qint64 totalKop, const QDateTime& at)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO receipt (counter_id, number, kind, operator_id, total_kop, method, "
                             "created_at) VALUES (?, ?, 'sale', 'clerk', ?, ?, ?)"));
    q.addBindValue(counter);
    q.addBindValue(number);
    q.addBindValue(totalKop);
    q.addBindValue(method);
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    return q.exec();
}
} // namespace

class TestPeriodReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;

private slots:
    void initTestCase()
    {
        m_c = testing::openScratch(m_dir, QStringLiteral("period.db"));
        QVERIFY(m_c);
        using testing::addJournalRow;
        const QString one = QStringLiteral("1"), two = QStringLiteral("2");
        // Local 01.03 23:30: the day before the period.
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("P0"), op::AcceptanceSingle, 10000, utc(1, 20, 30),
                              4020));
        // 02.03 local 09:15 and 09:40: two acceptances on two counters.
        QVERIFY(
            addJournalRow(*m_c, one, QStringLiteral("P1"), op::AcceptanceSingle, 25000, utc(2, 6, 15), 4020));
        QVERIFY(
            addJournalRow(*m_c, two, QStringLiteral("P2"), op::AcceptanceSingle, 15000, utc(2, 6, 40), 2010));
        // 02.03 local 14:05 COD of 3 000 ₽ collected, 14:10 the parcel handed over.
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("D1"), op::CodPaid, 300000, utc(2, 11, 5), 4030));
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("D1"), op::DeliveredToAddressee, 0, utc(2, 11, 10)));
        // 03.03 local 00:10 (still 02.03 in UTC): an acceptance paid by card.
        QVERIFY(addJournalRow(*m_c, two, QStringLiteral("P3"), op::AcceptanceSingle, 40000, utc(2, 21, 10),
                              4020));
        // 03.03 local 09:20 an acceptance without a product code, voided at 09:50.
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("P4"), op::AcceptanceSingle, 12000, utc(3, 6, 20)));
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("P4"), op::CancelledOperatorError, -12000,
                              utc(3, 6, 50)));
        // Local 04.03 00:00: the first instant after the period.
        QVERIFY(
            addJournalRow(*m_c, one, QStringLiteral("P5"), op::AcceptanceSingle, 9900, utc(3, 21, 0), 4020));
        // P2 on a business contract, P3 by card; the rest in cash.
        QVERIFY(addReceipt(*m_c, two, 1, QStringLiteral("contract"), 15000, utc(2, 6, 40)));
        QVERIFY(addReceipt(*m_c, two, 2, QStringLiteral("card"), 40000, utc(2, 21, 10)));
        QVERIFY(addReceipt(*m_c, one, 1, QStringLiteral("cash"), 25000, utc(2, 6, 15)));
    }

    void perDay()
    {
        auto r = buildPeriodReport(*m_c, kFrom, kTo, kMoscow);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->days.size(), 2);
        const PeriodBucket& d2 = r->days.value(QDate(2026, 3, 2));
        QCOMPARE(d2.operations, 4);     // P1, P2, D1 COD, D1 delivery
        QCOMPARE(d2.itemsAccepted, 2);  // P1, P2
        QCOMPARE(d2.revenueKop, 40000); // 250 + 150 ₽ (COD is the sender's)
        QCOMPARE(d2.codCollectedKop, 300000);
        QCOMPARE(d2.contractKop, 15000);
        QCOMPARE(d2.cardKop, 0);
        QCOMPARE(d2.cashKop, 325000); // 400 + 3 000 − 150 on contract
        QCOMPARE(d2.products.value(4020).count, 1);
        QCOMPARE(d2.products.value(4020).amountKop, 25000);
        QCOMPARE(d2.products.value(2010).amountKop, 15000);
        QVERIFY(!d2.products.contains(4030)); // a COD payment is not a product sold

        const PeriodBucket& d3 = r->days.value(QDate(2026, 3, 3));
        QCOMPARE(d3.operations, 3);     // P3, P4, its void
        QCOMPARE(d3.itemsAccepted, 2);  // P3, P4
        QCOMPARE(d3.revenueKop, 40000); // 400 + 120 − 120
        QCOMPARE(d3.cardKop, 40000);
        QCOMPARE(d3.cashKop, 0);
        QCOMPARE(d3.products.value(-1).count, 1); // P4: no product code
        QCOMPARE(d3.products.value(-1).amountKop, 12000);
        QCOMPARE(d3.products.value(4020).amountKop, 40000);
    }

    void perHourAndTotals()
    {
        auto r = buildPeriodReport(*m_c, kFrom, kTo, kMoscow, ReportOptions{20});
        QVERIFY(r);
        QCOMPARE(r->hours[0].operations, 1); // P3 at 00:10
        QCOMPARE(r->hours[0].cardKop, 40000);
        QCOMPARE(r->hours[9].operations, 4); // P1 09:15, P2 09:40, P4 09:20, void 09:50
        QCOMPARE(r->hours[9].itemsAccepted, 3);
        QCOMPARE(r->hours[9].revenueKop, 40000);
        QCOMPARE(r->hours[9].contractKop, 15000);
        QCOMPARE(r->hours[9].cashKop, 25000);
        QCOMPARE(r->hours[14].operations, 2);
        QCOMPARE(r->hours[14].codCollectedKop, 300000);
        QCOMPARE(r->hours[23].operations, 0); // P0 was before the period
        qint64 perHour = 0;
        for (const auto& h : r->hours)
            perHour += h.operations;
        QCOMPARE(perHour, 7);

        QCOMPARE(r->total.operations, 7);
        QCOMPARE(r->total.itemsAccepted, 4);
        QCOMPARE(r->total.revenueKop, 80000);
        QCOMPARE(r->total.cashKop, 325000);
        QCOMPARE(r->total.products.value(4020).count, 2);
        QCOMPARE(r->total.products.value(4020).amountKop, 65000);
        QCOMPARE(*r->vatKop, 13333); // 800 ₽ × 20/120 = 133,333… ₽
        QCOMPARE(r->byKind.size(), 4);
        QCOMPARE(r->byKind[0].kind, QStringLiteral("acceptance"));
        QCOMPARE(r->byKind[0].count, 4);
        QCOMPARE(r->byKind[0].amountKop, 92000); // 250 + 150 + 400 + 120
        QCOMPARE(r->byKind[2].kind, QStringLiteral("void"));
        QCOMPARE(r->byKind[2].amountKop, -12000);
    }

    // The reports agree: the period equals the sum of its office days.
    void agreesWithDayReports()
    {
        auto r = buildPeriodReport(*m_c, kFrom, kTo, kMoscow);
        auto a = buildOfficeDayReport(*m_c, kFrom, kMoscow);
        auto b = buildOfficeDayReport(*m_c, kTo, kMoscow);
        QVERIFY(r && a && b);
        QCOMPARE(a->total.operations + b->total.operations, r->total.operations);
        QCOMPARE(a->total.revenueKop + b->total.revenueKop, r->total.revenueKop);
        QCOMPARE(a->total.codCollectedKop + b->total.codCollectedKop, r->total.codCollectedKop);
        QCOMPARE(a->total.revenueKop, r->days.value(kFrom).revenueKop);
    }

    void csvAndJson()
    {
        auto r = buildPeriodReport(*m_c, kFrom, kTo, kMoscow);
        QVERIFY(r);
        const QString csv = periodReportCsv(*r);
        QVERIFY(csv.startsWith(QStringLiteral("section,key,operations,items_accepted,revenue_kop,")));
        QVERIFY(csv.contains(QStringLiteral("\r\nday,2026-03-02,4,2,40000,300000,325000,0,15000\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\nhour,09,4,3,40000,0,25000,0,15000\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\nday_product,2026-03-03/unknown,1,1,12000,,,,\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\ntotal,period,7,4,80000,300000,325000,40000,15000\r\n")));
        const QJsonObject j = periodReportJson(*r);
        QCOMPARE(j.value(QStringLiteral("days")).toArray().size(), 2);
        QCOMPARE(j.value(QStringLiteral("hours")).toArray().size(), 24);
        QCOMPARE(j.value(QStringLiteral("totals")).toObject().value(QStringLiteral("cash_kop")).toDouble(),
                 325000.0);
    }

    void refusesBadRanges()
    {
        QVERIFY(!buildPeriodReport(*m_c, kTo, kFrom, kMoscow));
        QVERIFY(!buildPeriodReport(*m_c, QDate(2020, 1, 1), QDate(2026, 1, 1), kMoscow));
        auto empty = buildPeriodReport(*m_c, QDate(2026, 4, 1), QDate(2026, 4, 30), kMoscow);
        QVERIFY(empty);
        QCOMPARE(empty->days.size(), 30); // empty days are shown as such
        QCOMPARE(empty->total.operations, 0);
    }
};

QTEST_GUILESS_MAIN(TestPeriodReport)
#include "test_period_report.moc"
