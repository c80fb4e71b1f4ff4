// The log-in dialog (stays open on a wrong password, says why), the count-cash dialog (totals by
// denomination, approval fields only with a discrepancy) and the shift panel's states.
#include "CountCashDialog.h"
#include "LoginDialog.h"
#include "ShiftPanel.h"
#include "ShiftTestData.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pc;
using namespace pc::services;

class TestShiftWidgets : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};

private slots:
    void loginDialog()
    {
        auto c = testing::openScratch(m_dir, QStringLiteral("gui.db"));
        QVERIFY(c);
        OperatorService ops(*c, m_clock, OperatorPolicy{5, 600, HashCost::minimal()});
        QVERIFY(ops.add(
            {QStringLiteral("clerk"), QStringLiteral("Clerk"), Role::Operator, QStringLiteral("c1")}));
        app::LoginDialog dlg(ops);
        dlg.findChild<QLineEdit*>(QStringLiteral("operatorId"))->setText(QStringLiteral("clerk"));
        dlg.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("nope"));
        dlg.tryLogin();
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        QVERIFY(!dlg.loggedIn());
        QVERIFY(!dlg.findChild<QLabel*>(QStringLiteral("loginError"))->text().isEmpty());
        QVERIFY(dlg.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
        dlg.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("c1"));
        dlg.tryLogin();
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
        QCOMPARE(dlg.loggedIn()->id, QStringLiteral("clerk"));
    }

    void countCashDialog()
    {
        app::CountCashDialog dlg(105000); // 1 050 ₽ expected
        auto* ok = dlg.findChild<QPushButton*>();
        QVERIFY(ok);
        dlg.setCount(100000, 1); // 1 000 ₽
        dlg.setCount(1000, 4);   // 4 × 10 ₽
        QCOMPARE(dlg.countedKop(), 104000);
        QCOMPARE(dlg.discrepancyKop(), -1000);
        QVERIFY(dlg.findChild<QLineEdit*>(QStringLiteral("reason"))->isEnabled());
        QPushButton* closeButton = nullptr;
        for (auto* b : dlg.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Close the shift"))
                closeButton = b;
        QVERIFY(closeButton && !closeButton->isEnabled());
        dlg.findChild<QLineEdit*>(QStringLiteral("reason"))->setText(QStringLiteral("short"));
        dlg.findChild<QLineEdit*>(QStringLiteral("supervisorId"))->setText(QStringLiteral("boss"));
        QVERIFY(closeButton->isEnabled());
        const CloseRequest r = dlg.request();
        QCOMPARE(r.countedTotalKop, std::optional<qint64>(104000));
        QCOMPARE(r.count.pieces.value(1000), 4);
        QCOMPARE(r.supervisorId, QStringLiteral("boss"));
        dlg.setCount(1000, 5); // 5 × 10 ₽: exact
        QCOMPARE(dlg.discrepancyKop(), 0);
        QVERIFY(!dlg.findChild<QLineEdit*>(QStringLiteral("reason"))->isEnabled());
        QVERIFY(dlg.request().supervisorId.isEmpty());
    }

    void shiftPanel()
    {
        app::ShiftPanel panel;
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("shiftTitle"))
                    ->text()
                    .contains(QStringLiteral("No open")));
        ShiftState st;
        db::ShiftRecord s;
        s.id = 7;
        s.operatorId = QStringLiteral("clerk");
        s.openedAtUtc = m_clock.nowUtc();
        st.shift = s;
        st.ageSecs = 24 * 3600;
        st.overLimit = true;
        st.warning = QStringLiteral("close now");
        panel.setState(st, 123456);
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("shiftTitle"))->text().contains(QStringLiteral("7")));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("shiftDetails"))
                    ->text()
                    .contains(QStringLiteral("234,56")));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("shiftWarning"))->text(),
                 QStringLiteral("close now"));
        for (auto* b : panel.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Cash in") || b->text() == QStringLiteral("Open shift"))
                QVERIFY(!b->isEnabled());
            if (b->text() == QStringLiteral("Close shift"))
                QVERIFY(b->isEnabled());
        }
    }
};

QTEST_MAIN(TestShiftWidgets)
#include "test_shift_widgets.moc"
