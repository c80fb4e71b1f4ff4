#include "DeviceSettingsPage.h"

#include "services/devices/DeviceHub.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::app {

using services::DeviceConfig;

namespace {
QComboBox* choices(const QString& key, const QStringList& values, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(key);
    for (const QString& v : values)
        box->addItem(v, v);
    return box;
}

void select(QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* l = new QLabel(text, buddy->parentWidget());
    l->setBuddy(buddy);
    return l;
}
} // namespace

DeviceSettingsPage::DeviceSettingsPage(services::DeviceHub* hub, QString configPath, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_configPath(std::move(configPath))
{
    build();
    auto loaded = DeviceConfig::load(m_configPath);
    if (loaded)
        m_loaded = *loaded;
    showConfig(m_loaded);
    if (!loaded)
        showMessage(
            tr("The saved device settings are invalid (%1); defaults are shown.").arg(loaded.error().message),
            true);
    if (m_hub)
        connect(m_hub, &services::DeviceHub::deviceChanged, this, &DeviceSettingsPage::refreshDevices);
    refreshDevices();
}

void DeviceSettingsPage::build()
{
    auto* root = new QVBoxLayout(this);

    m_devices = new QTableWidget(0, 5, this);
    m_devices->setObjectName(QStringLiteral("devices"));
    m_devices->setHorizontalHeaderLabels({tr("Kind"), tr("Model"), tr("Driver"), tr("State"), tr("Port")});
    m_devices->horizontalHeader()->setStretchLastSection(true);
    m_devices->verticalHeader()->hide();
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_devices->setSelectionBehavior(QAbstractItemView::SelectRows);
    root->addWidget(buddyLabel(tr("Recognised &devices:"), m_devices));
    root->addWidget(m_devices);

    auto* scannerBox = new QGroupBox(tr("Scanner"), this);
    auto* scannerForm = new QFormLayout(scannerBox);
    m_scanner = choices(
        QStringLiteral("scanner"),
        {QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("wedge"), QStringLiteral("serial")},
        scannerBox);
    m_scannerPort = new QLineEdit(scannerBox);
    m_scannerPort->setObjectName(QStringLiteral("scanner_port"));
    m_scannerPort->setPlaceholderText(QStringLiteral("/dev/serial/by-id/…"));
    m_scannerSuffix = new QComboBox(scannerBox);
    m_scannerSuffix->setObjectName(QStringLiteral("scanner_suffix"));
    m_scannerSuffix->addItem(tr("CR"), QByteArrayLiteral("\r"));
    m_scannerSuffix->addItem(tr("CR LF"), QByteArrayLiteral("\r\n"));
    m_scannerSuffix->addItem(tr("LF"), QByteArrayLiteral("\n"));
    m_scannerSuffix->addItem(tr("Tab"), QByteArrayLiteral("\t"));
    m_wedgeGap = new QSpinBox(scannerBox);
    m_wedgeGap->setObjectName(QStringLiteral("wedge_max_gap_ms"));
    m_wedgeGap->setRange(5, 500);
    m_wedgeGap->setSuffix(tr(" ms"));
    m_wedgeMinLength = new QSpinBox(scannerBox);
    m_wedgeMinLength->setObjectName(QStringLiteral("wedge_min_length"));
    m_wedgeMinLength->setRange(1, 100);
    scannerForm->addRow(buddyLabel(tr("Sca&nner:"), m_scanner), m_scanner);
    scannerForm->addRow(buddyLabel(tr("Scanner &port:"), m_scannerPort), m_scannerPort);
    scannerForm->addRow(buddyLabel(tr("Scan s&uffix:"), m_scannerSuffix), m_scannerSuffix);
    scannerForm->addRow(buddyLabel(tr("Wedge max &gap between keys:"), m_wedgeGap), m_wedgeGap);
    scannerForm->addRow(buddyLabel(tr("Wedge &minimum length:"), m_wedgeMinLength), m_wedgeMinLength);
    root->addWidget(scannerBox);

    auto* scaleBox = new QGroupBox(tr("Scale"), this);
    auto* scaleForm = new QFormLayout(scaleBox);
    m_scale = choices(QStringLiteral("scale"),
                      {QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("serial")}, scaleBox);
    m_scalePort = new QLineEdit(scaleBox);
    m_scalePort->setObjectName(QStringLiteral("scale_port"));
    m_scalePort->setPlaceholderText(QStringLiteral("/dev/serial/by-id/…"));
    m_protocol =
        choices(QStringLiteral("scale_protocol"),
                {QStringLiteral("sics"), QStringLiteral("8217"), QStringLiteral("cas"),
                 QStringLiteral("cas-enq"), QStringLiteral("massak"), QStringLiteral("massak-legacy")},
                scaleBox);
    m_baud = new QLineEdit(scaleBox);
    m_baud->setObjectName(QStringLiteral("scale_baud"));
    m_stableReadings = new QSpinBox(scaleBox);
    m_stableReadings->setObjectName(QStringLiteral("stable_readings"));
    m_stableReadings->setRange(1, 50);
    m_tolerance = new QLineEdit(scaleBox);
    m_tolerance->setObjectName(QStringLiteral("stable_tolerance_g"));
    scaleForm->addRow(buddyLabel(tr("S&cale:"), m_scale), m_scale);
    scaleForm->addRow(buddyLabel(tr("Scale p&ort:"), m_scalePort), m_scalePort);
    scaleForm->addRow(buddyLabel(tr("P&rotocol:"), m_protocol), m_protocol);
    scaleForm->addRow(buddyLabel(tr("&Baud rate:"), m_baud), m_baud);
    scaleForm->addRow(buddyLabel(tr("Stable r&eadings (scales that do not say):"), m_stableReadings),
                      m_stableReadings);
    scaleForm->addRow(buddyLabel(tr("Stable &tolerance, g:"), m_tolerance), m_tolerance);
    root->addWidget(scaleBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("save"));
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(saveButton);
    root->addLayout(bottom);
    root->addStretch(1);

    connect(m_scanner, &QComboBox::currentIndexChanged, this, &DeviceSettingsPage::updateEnabled);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &DeviceSettingsPage::updateEnabled);
}

