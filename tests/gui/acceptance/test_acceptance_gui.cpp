// GUI smoke test, offscreen and keyboard only: type an identifier and a weight with key events,
// accept, see the row; F2 allocates a new barcode at commit; a bad check digit is shown, not saved.
#include "AcceptanceScreen.h"
#include "MainWindow.h"
#include "PricePanel.h"
#include "services/tariff/TariffService.h"
#include "db/ItemRepository.h"
#include "services/AcceptanceService.h"
#include "services/OfficeSetup.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pc;

// The acceptance screen's widgets as a clerk sees them, inside a shown main window.
struct Screen {
    std::unique_ptr<app::MainWindow> window;
    QLineEdit* id = nullptr;
    QLineEdit* weight = nullptr;
    QTableWidget* table = nullptr;
    QLabel* error = nullptr;
};

class TestAcceptanceGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<db::Connection> m_c;
    services::AppConfig m_cfg;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        // The offscreen platform has no fonts of its own.
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        auto c = db::openSqlite({m_dir.filePath(QStringLiteral("gui.db"))});
        QVERIFY(c.ok());
        m_c.emplace(std::move(*c));
        m_cfg.officePostcode = QStringLiteral("101000");
        m_cfg.officeName = QStringLiteral("Москва 101000");
        m_cfg.counterId = QStringLiteral("1");
        m_cfg.counterName = QStringLiteral("W1");
        m_cfg.operatorName = QStringLiteral("Иванова");
        QVERIFY(services::ensureOfficeAndCounter(*m_c, m_cfg).ok());
        QVERIFY(services::seedDemoRanges(*m_c, m_cfg.officePostcode).ok());
    }
    void cleanupTestCase() { m_c.reset(); }

private:
    Screen open(services::AcceptanceService& svc, services::TariffService* tariffs = nullptr)
    {
        Screen s;
        s.window = std::make_unique<app::MainWindow>(m_cfg, app::Workstation{svc, tariffs});
        s.window->show();
        if (!QTest::qWaitForWindowExposed(s.window.get()))
            qFatal("window not exposed");
        s.id = s.window->findChild<QLineEdit*>(QStringLiteral("idEdit"));
        s.weight = s.window->findChild<QLineEdit*>(QStringLiteral("weightEdit"));
        s.table = s.window->findChild<QTableWidget*>(QStringLiteral("todayTable"));
        s.error = s.window->findChild<QLabel*>(QStringLiteral("errorLabel"));
        return s;
    }

