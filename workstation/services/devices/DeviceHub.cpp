#include "DeviceHub.h"

#include "drivers/core/QueuedCall.h"
#include "drivers/scale/ScaleProtocols.h"
#include "drivers/sim/SimulatedScale.h"
#include "drivers/sim/SimulatedScanner.h"
#include "drivers/usb/DeviceManager.h"

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

DeviceHub::~DeviceHub()
{
    if (m_manager) {
        m_manager->shutdown(); // releases the devices (kernel drivers re-attached) and joins the thread
        delete m_manager;
    }
}

namespace {
QList<QPair<quint16, quint16>> parseIdList(const QString& text)
{
    QList<QPair<quint16, quint16>> out;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts)) {
        const auto parts = item.trimmed().split(u':');
        bool okV = false, okP = false;
        if (parts.size() == 2) {
            const auto vid = parts[0].toUShort(&okV, 16), pid = parts[1].toUShort(&okP, 16);
            if (okV && okP)
                out.append({vid, pid});
        }
    }
    return out;
}
} // namespace

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
    if (m_manager)
        return;
    drivers::DeviceManager::Options o;
    o.usbScales = m_config.scale == QStringLiteral("auto");
    o.usbScanners = m_config.scanner == QStringLiteral("auto");
    o.keyboardScanners = parseIdList(m_config.keyboardScanners);
    if (m_config.scale == QStringLiteral("serial")) {
        o.scalePort = m_config.scalePort;
        o.scaleProtocol = drivers::scaleProtocolFromName(m_config.scaleProtocol).value_or(o.scaleProtocol);
        o.scaleBaud = m_config.scaleBaud;
    }
    if (m_config.scanner == QStringLiteral("serial")) {
        o.scannerPort = m_config.scannerPort;
        o.scannerSuffix = m_config.scannerSuffix;
    }
    m_manager = new drivers::DeviceManager(o);
    connect(m_manager, &drivers::DeviceManager::scaleAttached, this,
            qOverload<drivers::Scale*, const drivers::DeviceInfo&>(&DeviceHub::attachScale));
    connect(m_manager, &drivers::DeviceManager::scannerAttached, this,
            qOverload<drivers::Scanner*, const drivers::DeviceInfo&>(&DeviceHub::attachScanner));
    connect(m_manager, &drivers::DeviceManager::usbUnavailable, this,
            [](const QString& why) { qCWarning(lcHub) << "USB devices unavailable:" << why; });
    m_manager->start();
    qCInfo(lcHub) << "device hub started; scanner" << m_config.scanner << "scale" << m_config.scale;
}

DeviceHub::Entry* DeviceHub::entry(int id)
{
    for (auto& e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

int DeviceHub::addEntry(QObject* device, const drivers::DeviceInfo& info)
{
    // A re-attached device (same kind and path) replaces its stale entry instead of adding a line.
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if ((!m_entries[i].device || m_entries[i].info.state == drivers::DeviceState::Absent) &&
            m_entries[i].info.kind == info.kind && !info.path.isEmpty() &&
            m_entries[i].info.path == info.path) {
            m_entries.removeAt(i);
            break;
        }
    const int id = m_nextId++;
    m_entries.append(Entry{id, device, info});
    return id;
}

void DeviceHub::attachScanner(drivers::Scanner* scanner)
{
    attachScanner(scanner, scanner->info());
}

void DeviceHub::attachScale(drivers::Scale* scale)
{
    attachScale(scale, scale->info());
}

void DeviceHub::attachScanner(drivers::Scanner* scanner, const drivers::DeviceInfo& info)
{
    if (scanner->parent() == nullptr && scanner->thread() == thread())
        scanner->setParent(this);
    const int id = addEntry(scanner, info);
    connect(scanner, &drivers::Scanner::scanned, this, &DeviceHub::handleScan);
    connect(scanner, &drivers::Scanner::stateChanged, this,
            [this, id](drivers::DeviceState state, const QString& detail) {
                if (Entry* e = entry(id)) {
                    e->info.state = state;
                    e->info.detail = detail;
                    emit deviceChanged(e->info);
                }
            });
    emit deviceChanged(info);
    announceLater(scanner);
}

void DeviceHub::attachScale(drivers::Scale* scale, const drivers::DeviceInfo& info)
{
    if (scale->parent() == nullptr && scale->thread() == thread())
        scale->setParent(this);
    const int id = addEntry(scale, info);
    // Scales that never say "stable" (Massa-K legacy) are judged by N consistent readings.
    const bool saysStable =
        info.driver != QLatin1String(drivers::scaleProtocolName(drivers::ScaleProtocol::MassaKLegacy));
    m_filter = drivers::StabilityFilter({saysStable, m_config.stableReadings, m_config.stableToleranceGrams});
    connect(scale, &drivers::Scale::reading, this, &DeviceHub::handleReading);
    connect(scale, &drivers::Scale::stateChanged, this,
            [this, id](drivers::DeviceState state, const QString& detail) {
                m_filter.reset(); // a weight read before a disconnect is not offered after it
                if (Entry* e = entry(id)) {
                    e->info.state = state;
                    e->info.detail = detail;
                    emit deviceChanged(e->info);
                }
            });
    emit deviceChanged(info);
    announceLater(scale);
}

template <typename Device> void DeviceHub::announceLater(Device* device)
{
    // A driver on another thread may have changed state between announcing itself and our connect.
    if (device->thread() != thread())
        threads::callOnThreadOf(
            device, [device] { device->announceState(); }, Qt::QueuedConnection);
}

QList<drivers::DeviceInfo> DeviceHub::devices() const
{
    QList<drivers::DeviceInfo> out;
    for (const auto& e : m_entries)
        out.append(e.info);
    return out;
}

namespace {
// From the description only: the driver may live on another thread. Simulators support both.
bool scaleHasCommand(const drivers::DeviceInfo& info, bool zero)
{
    if (info.driver == QStringLiteral("sim"))
        return true;
    const auto protocol = drivers::scaleProtocolFromName(info.driver);
    if (!protocol)
        return false;
    const auto commands = drivers::serialScaleCommands(*protocol);
    return !(zero ? commands.zero : commands.tare).isEmpty();
}

bool isConnected(drivers::DeviceState s)
{
    return s == drivers::DeviceState::Ready || s == drivers::DeviceState::Busy ||
           s == drivers::DeviceState::Simulated;
}
} // namespace

bool DeviceHub::scaleConnected() const
{
    for (const auto& e : m_entries)
        if (e.device && e.info.kind == drivers::DeviceKind::Scale && isConnected(e.info.state))
            return true;
    return false;
}

bool DeviceHub::commandScales(bool (drivers::Scale::*command)(), bool zero)
{
    bool any = false;
    for (const auto& e : m_entries) {
        auto* scale = qobject_cast<drivers::Scale*>(e.device.data());
        if (!scale || !isConnected(e.info.state) || !scaleHasCommand(e.info, zero))
            continue;
        any = true;
        if (scale->thread() == thread())
            (scale->*command)();
        else // the driver's port belongs to its thread
            threads::callOnThreadOf(
                scale, [scale, command] { (scale->*command)(); }, Qt::QueuedConnection);
    }
    return any;
}

bool DeviceHub::zeroScale()
{
    return commandScales(&drivers::Scale::zero, true);
}

bool DeviceHub::tareScale()
{
    return commandScales(&drivers::Scale::tare, false);
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
