// The idle screen lock: after the quiet spell a log-in locked to the operator covers the window; Esc
// does not remove it, a wrong password is refused, the right one unlocks; work keeps it away; the key
// locks at once.
#include "LoginDialog.h"
#include "ScreenLock.h"
#include "ShiftTestData.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pc;
using namespace pc::services;

class TestScreenLock : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};

    static void typePassword(app::LoginDialog* d, const QString& password)
    {
        auto* field = d->findChild<QLineEdit*>(QStringLiteral("password"));
        field->setText(password);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    }

private slots:
    void locksWhenIdleAndUnlocksWithThePassword()
    {
        auto c = testing::openScratch(m_dir, QStringLiteral("lock.db"));
        QVERIFY(c);
        OperatorService ops(*c, m_clock, OperatorPolicy{5, 600, HashCost::minimal()});
        QVERIFY(ops.add(
            {QStringLiteral("clerk"), QStringLiteral("Ivanova"), Role::Operator, QStringLiteral("c1")}));
        QWidget window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::ScreenLock lock(ops, QStringLiteral("clerk"), &window, 200);

        QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 3000);
        auto* d = lock.dialog();
        QVERIFY(d && d->isVisible());
        QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("operatorId"))->text(), QStringLiteral("clerk"));
        QVERIFY(d->findChild<QLineEdit*>(QStringLiteral("operatorId"))->isReadOnly());

        QTest::keyClick(d, Qt::Key_Escape); // does not unlock: the lock comes back
        QTRY_VERIFY(lock.isLocked() && lock.dialog() && lock.dialog()->isVisible());

        typePassword(lock.dialog(), QStringLiteral("wrong"));
        QVERIFY(lock.isLocked());
        QVERIFY(!lock.dialog()->findChild<QLabel*>(QStringLiteral("loginError"))->text().isEmpty());

        typePassword(lock.dialog(), QStringLiteral("c1"));
        QTRY_VERIFY(!lock.isLocked());

        // Someone working keeps the lock away: a key every 50 ms for well over the quiet spell.
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(&window, Qt::Key_Shift);
            QTest::qWait(50);
        }
        QVERIFY(!lock.isLocked());

        // Ctrl+Shift+L (lock()) locks at once.
        lock.lock();
        QVERIFY(lock.isLocked());
        typePassword(lock.dialog(), QStringLiteral("c1"));
        QTRY_VERIFY(!lock.isLocked());
    }
};

QTEST_MAIN(TestScreenLock)
#include "test_screen_lock.moc"
