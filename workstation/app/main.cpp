// postcounter: the counter workstation GUI. With --demo it uses simulated devices and the sample
// office; with --demo and no display it runs the scripted demo shift headless instead.
#include "AcceptanceScreen.h"
#include "IssuingDesk.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ScanWedgeFilter.h"
#include "ScreenLock.h"
#include "SetupWizard.h"
#include "SyncStatusWidget.h"
#include "Translations.h"
#include "db/Connection.h"
#include "db/shift/OperatorRepository.h"
#include "services/AcceptanceService.h"
#include "services/DemoShift.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"
#include "services/address/AddressBook.h"
#include "services/address/PostcodeDirectory.h"
#include "services/devices/DeviceHub.h"
#include "services/printing/PrintQueueService.h"
#include "services/printing/PrinterConfig.h"
#include "services/printing/PrinterRegistry.h"
#include "services/sync/SyncConfig.h"
#include "services/sync/SyncThread.h"
#include "services/tariff/TariffService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

QString dataDir()
{
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : xdg) +
           QStringLiteral("/postcounter");
}

// Demo mode without printers configured: simulated label, receipt and office printers writing files.
pc::services::PrintingConfig demoPrinters(const QString& dir)
{
    pc::services::PrintingConfig c;
    auto add = [&](const char* name, pc::drivers::PrintLanguage language) {
        pc::services::PrinterConfig p;
        p.name = QString::fromLatin1(name);
        p.kind = QStringLiteral("sim");
        p.language = language;
        p.directory = dir + u'/' + p.name;
        c.printers << p;
    };
    add("label", pc::drivers::PrintLanguage::Zpl);
    add("receipt", pc::drivers::PrintLanguage::EscPos);
    add("office", pc::drivers::PrintLanguage::Pdf);
    c.roles = {{QStringLiteral("label"), QStringLiteral("label")},
               {QStringLiteral("receipt"), QStringLiteral("receipt")},
               {QStringLiteral("form"), QStringLiteral("office")}};
    return c;
}

int runHeadlessDemo(int argc, char** argv, const QString& outDir)
{
    // Forms need fonts, so a GUI application on the offscreen platform: no display required.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION));
    pc::installTranslations(app);
    QTextStream out(stdout);
    out << "No display found: running the scripted demo shift headless.\n";
    out.flush();
    auto r = pc::services::DemoShift(outDir).run();
    if (!r) {
        QTextStream(stderr) << "postcounter: " << r.error().message << "\n";
        return 3;
    }
    out << "Demo shift done: " << r->itemCount << " items accepted.\n"
        << "Output: " << QDir(outDir).absolutePath() << "\nManifest: " << r->manifestPath << "\n";
    return 0;
}

// Prints the time from process start to the first painted window, then quits (tests/bench).
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(QElapsedTimer t, bool quit, QWidget* window, QString screenshot)
        : m_t(t), m_quit(quit), m_window(window), m_screenshot(std::move(screenshot))
    {}
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-ms %.3f\n", static_cast<double>(m_t.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            if (m_quit)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            if (!m_screenshot.isEmpty())
                QTimer::singleShot(300, qApp, [this] {
                    const bool saved = m_window->grab().save(m_screenshot);
                    QCoreApplication::exit(saved ? 0 : 3);
                });
        }
        return QObject::eventFilter(o, e);
    }

private:
    QElapsedTimer m_t;
    bool m_quit;
    QWidget* m_window;
    QString m_screenshot;
    bool m_done = false;
};

// Demo mode logs in by itself: the demo operator (and a supervisor for voids and discrepancies) are
// created on first start with the documented password, see docs/operator-guide.md.
constexpr const char* kDemoPassword = "demo";

pc::Result<pc::db::OperatorRecord> demoLogin(pc::services::OperatorService& ops, const pc::db::Connection& c,
                                             const pc::services::AppConfig& cfg)
{
    const QString id = cfg.operatorId.isEmpty() ? QStringLiteral("demo") : cfg.operatorId;
    pc::db::OperatorRepository repo(c);
    auto ensure = [&](const QString& opId, const QString& name, pc::services::Role role) -> pc::Status {
        auto found = repo.find(opId);
        if (!found)
            return found.error();
        if (*found)
            return {};
        return ops.add({opId, name, role, QString::fromLatin1(kDemoPassword)});
    };
    const QString name =
        cfg.operatorName.isEmpty() ? QApplication::translate("main", "Demo operator") : cfg.operatorName;
    if (auto st = ensure(id, name, pc::services::Role::Operator); !st)
        return st.error();
    if (auto st = ensure(QStringLiteral("supervisor"), QApplication::translate("main", "Demo supervisor"),
                         pc::services::Role::Supervisor);
        !st)
        return st.error();
    return ops.authenticate(id, QString::fromLatin1(kDemoPassword));
}

