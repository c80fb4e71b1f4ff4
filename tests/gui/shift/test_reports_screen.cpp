// The reports screen, offscreen and by keys: Alt+R reaches the report choice, Alt+V previews the
// period report (the A4 form with its per-hour chart, in DocumentPreview), Alt+N prints it to the
// printer with the "form" role; the CSV and PDF carry the figures of the rows this test wrote
// (hand-computed below); a Z-report of a shift still open is refused in plain words.
#include "../CounterGuiFixture.h"
#include "DocumentPreview.h"
#include "ReportsScreen.h"
#include "ShiftTestData.h"
#include "db/ItemRepository.h"
#include "drivers/printer/SimulatedPrinter.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/PrintQueueService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
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

    void easyReturnsOfTheDayPerShop()
    {
        // Two of the shop's codes used today (local 04.03.2026), one left unused: the list names the two.
        auto imported =
            m_counter->returns.importFile(QStringLiteral(PC_TEST_DATA_DIR "/returns/shop-returns.json"));
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        const QList<std::pair<QString, QString>> used{
            {QStringLiteral("RV1000000016"), QStringLiteral("80082240000015")},
            {QStringLiteral("RV1000000024"), QStringLiteral("80082240000022")}};
        for (const auto& [code, item] : used) {
            db::ItemRecord r;
            r.id = item;
            r.kind = IdKind::Rpo14;
            r.weightG = 900;
            r.status = QStringLiteral("accepted");
            r.officePostcode = m_cfg.officePostcode;
            r.counterId = m_cfg.counterId;
            r.acceptedAtUtc = m_clock.nowUtc();
            QVERIFY(db::ItemRepository(*m_c).insert(r));
            QVERIFY(m_counter->returns.markUsed(code, item, m_clock.nowUtc()));
        }
        auto* kind = find<QComboBox>("reportKind");
        kind->setCurrentIndex(app::ReportsScreen::ReturnsDay);
        QVERIFY(find<QDateEdit>("reportDay")->isEnabled());
        QVERIFY(!find<QDateEdit>("reportFrom")->isEnabled());
        find<QDateEdit>("reportDay")->setDate(QDate(2026, 3, 4));
        auto built = m_screen->build();
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        QCOMPARE(built->document.form, QStringLiteral("returns-day"));
        const QStringList lines = built->csv.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3); // header + two returns
        QVERIFY(lines[1].contains(QStringLiteral("RV1000000016")) &&
                lines[1].contains(QStringLiteral("80082240000015")));
        QVERIFY(lines[2].contains(QStringLiteral("RV1000000024")) &&
                lines[2].contains(QStringLiteral("1500.00")));
        QVERIFY(lines[1].contains(QStringLiteral("ЛВ-2026/15")));
        const QString pdf = m_dir.filePath(QStringLiteral("returns.pdf"));
        QVERIFY(m_screen->savePdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // The day before has none: an empty list, not an error.
        find<QDateEdit>("reportDay")->setDate(QDate(2026, 3, 3));
        auto none = m_screen->build();
        QVERIFY(none);
        QCOMPARE(none->csv.trimmed().split(u'\n').size(), 1);
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_queue.reset();
    }
};

QTEST_MAIN(TestReportsScreen)
#include "test_reports_screen.moc"
