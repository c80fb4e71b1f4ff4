// Closing the office day: refused while any window's shift is open (naming the counter), done once
// when all are closed (the day's totals kept), refused the second time.
#include "ShiftTestData.h"
#include "db/OfficeDayRepository.h"
#include "services/shift/OfficeDayClose.h"
#include "services/shift/ShiftService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace pc;
using namespace pc::services;

class TestOfficeDayClose : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC)};
    std::optional<OperatorService> m_ops;

    OfficeDayCloseRequest request() const
    {
        return {QStringLiteral("101000"), QDate(2026, 11, 24), 180, QStringLiteral("boss"), {}};
    }

private slots:
    void init()
    {
        m_c = testing::openScratch(m_dir, QStringLiteral("office-day.db"));
        QVERIFY(m_c);
        m_ops.emplace(*m_c, m_clock, OperatorPolicy{5, 600, HashCost::minimal()});
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

    void refusedWhileAShiftIsOpenThenClosedOnce()
    {
        ShiftService shifts(*m_c, m_clock, *m_ops, ShiftPolicy{}, {});
        auto s = shifts.open(QStringLiteral("1"), QStringLiteral("clerk"), 100000);
        QVERIFY(s);
        auto refused = closeOfficeDay(*m_c, m_clock, request());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("office_day.shift_open"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("counter 1")),
                 qPrintable(refused.error().message));
        QVERIFY(!*db::OfficeDayRepository(*m_c).closedAt(QStringLiteral("101000"), QDate(2026, 11, 24)));

        m_clock.advanceSecs(8 * 3600);
        CloseRequest close;
        close.countedTotalKop = 100000; // the float, nothing sold
        QVERIFY(shifts.close(s->id, close));
        auto closed = closeOfficeDay(*m_c, m_clock, request());
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        QCOMPARE(closed->shiftsClosed.size(), 1);
        auto at = db::OfficeDayRepository(*m_c).closedAt(QStringLiteral("101000"), QDate(2026, 11, 24));
        QVERIFY(at && *at);
        QCOMPARE(**at, m_clock.nowUtc());
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT closed_by, report FROM office_day")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("boss"));
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(u"date").toString(),
                 QStringLiteral("2026-11-24"));

        auto again = closeOfficeDay(*m_c, m_clock, request());
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("office_day.closed"));
        // Another day of the same office is its own.
        auto next = request();
        next.day = QDate(2026, 11, 25);
        QVERIFY(closeOfficeDay(*m_c, m_clock, next));
    }
};

QTEST_GUILESS_MAIN(TestOfficeDayClose)
#include "test_office_day_close.moc"