void DeviceSettingsPage::showConfig(const DeviceConfig& c)
{
    select(m_scanner, c.scanner);
    m_scannerPort->setText(c.scannerPort);
    select(m_scannerSuffix, c.scannerSuffix);
    m_wedgeGap->setValue(c.wedgeMaxGapMs);
    m_wedgeMinLength->setValue(c.wedgeMinLength);
    select(m_scale, c.scale);
    m_scalePort->setText(c.scalePort);
    select(m_protocol, c.scaleProtocol);
    m_baud->setText(QString::number(c.scaleBaud));
    m_stableReadings->setValue(c.stableReadings);
    m_tolerance->setText(locale().toString(c.stableToleranceGrams));
    updateEnabled();
}

void DeviceSettingsPage::updateEnabled()
{
    const bool serialScanner = m_scanner->currentData().toString() == QStringLiteral("serial");
    const bool serialScale = m_scale->currentData().toString() == QStringLiteral("serial");
    m_scannerPort->setEnabled(serialScanner);
    m_scannerSuffix->setEnabled(serialScanner);
    m_scalePort->setEnabled(serialScale);
    m_protocol->setEnabled(serialScale);
    m_baud->setEnabled(serialScale);
}

void DeviceSettingsPage::refreshDevices()
{
    const auto list = m_hub ? m_hub->devices() : QList<drivers::DeviceInfo>{};
    m_devices->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const auto& d = list[row];
        const QStringList cells{drivers::deviceKindName(d.kind), d.model, d.driver,
                                drivers::deviceStateName(d.state), d.path};
        for (int col = 0; col < cells.size(); ++col)
            m_devices->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
}

Result<DeviceConfig> DeviceSettingsPage::editedConfig() const
{
    auto fail = [](const QString& message) { return Error{QStringLiteral("config.invalid"), message}; };
    DeviceConfig c = m_loaded;
    c.scanner = m_scanner->currentData().toString();
    c.scannerPort = m_scannerPort->text().trimmed();
    c.scannerSuffix = m_scannerSuffix->currentData().toByteArray();
    c.wedgeMaxGapMs = m_wedgeGap->value();
    c.wedgeMinLength = m_wedgeMinLength->value();
    c.scale = m_scale->currentData().toString();
    c.scalePort = m_scalePort->text().trimmed();
    c.scaleProtocol = m_protocol->currentData().toString();
    c.stableReadings = m_stableReadings->value();
    if (c.scanner == QStringLiteral("serial") && c.scannerPort.isEmpty())
        return fail(tr("Enter the scanner's serial port (for example /dev/serial/by-id/…) or choose "
                       "another scanner mode."));
    if (c.scale == QStringLiteral("serial") && c.scalePort.isEmpty())
        return fail(tr("Enter the scale's serial port (for example /dev/serial/by-id/…) or choose another "
                       "scale mode."));
    bool ok = false;
    c.scaleBaud = m_baud->text().trimmed().toInt(&ok);
    if (!ok || c.scaleBaud < 1200 || c.scaleBaud > 921600)
        return fail(tr("The baud rate \"%1\" is not valid: enter a number from 1200 to 921600, as set on the "
                       "scale (usually 9600).")
                        .arg(m_baud->text()));
    const QString tol = m_tolerance->text().trimmed();
    c.stableToleranceGrams = locale().toDouble(tol, &ok);
    if (!ok) // a dot typed under a comma locale is still meant as a decimal point
        c.stableToleranceGrams = tol.toDouble(&ok);
    if (!ok || c.stableToleranceGrams < 0)
        return fail(tr("The stable tolerance \"%1\" is not valid: enter a number of grams, 0 or more.")
                        .arg(m_tolerance->text()));
    return c;
}

bool DeviceSettingsPage::save()
{
    auto c = editedConfig();
    if (!c) {
        showMessage(c.error().message, true);
        return false;
    }
    if (auto st = c->save(m_configPath); !st) {
        showMessage(st.error().message, true);
        return false;
    }
    m_loaded = *c;
    showMessage(tr("Saved. The device settings apply when the workstation is restarted."), false);
    emit saved(*c);
    return true;
}

void DeviceSettingsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace pc::app
