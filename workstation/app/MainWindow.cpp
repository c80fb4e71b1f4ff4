#include "MainWindow.h"

#include "AcceptanceScreen.h"
#include "ClaimDialog.h"
#include "DeviceSettingsPage.h"
#include "DeviceStatusWidget.h"
#include "IntegrityBanner.h"
#include "IssuingDesk.h"
#include "IssuingScreen.h"
#include "ItemHistoryDialog.h"
#include "PrintQueueWidget.h"
#include "ReportsScreen.h"
#include "ShiftController.h"
#include "ShiftPanel.h"
#include "SimulatorPanel.h"
#include "StorageScreen.h"
#include "SyncStatusWidget.h"
#include "db/OutboxRepository.h"
#include "services/acceptance/CounterServices.h"
#include "services/devices/DeviceHub.h"
#include "services/sync/SyncStatus.h"
#include "services/tracking/ItemEventsClient.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pc::app {

MainWindow::MainWindow(const services::AppConfig& cfg, Workstation ws, QWidget* parent)
    : QMainWindow(parent), m_ws(ws)
{
    setWindowTitle(cfg.demo ? tr("PostCounter — %1 (demo, sample data)").arg(cfg.officeName)
                            : tr("PostCounter — %1").arg(cfg.officeName));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("screens"));
    m_tabs->setFocusPolicy(Qt::NoFocus); // the cursor belongs in the form; F5…F7 switch screens
    m_acceptance = new AcceptanceScreen(ws.acceptance, ws.tariffs, m_tabs, ws.counter, ws.postcodes);
    m_acceptance->setAddressBook(ws.addressBook);
    m_tabs->addTab(m_acceptance, tr("Acceptance (F5)"));
    if (ws.printQueue && ws.printers)
        m_tabs->addTab(new PrintQueueWidget(*ws.printQueue, *ws.printers, m_tabs), tr("Print queue (F6)"));
    if (ws.connection) {
        m_sync = new SyncStatusWidget(m_tabs);
        m_tabs->addTab(m_sync, tr("Tracking sync (F7)"));
    }
    if (ws.devices)
        m_tabs->addTab(new DeviceSettingsPage(ws.devices, cfg.configPath, m_tabs), tr("Devices (F8)"));
    if (ws.issuing) {
        // The other half of the counter, after the existing screens: their keys stay as they were.
        // F4 and Shift+F4: F9 and F10 are the acceptance form's customs and inventory editors, and a key
        // both a screen and the window claim fires neither (Qt's ambiguous shortcut).
        m_issuing = new IssuingScreen(ws.issuing->issuing(), ws.issuing->storage, m_tabs);
        m_tabs->addTab(m_issuing, tr("Issuing (F4)"));
        m_storage = new StorageScreen(ws.issuing->storage, &ws.issuing->arrival, ws.printQueue, m_tabs);
        m_tabs->addTab(m_storage, tr("Storage (Shift+F4)"));
        connect(new QShortcut(QKeySequence(Qt::Key_F4), this), &QShortcut::activated, this,
                [this] { m_tabs->setCurrentWidget(m_issuing); });
        connect(new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F4), this), &QShortcut::activated, this,
                [this] { m_tabs->setCurrentWidget(m_storage); });
        connect(m_issuing, &IssuingScreen::itemsChanged, m_storage, &StorageScreen::refresh);
        connect(m_storage, &StorageScreen::itemArrived, this,
                [this](const QString& id) { statusBar()->showMessage(tr("Arrived %1").arg(id), 5000); });
    }
    if (ws.counter) {
        // The shift above every screen: the clerk always sees whether a shift is open and its cash.
        auto* central = new QWidget(this);
        auto* column = new QVBoxLayout(central);
        column->setContentsMargins(0, 0, 0, 0);
        m_shiftPanel = new ShiftPanel(central);
        m_shiftPanel->setObjectName(QStringLiteral("shiftPanel"));
        m_shiftPanel->layout()->setContentsMargins(6, 2, 6, 2);
        m_shiftPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        // Like the tabs: the cursor stays in the acceptance form when a shift button is clicked.
        for (auto* b : m_shiftPanel->findChildren<QPushButton*>())
            b->setFocusPolicy(Qt::NoFocus);
        column->addWidget(m_shiftPanel);
        column->addWidget(m_tabs, 1);
        setCentralWidget(central);
        m_shift = new ShiftController(*ws.counter, m_shiftPanel, this);
        m_shift->setPrinting(ws.connection, ws.printers, ws.printQueue);
        connect(m_acceptance, &AcceptanceScreen::saleCommitted, m_shift, &ShiftController::refresh);
        connect(m_acceptance, &AcceptanceScreen::itemVoided, m_shift, &ShiftController::refresh);
        if (m_issuing)
            connect(m_issuing, &IssuingScreen::handedOver, m_shift, &ShiftController::refresh);
    } else {
        setCentralWidget(m_tabs);
    }
    if (ws.connection) {
        // "Where is my parcel": Ctrl+H from any screen, scan or type the identifier.
        auto* history = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this);
        connect(history, &QShortcut::activated, this, [this, configPath = cfg.configPath] {
            auto* dialog = findChild<ItemHistoryDialog*>();
            if (!dialog) {
                dialog = new ItemHistoryDialog(
                    *m_ws.connection, services::sync::SyncConfig::load(configPath).valueOr({}), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
            }
            dialog->show();
            dialog->raise();
            dialog->activateWindow();
        });
    }
    if (ws.connection && ws.counter) {
        // Search claims (заявление на розыск): Ctrl+K from any screen.
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this), &QShortcut::activated, this,
                [this, configPath = cfg.configPath] {
                    static const SystemClock clock;
                    auto* dialog = findChild<ClaimDialog*>();
                    if (!dialog) {
                        dialog = new ClaimDialog(*m_ws.connection, clock, m_ws.counter->context(),
                                                 services::officeInfoFrom(m_ws.counter->config()),
                                                 m_ws.printers, m_ws.printQueue, this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        const auto sync = services::sync::SyncConfig::load(configPath).valueOr({});
                        if (!sync.endpoint.isEmpty())
                            dialog->service().setNetworkHistory([sync](const QString& id) {
                                return services::tracking::ItemEventsClient(sync).fetchAndWait(id);
                            });
                    }
                    dialog->show();
                    dialog->raise();
                    dialog->activateWindow();
                });
    }
    // Keyboard first: every screen has its key (F5…F8; issuing, storage and reports have theirs).
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i) == m_issuing || m_tabs->widget(i) == m_storage)
            continue;
        auto* key = new QShortcut(QKeySequence(Qt::Key_F5 + i), this);
        connect(key, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    // Reports keep F11 whatever tabs come before them (F9 and F10 belong to the acceptance form).
    if (ws.counter && ws.connection) {
        auto* reports = new ReportsScreen(*ws.connection, *ws.counter, ws.printQueue, ws.printers, m_tabs);
        reports->setObjectName(QStringLiteral("reportsScreen"));
        m_tabs->addTab(reports, tr("Reports (F11)"));
        connect(new QShortcut(QKeySequence(Qt::Key_F11), this), &QShortcut::activated, this, [this, reports] {
            m_tabs->setCurrentWidget(reports);
            reports->refreshChoices();
        });
    }

    auto addLabel = [this](const QString& name, const QString& text) {
        auto* l = new QLabel(text, this);
        l->setObjectName(name);
        l->setMargin(2);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    addLabel(QStringLiteral("officeStatus"), tr("Office %1 %2").arg(cfg.officePostcode, cfg.officeName));
    addLabel(QStringLiteral("counterStatus"), tr("Counter %1").arg(cfg.counterId));
    addLabel(QStringLiteral("operatorStatus"), tr("Operator: %1").arg(cfg.operatorName));

    connect(m_acceptance, &AcceptanceScreen::itemAccepted, this, [this](const QString& id) {
        statusBar()->showMessage(tr("Accepted %1").arg(id), 5000);
        refreshSyncStatus();
    });
    if (ws.devices) {
        connect(ws.devices, &services::DeviceHub::scanAccepted, m_acceptance,
                [this](const services::ScanVerdict& v) {
                    // On the issuing or storage screen a scan is theirs; anywhere else it is acceptance's.
                    if (m_issuing && m_tabs->currentWidget() == m_issuing)
                        return m_issuing->takeScan(v.text);
                    if (m_storage && m_tabs->currentWidget() == m_storage)
                        return m_storage->takeScan(v.text);
                    m_tabs->setCurrentWidget(m_acceptance);
                    m_acceptance->takeScan(v.text);
                });
        connect(ws.devices, &services::DeviceHub::scanRejected, this,
                [this](const services::ScanVerdict& v) { statusBar()->showMessage(v.message, 8000); });
        connect(ws.devices, &services::DeviceHub::weightOffered, m_acceptance,
                [this](const drivers::ScaleReading& r) {
                    if (m_storage && m_tabs->currentWidget() == m_storage)
                        return m_storage->takeWeight(r.wholeGrams());
                    m_acceptance->takeWeight(r.wholeGrams());
                });
        statusBar()->addPermanentWidget(new DeviceStatusWidget(ws.devices, this));
        if (cfg.demo || ws.devices->config().simulate) {
            auto* dock = new QDockWidget(tr("Demo devices"), this);
            dock->setObjectName(QStringLiteral("simulatorDock"));
            dock->setWidget(new SimulatorPanel(ws.devices, dock));
            addDockWidget(Qt::BottomDockWidgetArea, dock);
        }
    }
    if (m_sync) {
        connect(m_sync, &SyncStatusWidget::retryRequested, this, [this](const QStringList& ids) {
            db::OutboxRepository outbox(*m_ws.connection);
            for (const QString& id : ids)
                (void)outbox.unpark(id);
            refreshSyncStatus();
        });
        // Counts only: cheap, and the drainer on its own thread keeps the real work off this one.
        m_syncTimer = new QTimer(this);
        m_syncTimer->setInterval(5000);
        connect(m_syncTimer, &QTimer::timeout, this, &MainWindow::refreshSyncStatus);
        m_syncTimer->start();
        refreshSyncStatus();
    }
    if (ws.connection) // the journal chain, checked once as the counter opens
        IntegrityBanner::attachTo(this, *ws.connection, cfg.databasePath, cfg.counterId);
    m_acceptance->refreshToday();
    resize(1280, 820);
}

void MainWindow::refreshShift()
{
    if (m_shift)
        m_shift->refresh();
}

void MainWindow::refreshSyncStatus()
{
    if (!m_sync)
        return;
    if (auto s = services::sync::readSyncStatus(*m_ws.connection))
        m_sync->setStatus(*s);
    if (auto parked = db::OutboxRepository(*m_ws.connection).parked(200))
        m_sync->setParked(*parked);
}

} // namespace pc::app
