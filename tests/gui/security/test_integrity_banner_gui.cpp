// The main window checks the journal chain as it opens: intact, no banner; a row changed with a raw
// UPDATE through another connection, a red banner naming that operation, the screens still usable,
// and the administrator's alert log written owner-only.
#include "AcceptanceScreen.h"
#include "IntegrityBanner.h"
#include "MainWindow.h"
#include "SyncTestSupport.h"
#include "domain/Clock.h"
#include "services/AcceptanceService.h"

#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;

class TestIntegrityBannerGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString client(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!synctest::prepareClient(path) || !synctest::queueBacklog(path, 5))
            return {};
        return path;
    }

    static services::AppConfig config(const QString& path)
    {
        services::AppConfig cfg;
        cfg.officePostcode = synctest::kOffice;
        cfg.officeName = QStringLiteral("Moscow");
        cfg.counterId = synctest::kCounter;
        cfg.databasePath = path;
        return cfg;
    }

private slots:
    void intactJournalShowsNoBanner()
    {
        const QString path = client(QStringLiteral("intact.db"));
        QVERIFY(!path.isEmpty());
        auto c = db::openSqlite({path});
        QVERIFY(c.ok());
        const services::AppConfig cfg = config(path);
        SystemClock clock;
        services::AcceptanceService acceptance(*c, clock, services::counterContextFrom(cfg));
        app::Workstation ws{acceptance};
        ws.connection = &*c;
        app::MainWindow window(cfg, ws);
        window.show();
        auto* banner = window.findChild<app::IntegrityBanner*>();
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("security-alerts.log"))));
    }

    void brokenJournalShowsTheBannerAndTheCounterStaysUsable()
    {
        const QString path = client(QStringLiteral("tampered.db"));
        QVERIFY(!path.isEmpty());
        qint64 victim = 0;
        {
            // The attacker's own connection: not the program's repositories.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM operation ORDER BY id LIMIT 1 OFFSET 2")) &&
                    q.next());
            victim = q.value(0).toLongLong();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("UPDATE operation SET amount_kop = 1 WHERE id = %1").arg(victim)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        auto c = db::openSqlite({path});
        QVERIFY(c.ok());
        const services::AppConfig cfg = config(path);
        SystemClock clock;
        services::AcceptanceService acceptance(*c, clock, services::counterContextFrom(cfg));
        app::Workstation ws{acceptance};
        ws.connection = &*c;
        app::MainWindow window(cfg, ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.findChild<app::IntegrityBanner*>();
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("operation %1 ").arg(victim)),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("journal verify")));
        // Above the screens, and the screens are still there to sell with.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("screens"));
        QVERIFY(tabs && tabs->isVisible());
        QVERIFY(banner->mapTo(&window, QPoint(0, 0)).y() < tabs->mapTo(&window, QPoint(0, 0)).y());
        QVERIFY(window.acceptanceScreen()->isEnabled());
        const QString alerts = m_dir.filePath(QStringLiteral("security-alerts.log"));
        QVERIFY(QFile::exists(alerts));
        QCOMPARE(QFile::permissions(alerts) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestIntegrityBannerGui)
#include "test_integrity_banner_gui.moc"
