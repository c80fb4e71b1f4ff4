#include "SimulatorPanel.h"

#include "drivers/sim/SimulatedScale.h"
#include "drivers/sim/SimulatedScanner.h"
#include "services/devices/DeviceHub.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::app {

SimulatorPanel::SimulatorPanel(services::DeviceHub* hub, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_code(new QLineEdit(this)), m_grams(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("simulatorPanel"));
    auto* box = new QGroupBox(tr("Demo devices"), this);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(box);
    auto* form = new QFormLayout(box);

    m_code->setObjectName(QStringLiteral("simCode"));
    m_code->setPlaceholderText(tr("RA123456785RU"));
    auto* scanButton = new QPushButton(tr("Scan"), this);
    scanButton->setObjectName(QStringLiteral("simScan"));
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_code);
    scanRow->addWidget(scanButton);
    form->addRow(tr("Barcode"), scanRow);

    m_grams->setObjectName(QStringLiteral("simGrams"));
    m_grams->setRange(-1000, 40000);
    m_grams->setDecimals(0);
    m_grams->setSuffix(tr(" g"));
    m_grams->setValue(1250);
    auto* put = new QPushButton(tr("Put on platter"), this);
    put->setObjectName(QStringLiteral("simPut"));
    auto* lift = new QPushButton(tr("Lift"), this);
    lift->setObjectName(QStringLiteral("simLift"));
    auto* weightRow = new QHBoxLayout;
    weightRow->addWidget(m_grams);
    weightRow->addWidget(put);
    weightRow->addWidget(lift);
    form->addRow(tr("Weight"), weightRow);

    auto* scannerCable = new QCheckBox(tr("Scanner connected"), this);
    scannerCable->setObjectName(QStringLiteral("simScannerConnected"));
    scannerCable->setChecked(true);
    auto* scaleCable = new QCheckBox(tr("Scale connected"), this);
    scaleCable->setObjectName(QStringLiteral("simScaleConnected"));
    scaleCable->setChecked(true);
    auto* cables = new QHBoxLayout;
    cables->addWidget(scannerCable);
    cables->addWidget(scaleCable);
    form->addRow(tr("Cables"), cables);

    connect(scanButton, &QPushButton::clicked, this, &SimulatorPanel::scan);
    connect(m_code, &QLineEdit::returnPressed, this, &SimulatorPanel::scan);
    connect(put, &QPushButton::clicked, this, &SimulatorPanel::putWeight);
    connect(lift, &QPushButton::clicked, this, &SimulatorPanel::lift);
    connect(scannerCable, &QCheckBox::toggled, this, [this](bool on) {
        if (auto* scanner = m_hub ? m_hub->simulatedScanner() : nullptr)
            scanner->setConnected(on);
    });
    connect(scaleCable, &QCheckBox::toggled, this, [this](bool on) {
        if (auto* scale = m_hub ? m_hub->simulatedScale() : nullptr)
            scale->setConnected(on);
    });
}

void SimulatorPanel::scan()
{
    if (auto* scanner = m_hub ? m_hub->simulatedScanner() : nullptr; scanner && !m_code->text().isEmpty())
        scanner->scan(m_code->text());
}

void SimulatorPanel::putWeight()
{
    if (auto* scale = m_hub ? m_hub->simulatedScale() : nullptr)
        scale->placeWeight(m_grams->value());
}

void SimulatorPanel::lift()
{
    if (auto* scale = m_hub ? m_hub->simulatedScale() : nullptr)
        scale->placeWeight(0);
}

} // namespace pc::app