// Outside demo mode: the log-in dialog; nothing when cancelled or no operator exists (exit code set).
std::optional<pc::db::OperatorRecord> interactiveLogin(pc::services::OperatorService& ops,
                                                       const pc::db::Connection& c, int* exitCode)
{
    auto all = pc::db::OperatorRepository(c).all();
    if (!all) {
        QMessageBox::critical(nullptr, QStringLiteral("PostCounter"), all.error().message);
        *exitCode = 3;
        return std::nullopt;
    }
    if (all->isEmpty()) {
        QMessageBox::critical(
            nullptr, QStringLiteral("PostCounter"),
            QApplication::translate("main",
                                    "No operator exists yet. An administrator creates the first one with:\n\n"
                                    "postcounter-cli operator add --id ID --name NAME --role admin"));
        *exitCode = 3;
        return std::nullopt;
    }
    pc::app::LoginDialog login(ops);
    if (login.exec() != QDialog::Accepted || !login.loggedIn()) {
        *exitCode = 0;
        return std::nullopt;
    }
    return login.loggedIn();
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer startup;
    startup.start();
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pc.*.debug=false\npc.*.info=false"));
    bool demo = false;
    QString outDir;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--demo") == 0)
            demo = true;
        if (qstrcmp(argv[i], "--out") == 0 && i + 1 < argc)
            outDir = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (demo && !hasDisplay()) {
        if (outDir.isEmpty())
            outDir = dataDir() + QStringLiteral("/demo-") +
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
        return runHeadlessDemo(argc, argv, outDir);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postcounter"));
    QApplication::setApplicationVersion(QStringLiteral(PC_VERSION));
    pc::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Post-office counter workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demoOpt(QStringLiteral("demo"),
                               QApplication::translate("main", "Simulated devices and the sample office."));
    QCommandLineOption dbOpt(QStringLiteral("db"), QApplication::translate("main", "Database file."),
                             QStringLiteral("FILE"));
    QCommandLineOption configOpt(QStringLiteral("config"),
                                 QApplication::translate("main", "Configuration file."),
                                 QStringLiteral("FILE"));
    QCommandLineOption outOpt(QStringLiteral("out"),
                              QApplication::translate("main", "Output folder of the headless demo."),
                              QStringLiteral("DIR"));
    QCommandLineOption probeOpt(
        QStringLiteral("exit-after-first-paint"),
        QApplication::translate("main", "Print the start-up time and quit (benchmarks)."));
    QCommandLineOption shotOpt(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window and quit (documentation)."),
        QStringLiteral("PNG"));
    parser.addOptions({demoOpt, dbOpt, configOpt, outOpt, probeOpt, shotOpt});
    parser.process(app);

    auto cfg = pc::services::AppConfig::load(parser.value(configOpt));
    if (!cfg) {
        QMessageBox::critical(nullptr, QStringLiteral("PostCounter"), cfg.error().message);
        return 3;
    }
    if (demo) {
        cfg->demo = true;
        cfg->databasePath = dataDir() + QStringLiteral("/demo.db");
        cfg->officeName = QApplication::translate("main", "Moscow 101000 (sample)");
    }
    // First start of a counter: the configuration does not name the office yet (the package's
    // /etc/postcounter/postcounter.conf is a commented template) → the setup wizard writes it.
    if (!cfg->demo && !cfg->configured) {
        pc::app::SetupWizard wizard(cfg->configPath, pc::app::SetupWizard::discover());
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        cfg = pc::services::AppConfig::load(cfg->configPath);
        if (!cfg) {
            QMessageBox::critical(nullptr, QStringLiteral("PostCounter"), cfg.error().message);
            return 3;
        }
    }
    if (parser.isSet(dbOpt))
        cfg->databasePath = parser.value(dbOpt);

    auto conn = pc::db::openSqlite({cfg->databasePath});
    if (!conn) {
        QMessageBox::critical(nullptr, QStringLiteral("PostCounter"), conn.error().message);
        return 3;
    }
    if (auto st = pc::services::ensureOfficeAndCounter(*conn, *cfg); !st) {
        QMessageBox::critical(nullptr, QStringLiteral("PostCounter"), st.error().message);
        return 3;
    }
    if (cfg->demo)
        (void)pc::services::seedDemoRanges(*conn, cfg->officePostcode);

    pc::SystemClock clock;
    // Who works at the counter stamps every operation: log in before the services are built.
    {
        pc::services::OperatorService loginOps(*conn, clock);
        std::optional<pc::db::OperatorRecord> op;
        if (cfg->demo) {
            if (auto demoOp = demoLogin(loginOps, *conn, *cfg))
                op = *demoOp;
            else // e.g. the demo password was changed: ask like outside the demo
                QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), demoOp.error().message);
        }
        if (!op) {
            int exitCode = 0;
            op = interactiveLogin(loginOps, *conn, &exitCode);
            if (!op)
                return exitCode;
        }
        cfg->operatorId = op->id;
        cfg->operatorName = op->name;
    }
    pc::services::AcceptanceService acceptance(*conn, clock, pc::services::counterContextFrom(*cfg));
    pc::services::TariffService tariffs(*conn, clock, cfg->utcOffsetMin);
    if (auto st = tariffs.ensureTariffs(); !st)
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), st.error().message);

    auto devCfg = pc::services::DeviceConfig::load(cfg->configPath);
    if (!devCfg) {
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), devCfg.error().message);
        devCfg = pc::services::DeviceConfig{};
    }
    if (cfg->demo)
        devCfg->simulate = true;
    pc::services::DeviceHub devices(*devCfg);
    // A scanner the OS owns types into whatever has focus: the wedge filter takes its bursts first.
    pc::app::ScanWedgeFilter wedge({devCfg->wedgeMaxGapMs, devCfg->wedgeMinLength, true});
    app.installEventFilter(&wedge);
    QObject::connect(&wedge, &pc::app::ScanWedgeFilter::scanned, &devices,
                     &pc::services::DeviceHub::submitWedgeScan);

    auto printingCfg = pc::services::loadPrintingConfig(cfg->configPath);
    if (!printingCfg) {
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), printingCfg.error().message);
        printingCfg = pc::services::PrintingConfig{};
    }
    if (cfg->demo && printingCfg->printers.isEmpty())
        printingCfg = demoPrinters(dataDir() + QStringLiteral("/demo-printers"));
    pc::services::PrinterRegistry printers;
    printers.configure(*printingCfg);
    pc::services::PrintQueueService printQueue(*conn, printers);
    if (auto resumed = printQueue.resumeUnfinished(); !resumed)
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), resumed.error().message);

    // Tracking sync runs on its own thread with its own connection, when an endpoint is configured.
    std::unique_ptr<pc::services::sync::SyncThread> sync;
    if (auto syncCfg = pc::services::sync::SyncConfig::load(cfg->configPath);
        syncCfg && !syncCfg->endpoint.isEmpty()) {
        sync = std::make_unique<pc::services::sync::SyncThread>(
            *syncCfg, cfg->databasePath, pc::services::sync::OutboxDrainer::Mode::Continuous);
        sync->start();
    }

    // Sales at the counter: every sale asks for an open shift.
    pc::services::CounterServices counter(*cfg, *conn, clock, true);
    if (cfg->demo) {
        // The demo works without dialogs: a shift with a 5 000 ₽ float when none is open.
        auto state = counter.shifts.state(cfg->counterId);
        if (state && !state->shift) {
            if (auto opened = counter.shifts.open(cfg->counterId, cfg->operatorId, 500000); !opened)
                QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), opened.error().message);
        }
    }
    counter.setPrinting(&printers, &printQueue);
    // The card terminal ([payment], the simulator in demo mode). A card sale still waits for the
    // terminal on the GUI thread (bounded by payment/timeout_s); moving it to a worker is open work.
    std::unique_ptr<pc::services::CardTerminal> card;
    if (auto terminalCfg = pc::services::loadPaymentTerminalConfig(cfg->configPath, cfg->demo);
        !terminalCfg) {
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), terminalCfg.error().message);
    } else if (auto started = pc::services::CardTerminal::start(*terminalCfg); !started) {
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), started.error().message);
    } else {
        card = std::move(*started);
        counter.setPaymentTerminal(card->terminal(), card->timeoutMs());
    }
    pc::services::PostcodeDirectory postcodes(*conn, clock);
    if (auto st = postcodes.ensureSample(); !st)
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), st.error().message);

    pc::app::Workstation ws{acceptance, &tariffs, &devices, &printQueue, &printers, &*conn};
    ws.counter = &counter;
    ws.postcodes = &postcodes;
    pc::services::AddressBook addressBook(*conn, clock);
    ws.addressBook = &addressBook;
    // Issuing and storage: the SMS gateway and the personal-data key from the configuration.
    pc::app::IssuingDesk issuingDesk(*cfg, *conn, clock, counter);
    issuingDesk.setPrinting(&printers, &printQueue);
    if (!issuingDesk.problem.isEmpty())
        QMessageBox::warning(nullptr, QStringLiteral("PostCounter"), issuingDesk.problem);
    ws.issuing = &issuingDesk;
    pc::app::MainWindow window(*cfg, ws);
    if (sync) {
        auto* d = sync->drainer();
        QObject::connect(d, &pc::services::sync::OutboxDrainer::batchDelivered, &window,
                         &pc::app::MainWindow::refreshSyncStatus);
        QObject::connect(d, &pc::services::sync::OutboxDrainer::authFailed, window.syncStatus(),
                         &pc::app::SyncStatusWidget::showAuthAlert);
        QObject::connect(d, &pc::services::sync::OutboxDrainer::retrying, window.syncStatus(),
                         &pc::app::SyncStatusWidget::showRetrying);
        QObject::connect(window.acceptanceScreen(), &pc::app::AcceptanceScreen::itemAccepted, d,
                         [&sync] { sync->wakeUp(); });
    }
    devices.start();
    FirstPaintProbe probe(startup, parser.isSet(probeOpt), &window, parser.value(shotOpt));
    window.installEventFilter(&probe);
    // Idle lock (workstation/lock_after_min, never in demo mode) and Ctrl+Shift+L.
    pc::app::ScreenLock screenLock(counter.operators, cfg->operatorId, &window,
                                   cfg->lockAfterMin * 60 * 1000);
    window.show();
    return app.exec();
}
