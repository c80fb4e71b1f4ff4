#include "DeviceHub.h"

#include "drivers/sim/SimulatedScale.h"
#include "drivers/sim/SimulatedScanner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHub, "pc.devices")

namespace pc::services {

DeviceHub::DeviceHub(DeviceConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config)),
      m_filter({true, m_config.stableReadings, m_config.stableToleranceGrams})
{
    qRegisterMetaType<drivers::ScanResult>();
    qRegisterMetaType<drivers::ScaleReading>();
    qRegisterMetaType<ScanVerdict>();
}

DeviceHub::~DeviceHub() = default;

void DeviceHub::start()
{
    if (m_config.simulate) {
        if (!m_simScanner) {
            m_simScanner = new drivers::SimulatedScanner(this);
            attachScanner(m_simScanner);
        }
        if (!m_simScale) {
            m_simScale = new drivers::SimulatedScale(this);
            attachScale(m_simScale);
        }
        return;
    }
    // Real devices: the DeviceManager thread (USB hotplug, serial ports) attaches drivers here.
    qCInfo(lcHub) << "device hub started; scanner" << m_config.scanner << "scale" << m_config.scale;
}

void DeviceHub::attachScanner(drivers::Scanner* scanner)
{
    if (scanner->parent() == nullptr && scanner->thread() == thread())
        scanner->setParent(this);
    m_scanners.append(scanner);
    connect(scanner, &drivers::Scanner::scanned, this, &DeviceHub::handleScan);
    connect(scanner, &drivers::Scanner::stateChanged, this, [this, scanner] {
        if (scanner)
            emit deviceChanged(scanner->info());
    });
    emit deviceChanged(scanner->info());
}

void DeviceHub::attachScale(drivers::Scale* scale)
{
    if (scale->parent() == nullptr && scale->thread() == thread())
        scale->setParent(this);
    m_scales.append(scale);
    connect(scale, &drivers::Scale::reading, this, &DeviceHub::handleReading);
    connect(scale, &drivers::Scale::stateChanged, this, [this, scale] {
        if (!scale)
            return;
        m_filter.reset(); // a weight read before a disconnect is not offered after it
        emit deviceChanged(scale->info());
    });
    emit deviceChanged(scale->info());
}

QList<drivers::DeviceInfo> DeviceHub::devices() const
{
    QList<drivers::DeviceInfo> out;
    for (const auto& s : m_scanners)
        if (s)
            out.append(s->info());
    for (const auto& s : m_scales)
        if (s)
            out.append(s->info());
    return out;
}

bool DeviceHub::zeroScale()
{
    for (const auto& s : m_scales)
        if (s && s->zero())
            return true;
    return false;
}

void DeviceHub::submitWedgeScan(const QString& text, qint64 timestampMs)
{
    handleScan(drivers::ScanResult{text, {}, QStringLiteral("wedge"), timestampMs});
}

void DeviceHub::handleScan(const drivers::ScanResult& scan)
{
    ScanVerdict v = classifyScan(scan.text);
    v.source = scan.source;
    v.timestampMs = scan.timestampMs;
    emit scanRead(v);
    if (v.recognised())
        emit scanAccepted(v);
    else
        emit scanRejected(v);
}

void DeviceHub::handleReading(const drivers::ScaleReading& r)
{
    emit scaleReading(r);
    if (auto stable = m_filter.feed(r))
        emit weightOffered(*stable);
}

} // namespace pc::services