private slots:

    void scanWeighAcceptByKeys()
    {
        services::AcceptanceService svc(*m_c, m_clock, services::counterContextFrom(m_cfg));
        Screen sc = open(svc);
        [[maybe_unused]] auto *id = sc.id, *weight = sc.weight;
        [[maybe_unused]] auto* table = sc.table;
        [[maybe_unused]] auto* error = sc.error;
        QVERIFY(id && weight && table && error);
        QTRY_VERIFY(id->hasFocus());
        const int before = table->rowCount();

        QTest::keyClicks(id, QStringLiteral("8008 2240 9945 12"));
        QTest::keyClick(id, Qt::Key_Return);
        QTRY_VERIFY(weight->hasFocus());
        QCOMPARE(id->text(), QStringLiteral("80082240994512"));
        QTest::keyClicks(weight, QStringLiteral("1250"));
        QTest::keyClick(weight, Qt::Key_Return);

        QCOMPARE(table->rowCount(), before + 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("80082240994512"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1250"));
        QVERIFY(error->text().isEmpty());
        QVERIFY(id->text().isEmpty());
        QTRY_VERIFY(id->hasFocus());
        auto item = db::ItemRepository(*m_c).find(QStringLiteral("80082240994512"));
        QVERIFY(item.ok() && item->has_value());
        QCOMPARE((*item)->weightG, 1250);
    }

    void f2AllocatesANewBarcode()
    {
        services::AcceptanceService svc(*m_c, m_clock, services::counterContextFrom(m_cfg));
        Screen sc = open(svc);
        [[maybe_unused]] auto *id = sc.id, *weight = sc.weight;
        [[maybe_unused]] auto* table = sc.table;
        [[maybe_unused]] auto* error = sc.error;
        const int before = table->rowCount();
        QTest::keyClick(id, Qt::Key_F2);
        QTRY_VERIFY(weight->hasFocus());
        QTest::keyClicks(weight, QStringLiteral("0,5 kg"));
        QTest::keyClick(weight, Qt::Key_Return);
        QCOMPARE(table->rowCount(), before + 1);
        const QString allocated = table->item(0, 0)->text();
        QVERIFY(allocated.startsWith(QStringLiteral("10100025")));
        QVERIFY(parseItemId(allocated).ok());
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("500"));
    }

    void badCheckDigitIsShownNotSaved()
    {
        services::AcceptanceService svc(*m_c, m_clock, services::counterContextFrom(m_cfg));
        Screen sc = open(svc);
        [[maybe_unused]] auto *id = sc.id, *weight = sc.weight;
        [[maybe_unused]] auto* table = sc.table;
        [[maybe_unused]] auto* error = sc.error;
        const int before = table->rowCount();
        QTest::keyClicks(id, QStringLiteral("RA644000001RU"));
        QTest::keyClick(id, Qt::Key_Return);
        QVERIFY(error->text().contains(QStringLiteral("5")));
        QVERIFY(id->hasFocus());
        QVERIFY(!weight->hasFocus());
        QTest::keyClick(id, Qt::Key_Escape);
        QVERIFY(id->text().isEmpty());
        QVERIFY(error->text().isEmpty());
        QCOMPARE(table->rowCount(), before);
    }

    void pricedAcceptanceByKeys()
    {
        // The sample tariff prices a 4030 parcel from Moscow (zone 1 region) to Novosibirsk; the price
        // is shown before accepting and lands with the item.
        services::AcceptanceService svc(*m_c, m_clock, services::counterContextFrom(m_cfg));
        services::TariffService tariffs(*m_c, m_clock, m_cfg.utcOffsetMin);
        QVERIFY(tariffs.ensureTariffs().ok());
        Screen sc = open(svc, &tariffs);
        auto* product = sc.window->findChild<QComboBox*>(QStringLiteral("productCombo"));
        auto* dest = sc.window->findChild<QLineEdit*>(QStringLiteral("destinationEdit"));
        auto* price = sc.window->findChild<app::PricePanel*>(QStringLiteral("pricePanel"));
        QVERIFY(product && dest && price);
        QCOMPARE(product->currentData().toInt(), 4030);

        QTest::keyClicks(sc.id, QStringLiteral("12345601123457"));
        QTest::keyClick(sc.id, Qt::Key_Return);
        QTRY_VERIFY(sc.weight->hasFocus());
        QTest::keyClicks(sc.weight, QStringLiteral("1200"));
        // No destination yet: Enter refuses and says what is missing.
        QTest::keyClick(sc.weight, Qt::Key_Return);
        QVERIFY(!sc.error->text().isEmpty());
        QVERIFY(dest->hasFocus());
        QTest::keyClicks(dest, QStringLiteral("630099"));
        const tariff::QuoteResult expected = tariffs.quote(
            {4030, QStringLiteral("101000"), QStringLiteral("630099"), QString(), 1200, {}, 0, 0, {}, QDate()});
        QVERIFY(expected.ok());
        QVERIFY(price->lineCount() > 0);
        QVERIFY(price->versionText().contains(QStringLiteral("sample")));
        QTest::keyClick(dest, Qt::Key_Return);
        QVERIFY2(sc.error->text().isEmpty(), qPrintable(sc.error->text()));
        QCOMPARE(sc.table->item(0, 0)->text(), QStringLiteral("12345601123457"));
        auto item = db::ItemRepository(*m_c).find(QStringLiteral("12345601123457"));
        QVERIFY(item.ok() && item->has_value());
        QCOMPARE((*item)->objectCode.value_or(0), 4030);
        QCOMPARE((*item)->totalKop, expected.quote.totalKop);
        QVERIFY((*item)->totalKop > 0);
    }
};

QTEST_MAIN(TestAcceptanceGui)
#include "test_acceptance_gui.moc"
