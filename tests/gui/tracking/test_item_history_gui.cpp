// The item history at the counter: Ctrl+H in the main window opens it, the clerk types (or a wedge
// scanner types) an identifier and Enter, and sees this counter's operation and the network's event
// in time order with their sources; when the tracking service is gone the local line stays and the
// reason is shown.
#include "ItemHistoryDialog.h"
#include "MainWindow.h"
#include "SyncTestSupport.h"
#include "domain/Clock.h"
#include "services/AcceptanceService.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;

class TestItemHistoryGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_client, m_conf;
    std::unique_ptr<synctest::TrackingServer> m_server;

    static QString cell(QTableWidget* t, int row, int column)
    {
        return t->item(row, column) ? t->item(row, column)->text() : QString();
    }

private slots:
    void initTestCase()
    {
        m_client = m_dir.filePath(QStringLiteral("client.db"));
        QVERIFY(synctest::prepareClient(m_client).ok());
        // T0000000000000: accepted 2026-11-24 06:00 UTC here (09:00 +03:00), not yet sent.
        QVERIFY(synctest::queueBacklog(m_client, 2).ok());
        m_server = std::make_unique<synctest::TrackingServer>();
        QVERIFY(m_server->start(m_dir.filePath(QStringLiteral("server.db"))));
        // The delivery office in Yekaterinburg (+05:00) saw it arrive on the 25th at 14:10 local.
        QVERIFY(m_server->seed(QJsonArray{
            QJsonObject{{QStringLiteral("event_id"), QStringLiteral("net-802")},
                        {QStringLiteral("item_id"), QStringLiteral("T0000000000000")},
                        {QStringLiteral("op_type"), 8},
                        {QStringLiteral("op_attr"), 2},
                        {QStringLiteral("occurred_at"), QStringLiteral("2026-11-25T14:10:00.000+05:00")},
                        {QStringLiteral("office"), QStringLiteral("620014")}}}));
        m_conf = m_dir.filePath(QStringLiteral("counter.conf"));
        QFile f(m_conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[sync]\nendpoint=%1\ntoken=%2\ntimeout_ms=3000\n")
                    .arg(m_server->endpoint(), synctest::kToken)
                    .toUtf8());
    }

    void ctrlHOpensTheHistoryAndMergesLocalAndNetwork()
    {
        auto c = db::openSqlite({m_client});
        QVERIFY(c.ok());
        services::AppConfig cfg;
        cfg.officePostcode = synctest::kOffice;
        cfg.officeName = QStringLiteral("Moscow");
        cfg.counterId = synctest::kCounter;
        cfg.configPath = m_conf;
        SystemClock clock;
        services::AcceptanceService acceptance(*c, clock, services::counterContextFrom(cfg));
        app::Workstation ws{acceptance};
        ws.connection = &*c;
        app::MainWindow window(cfg, ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QVERIFY(!window.findChild<app::ItemHistoryDialog*>());
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        auto* dialog = window.findChild<app::ItemHistoryDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* id = dialog->findChild<QLineEdit*>(QStringLiteral("historyId"));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("historyTable"));
        auto* network = dialog->findChild<QLabel*>(QStringLiteral("historyNetwork"));
        QVERIFY(id && table && network);

        QSignalSpy ready(dialog, &app::ItemHistoryDialog::historyReady);
        id->setFocus();
        QTest::keyClicks(id, QStringLiteral("t0000000000000"));
        QTest::keyClick(id, Qt::Key_Return);
        QVERIFY(ready.wait(10000));
        QCOMPARE(id->text(), QStringLiteral("T0000000000000"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("24.11.2026 09:00 (UTC+03:00)"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("Приём: Единичный"));
        QCOMPARE(cell(table, 0, 2), QStringLiteral("101000, counter 1"));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("Here (not yet sent)"));
        QCOMPARE(cell(table, 1, 0), QStringLiteral("25.11.2026 14:10 (UTC+05:00)"));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("Обработка: Прибыло в место вручения"));
        QCOMPARE(cell(table, 1, 2), QStringLiteral("620014"));
        QCOMPARE(cell(table, 1, 3), QStringLiteral("Network"));
        QCOMPARE(dialog->history().network, services::tracking::ItemHistory::Network::Online);

        // Ctrl+H again brings the same dialog back rather than a second one.
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(window.findChildren<app::ItemHistoryDialog*>().size(), 1);

        // The line goes down: the local line stays, the reason is on screen.
        m_server.reset();
        dialog->showItem(QStringLiteral("T0000000000000"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(dialog->history().network, services::tracking::ItemHistory::Network::Offline);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(cell(table, 0, 1), QStringLiteral("Приём: Единичный"));
        QVERIFY2(network->text().contains(QStringLiteral("cannot be asked")) &&
                     network->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(network->text()));
        dialog->close();
    }
};

QTEST_MAIN(TestItemHistoryGui)
#include "test_item_history_gui.moc"
