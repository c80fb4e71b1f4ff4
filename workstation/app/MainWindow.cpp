#include "MainWindow.h"

#include "AcceptanceScreen.h"
#include "services/devices/DeviceHub.h"

#include <QLabel>
#include <QStatusBar>

namespace pc::app {

MainWindow::MainWindow(const services::AppConfig& cfg, services::AcceptanceService& acceptance,
                       services::TariffService* tariffs, services::DeviceHub* devices, QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(cfg.demo ? tr("PostCounter — %1 (demo, sample data)").arg(cfg.officeName)
                            : tr("PostCounter — %1").arg(cfg.officeName));
    m_acceptance = new AcceptanceScreen(acceptance, tariffs, this);
    setCentralWidget(m_acceptance);

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
    m_scanner = addLabel(QStringLiteral("scannerStatus"), tr("Scanner: %1").arg(tr("keyboard entry")));
    m_scale = addLabel(QStringLiteral("scaleStatus"), tr("Scale: %1").arg(tr("manual entry")));
    m_printers = addLabel(QStringLiteral("printerStatus"), tr("Printers: %1").arg(tr("none")));

    connect(m_acceptance, &AcceptanceScreen::itemAccepted, this,
            [this](const QString& id) { statusBar()->showMessage(tr("Accepted %1").arg(id), 5000); });
    if (devices) {
        connect(devices, &services::DeviceHub::scanAccepted, m_acceptance,
                [this](const services::ScanVerdict& v) { m_acceptance->takeScan(v.text); });
        connect(devices, &services::DeviceHub::scanRejected, this,
                [this](const services::ScanVerdict& v) { statusBar()->showMessage(v.message, 8000); });
        connect(devices, &services::DeviceHub::weightOffered, m_acceptance,
                [this](const drivers::ScaleReading& r) { m_acceptance->takeWeight(r.wholeGrams()); });
        connect(devices, &services::DeviceHub::deviceChanged, this, &MainWindow::showDevice);
        for (const auto& d : devices->devices())
            showDevice(d);
    }
    m_acceptance->refreshToday();
    resize(1200, 800);
}

void MainWindow::showDevice(const drivers::DeviceInfo& d)
{
    const QString text =
        d.detail.isEmpty()
            ? QStringLiteral("%1 (%2)").arg(d.model, drivers::deviceStateName(d.state))
            : QStringLiteral("%1 (%2, %3)").arg(d.model, drivers::deviceStateName(d.state), d.detail);
    if (d.kind == drivers::DeviceKind::Scanner)
        m_scanner->setText(tr("Scanner: %1").arg(text));
    else if (d.kind == drivers::DeviceKind::Scale)
        m_scale->setText(tr("Scale: %1").arg(text));
    else
        m_printers->setText(tr("Printers: %1").arg(text));
}

} // namespace pc::app
