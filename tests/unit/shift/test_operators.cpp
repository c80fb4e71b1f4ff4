// Operators: Argon2id hashes, lockout after N wrong passwords (with an injected clock), roles and
// supervisor approvals recorded in the approval table.
#include "ShiftTestData.h"
#include "services/shift/OperatorService.h"

#include <QSqlQuery>
#include <QTest>

using namespace pc;
using namespace pc::services;

class TestOperators : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};
    OperatorPolicy m_policy{3, 600, HashCost::minimal()};

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        m_c = testing::openScratch(m_dir, QStringLiteral("ops.db"));
        QVERIFY(m_c);
        OperatorService ops(*m_c, m_clock, m_policy);
        QVERIFY(ops.add(
            {QStringLiteral("clerk"), QStringLiteral("Ivanova A."), Role::Operator, QStringLiteral("c1")}));
        QVERIFY(ops.add(
            {QStringLiteral("boss"), QStringLiteral("Petrov B."), Role::Supervisor, QStringLiteral("s1")}));
        QVERIFY(ops.add(
            {QStringLiteral("clerk2"), QStringLiteral("Sidorov C."), Role::Operator, QStringLiteral("c2")}));
    }
    void cleanup() { m_c.reset(); }

    void hashesAreArgon2idAndSalted()
    {
        auto a = hashPassword(QStringLiteral("пароль-1"), HashCost::minimal());
        auto b = hashPassword(QStringLiteral("пароль-1"), HashCost::minimal());
        QVERIFY(a && b);
        QVERIFY2(a->startsWith(QStringLiteral("$argon2id$")), qPrintable(*a));
        QVERIFY(*a != *b); // a fresh salt each time
        QVERIFY(verifyPassword(*a, QStringLiteral("пароль-1")));
        QVERIFY(verifyPassword(*b, QStringLiteral("пароль-1")));
        QVERIFY(!verifyPassword(*a, QStringLiteral("пароль-2")));
        QVERIFY(!verifyPassword(QString(), QString()));
        QCOMPARE(hashPassword(QString()).error().code, QStringLiteral("operator.password_empty"));
        // The password itself is never stored. (Not "NOT LIKE '%c1%'": a random salt may contain "c1".)
        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM operator WHERE password_hash LIKE '$argon2id$%' "
                                      "AND password_hash <> 'c1'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }

    void loginAndDuplicate()
    {
        OperatorService ops(*m_c, m_clock, m_policy);
        auto ok = ops.authenticate(QStringLiteral("clerk"), QStringLiteral("c1"));
        QVERIFY(ok);
        QCOMPARE(ok->role, QStringLiteral("operator"));
        QCOMPARE(ops.authenticate(QStringLiteral("nobody"), QStringLiteral("x")).error().code,
                 QStringLiteral("operator.bad_credentials"));
        QCOMPARE(
            ops.add({QStringLiteral("clerk"), QStringLiteral("Again"), Role::Operator, QStringLiteral("p")})
                .error()
                .code,
            QStringLiteral("operator.exists"));
    }

    void locksAfterNWrongPasswordsUntilTheLockRunsOut()
    {
        OperatorService ops(*m_c, m_clock, m_policy); // 3 attempts, 10 minutes
        QCOMPARE(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("x")).error().code,
                 QStringLiteral("operator.bad_credentials"));
        QCOMPARE(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("y")).error().code,
                 QStringLiteral("operator.bad_credentials"));
        QCOMPARE(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("z")).error().code,
                 QStringLiteral("operator.locked"));
        // Locked: even the right password is refused.
        QCOMPARE(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("c1")).error().code,
                 QStringLiteral("operator.locked"));
        m_clock.advanceSecs(599);
        QCOMPARE(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("c1")).error().code,
                 QStringLiteral("operator.locked"));
        m_clock.advanceSecs(1);
        QVERIFY(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("c1")));
        auto rec = db::OperatorRepository(*m_c).find(QStringLiteral("clerk"));
        QCOMPARE((*rec)->failedAttempts, 0);
        QVERIFY(!(*rec)->lockedUntilUtc.isValid());
    }

    void successResetsTheFailureCount()
    {
        OperatorService ops(*m_c, m_clock, m_policy);
        QVERIFY(!ops.authenticate(QStringLiteral("clerk"), QStringLiteral("x")));
        QVERIFY(!ops.authenticate(QStringLiteral("clerk"), QStringLiteral("x")));
        QVERIFY(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("c1")));
        QVERIFY(!ops.authenticate(QStringLiteral("clerk"), QStringLiteral("x")));
        QVERIFY(!ops.authenticate(QStringLiteral("clerk"), QStringLiteral("x")));
        QVERIFY(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("c1"))); // never 3 in a row
    }

    void changePasswordNeedsTheOldOne()
    {
        OperatorService ops(*m_c, m_clock, m_policy);
        QVERIFY(!ops.changePassword(QStringLiteral("clerk"), QStringLiteral("bad"), QStringLiteral("new")));
        QVERIFY(ops.changePassword(QStringLiteral("clerk"), QStringLiteral("c1"), QStringLiteral("new")));
        QVERIFY(!ops.authenticate(QStringLiteral("clerk"), QStringLiteral("c1")));
        QVERIFY(ops.authenticate(QStringLiteral("clerk"), QStringLiteral("new")));
    }

    void approvalsNeedAnotherSupervisorAndAreRecorded()
    {
        OperatorService ops(*m_c, m_clock, m_policy);
        ApprovalRequest r;
        r.action = ApprovalAction::Void;
        r.requestedBy = QStringLiteral("clerk");
        r.subject = QStringLiteral("item:10100025000072");
        r.reason = QStringLiteral("wrong weight");

        r.supervisorId = QStringLiteral("clerk2"); // a clerk cannot approve
        r.supervisorPassword = QStringLiteral("c2");
        QCOMPARE(ops.approve(r).error().code, QStringLiteral("approval.not_supervisor"));
        r.supervisorId = QStringLiteral("clerk"); // nor approve their own request
        r.supervisorPassword = QStringLiteral("c1");
        QCOMPARE(ops.approve(r).error().code, QStringLiteral("approval.self"));
        r.supervisorId = QStringLiteral("boss");
        r.supervisorPassword = QStringLiteral("wrong");
        QCOMPARE(ops.approve(r).error().code, QStringLiteral("operator.bad_credentials"));

        QSqlQuery q(m_c->db());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM approval")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        for (ApprovalAction a : {ApprovalAction::Void, ApprovalAction::Refund, ApprovalAction::CashCorrection,
                                 ApprovalAction::ManualPrice}) {
            r.action = a;
            r.supervisorPassword = QStringLiteral("s1");
            QVERIFY(ops.approve(r));
        }
        QVERIFY(q.exec(
            QStringLiteral("SELECT action, requested_by, approved_by, subject, reason, at FROM approval "
                           "ORDER BY id")));
        QStringList actions;
        while (q.next()) {
            actions << q.value(0).toString();
            QCOMPARE(q.value(1).toString(), QStringLiteral("clerk"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("boss"));
            QCOMPARE(q.value(3).toString(), QStringLiteral("item:10100025000072"));
            QCOMPARE(q.value(4).toString(), QStringLiteral("wrong weight"));
            QCOMPARE(q.value(5).toString(), QStringLiteral("2026-11-24T08:00:00.000Z"));
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("void"), QStringLiteral("refund"),
                                       QStringLiteral("cash_correction"), QStringLiteral("manual_price")}));
    }

    void operatorWithoutPasswordIsToldWhatToDo()
    {
        db::OperatorRecord old;
        old.id = QStringLiteral("old");
        old.name = QStringLiteral("From schema 2");
        old.role = QStringLiteral("operator");
        QVERIFY(db::OperatorRepository(*m_c).insert(old));
        OperatorService ops(*m_c, m_clock, m_policy);
        QCOMPARE(ops.authenticate(QStringLiteral("old"), QString()).error().code,
                 QStringLiteral("operator.no_password"));
        QVERIFY(ops.resetPassword(QStringLiteral("old"), QStringLiteral("n1")));
        QVERIFY(ops.authenticate(QStringLiteral("old"), QStringLiteral("n1")));
        QCOMPARE(ops.resetPassword(QStringLiteral("ghost"), QStringLiteral("n1")).error().code,
                 QStringLiteral("operator.unknown"));
    }

    void rolesRoundTrip()
    {
        QCOMPARE(parseRole(QStringLiteral("admin")), std::optional<Role>(Role::Admin));
        QCOMPARE(parseRole(QStringLiteral("root")), std::optional<Role>());
        QVERIFY(canApprove(Role::Supervisor) && canApprove(Role::Admin) && !canApprove(Role::Operator));
        QVERIFY(canManageOperators(Role::Admin) && !canManageOperators(Role::Supervisor));
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "test_operators.moc"
