#include "MainWindow.h"

#include "AcceptanceScreen.h"
#include "DeviceSettingsPage.h"
#include "DeviceStatusWidget.h"
#include "PrintQueueWidget.h"
#include "ShiftController.h"
#include "ShiftPanel.h"
#include "SimulatorPanel.h"
#include "SyncStatusWidget.h"
#include "db/OutboxRepository.h"
#include "services/devices/DeviceHub.h"
#include "services/sync/SyncStatus.h"

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
        connect(m_acceptance, &AcceptanceScreen::saleCommitted, m_shift, &ShiftController::refresh);
        connect(m_acceptance, &AcceptanceScreen::itemVoided, m_shift, &ShiftController::refresh);
    } else {
        setCentralWidget(m_tabs);
    }
    // Keyboard first: every screen has its key (F5, F6…).
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* key = new QShortcut(QKeySequence(Qt::Key_F5 + i), this);
        connect(key, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
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
                    m_tabs->setCurrentWidget(m_acceptance); // a scan always lands in acceptance
                    m_acceptance->takeScan(v.text);
                });
        connect(ws.devices, &services::DeviceHub::scanRejected, this,
                [this](const services::ScanVerdict& v) { statusBar()->showMessage(v.message, 8000); });
        connect(ws.devices, &services::DeviceHub::weightOffered, m_acceptance,
                [this](const drivers::ScaleReading& r) { m_acceptance->takeWeight(r.wholeGrams()); });
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
