#include "MainWindow.h"

#include "AcceptanceScreen.h"

#include <QLabel>
#include <QStatusBar>

namespace pc::app {

MainWindow::MainWindow(const services::AppConfig& cfg, services::AcceptanceService& acceptance,
                       QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(cfg.demo ? tr("PostCounter — %1 (demo, sample data)").arg(cfg.officeName)
                            : tr("PostCounter — %1").arg(cfg.officeName));
    m_acceptance = new AcceptanceScreen(acceptance, this);
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
    m_scanner = addLabel(QStringLiteral("scannerStatus"), {});
    m_scale = addLabel(QStringLiteral("scaleStatus"), {});
    m_printers = addLabel(QStringLiteral("printerStatus"), {});
    setDeviceStatus(tr("keyboard entry"), tr("manual entry"), tr("none"));

    connect(m_acceptance, &AcceptanceScreen::itemAccepted, this,
            [this](const QString& id) { statusBar()->showMessage(tr("Accepted %1").arg(id), 5000); });
    m_acceptance->refreshToday();
    resize(1100, 720);
}

void MainWindow::setDeviceStatus(const QString& scanner, const QString& scale, const QString& printers)
{
    m_scanner->setText(tr("Scanner: %1").arg(scanner));
    m_scale->setText(tr("Scale: %1").arg(scale));
    m_printers->setText(tr("Printers: %1").arg(printers));
}

} // namespace pc::app
