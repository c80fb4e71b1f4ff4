// The reports screen, offscreen and by keys: Alt+R reaches the report choice, Alt+V previews the
// period report (the A4 form with its per-hour chart, in DocumentPreview), Alt+N prints it to the
// printer with the "form" role; the CSV and PDF carry the figures of the rows this test wrote
// (hand-computed below); a Z-report of a shift still open is refused in plain words.
#include "../CounterGuiFixture.h"
#include "DocumentPreview.h"
#include "ReportsScreen.h"
#include "ShiftTestData.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/PrintQueueService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <memory>

using namespace pc;

class TestReportsScreen : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::AppConfig m_cfg;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(6, 0), Qt::UTC)};
    std::unique_ptr<services::CounterServices> m_counter;
    services::PrinterRegistry m_printers;
    std::shared_ptr<drivers::SimulatedPrinter> m_office;
    std::unique_ptr<services::PrintQueueService> m_queue;
    std::unique_ptr<app::ReportsScreen> m_screen;

    template <typename T> T* find(const char* name)
    {
        return m_screen->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        m_c = testing::openCounterDb(m_dir, QStringLiteral("reports.db"), &m_cfg);
        QVERIFY(m_c);
        m_cfg.utcOffsetMin = 180;
        m_counter = std::make_unique<services::CounterServices>(
            m_cfg, *m_c, m_clock, true, services::OperatorPolicy{5, 600, services::HashCost::minimal()});
        QVERIFY(m_counter->operators.add({QStringLiteral("clerk"), QStringLiteral("Иванова"),
                                          services::Role::Operator, QStringLiteral("c1")}));
        // Local (UTC+3) 02.03 10:05 and 10:30, 03.03 15:00: 120 + 80 ₽, then 300 ₽.
        using testing::addJournalRow;
        const QString one = QStringLiteral("1");
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("G1"), op::AcceptanceSingle, 12000,
                              QDateTime(QDate(2026, 3, 2), QTime(7, 5), Qt::UTC), 4020));
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("G2"), op::AcceptanceSingle, 8000,
                              QDateTime(QDate(2026, 3, 2), QTime(7, 30), Qt::UTC), 2010));
        QVERIFY(addJournalRow(*m_c, one, QStringLiteral("G3"), op::AcceptanceSingle, 30000,
                              QDateTime(QDate(2026, 3, 3), QTime(12, 0), Qt::UTC), 4020));
        m_office = std::make_shared<drivers::SimulatedPrinter>(QStringLiteral("office"),
                                                               m_dir.filePath(QStringLiteral("a4")));
        m_printers.add(m_office);
        m_printers.setRole(QStringLiteral("form"), QStringLiteral("office"));
        m_queue = std::make_unique<services::PrintQueueService>(*m_c, m_printers);
        m_screen = std::make_unique<app::ReportsScreen>(*m_c, *m_counter, m_queue.get(), &m_printers);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    }

    void periodByKeys()
    {
        QTest::keyClick(m_screen.get(), Qt::Key_R, Qt::AltModifier);
        auto* kind = find<QComboBox>("reportKind");
        QVERIFY(kind->hasFocus());
        kind->setCurrentIndex(app::ReportsScreen::Period);
        QVERIFY(find<QDateEdit>("reportFrom")->isEnabled());
        QVERIFY(!find<QSpinBox>("reportShift")->isEnabled());
        find<QDateEdit>("reportFrom")->setDate(QDate(2026, 3, 2));
        find<QDateEdit>("reportTo")->setDate(QDate(2026, 3, 3));

        QTest::keyClick(m_screen.get(), Qt::Key_V, Qt::AltModifier);
        app::DocumentPreview* preview = nullptr;
        QVERIFY(
            QTest::qWaitFor([&] { return (preview = m_screen->findChild<app::DocumentPreview*>()); }, 3000));
        QVERIFY(preview->pageCount() >= 1);
        QVERIFY(!preview->pageImage().isNull());
        preview->reject();

        const QString csvPath = m_dir.filePath(QStringLiteral("period.csv"));
        QVERIFY(m_screen->saveCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        // 02.03: two operations, 200 ₽ all in cash; 10 o'clock local has both; the period 500 ₽.
        QVERIFY(text.contains(QStringLiteral("day,2026-03-02,2,2,20000,0,20000,0,0\r\n")));
        QVERIFY(text.contains(QStringLiteral("hour,10,2,2,20000,0,20000,0,0\r\n")));
        QVERIFY(text.contains(QStringLiteral("total,period,3,3,50000,0,50000,0,0\r\n")));
        const QString pdfPath = m_dir.filePath(QStringLiteral("period.pdf"));
        QVERIFY(m_screen->savePdf(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(4) == "%PDF");

        QTest::keyClick(m_screen.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("reportStatus")->text().contains(QStringLiteral("print job")),
                                 3000);
        QVERIFY(m_queue->waitForIdle(20000));
        auto jobs = m_queue->recent(5);
        QVERIFY(jobs && jobs->size() == 1);
        QCOMPARE(jobs->first().form, QStringLiteral("period-report"));
        QCOMPARE(jobs->first().printer, QStringLiteral("office"));
        QCOMPARE(jobs->first().state, QStringLiteral("printed"));
        QVERIFY(find<QLabel>("reportStatus")->text().contains(QStringLiteral("print job")));
    }

    void zOfAnOpenShiftIsRefused()
    {
        auto opened = m_counter->shifts.open(m_cfg.counterId, QStringLiteral("clerk"), 100000);
        QVERIFY(opened);
        m_screen->refreshChoices();
        find<QComboBox>("reportKind")->setCurrentIndex(app::ReportsScreen::ZReport);
        find<QSpinBox>("reportShift")->setValue(static_cast<int>(opened->id));
        auto built = m_screen->build();
        QVERIFY(!built);
        QVERIFY(built.error().message.contains(QStringLiteral("still open")));
        // The X-report of that shift is there.
        find<QComboBox>("reportKind")->setCurrentIndex(app::ReportsScreen::XReport);
        auto x = m_screen->build();
        QVERIFY(x);
        QCOMPARE(x->document.form, QStringLiteral("shift-report"));
        QCOMPARE(x->document.data.value(QStringLiteral("report")).toString(), QStringLiteral("X"));
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_queue.reset();
    }
};

QTEST_MAIN(TestReportsScreen)
#include "test_reports_screen.moc"
