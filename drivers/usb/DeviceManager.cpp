#include "DeviceManager.h"

#include "UsbContext.h"
#include "UsbEnumerator.h"
#include "UsbHidScale.h"
#include "UsbHidScanner.h"
#include "drivers/core/QueuedCall.h"
#include "drivers/scale/SerialScale.h"
#include "drivers/scanner/SerialScanner.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcManager, "pc.drivers.manager")

namespace pc::drivers {

namespace {
constexpr SupportedDevice kKeyboardScanner{
    0, 0, DeviceKind::Scanner, DriverId::KeyboardScanner, "Keyboard-mode scanner", QuirkNone};
}

DeviceManager::DeviceManager(Options options) : m_opt(std::move(options))
{
    qRegisterMetaType<DeviceInfo>();
    qRegisterMetaType<UsbIdentity>();
}

DeviceManager::~DeviceManager()
{
    shutdown();
}

std::optional<SupportedDevice> DeviceManager::driverFor(const UsbIdentity& id, const Options& o)
{
    for (const auto& [vid, pid] : o.keyboardScanners)
        if (vid == id.vendorId && pid == id.productId) {
            SupportedDevice d = kKeyboardScanner;
            d.vendorId = vid;
            d.productId = pid;
            return o.usbScanners ? std::optional(d) : std::nullopt;
        }
    const SupportedDevice* d = matchUsbDevice(id);
    if (!d || d->driver == DriverId::SerialScale || d->driver == DriverId::SerialScanner)
        return std::nullopt; // serial devices are opened through their tty, not libusb
    SupportedDevice out = *d;
    // A known scanner vendor programmed to keyboard mode announces a boot keyboard: claim it as one.
    if (out.driver == DriverId::HidPosScanner && id.interfaceClass == 3 && id.interfaceProtocol == 1)
        out.driver = DriverId::KeyboardScanner;
    if (out.kind == DeviceKind::Scale && !o.usbScales)
        return std::nullopt;
    if (out.kind == DeviceKind::Scanner && !o.usbScanners)
        return std::nullopt;
    return out;
}

void DeviceManager::start()
{
    if (m_thread)
        return;
    m_ownerThread = QThread::currentThread();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("pc-devices"));
    moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::started, this, &DeviceManager::init);
    m_thread->start();
}

void DeviceManager::shutdown()
{
    if (!m_thread || !m_thread->isRunning())
        return;
    // Blocking on purpose and only here: closing releases interfaces and re-attaches kernel drivers.
    threads::callOnThreadOf(
        this, [this] { teardown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void DeviceManager::init()
{
    if (m_opt.usbScales || m_opt.usbScanners) {
        m_usb = new UsbContext(this);
        // Queued even on this thread: the hotplug callback must not open devices (HARDWARE.md).
        connect(m_usb, &UsbContext::deviceArrived, this, &DeviceManager::onUsbArrived, Qt::QueuedConnection);
        connect(m_usb, &UsbContext::deviceLeft, this, &DeviceManager::onUsbLeft, Qt::QueuedConnection);
        if (!m_usb->start()) {
            emit usbUnavailable(m_usb->errorString());
        } else if (!m_usb->hasHotplug()) {
            libusb_device** list = nullptr;
            const ssize_t n = libusb_get_device_list(m_usb->handle(), &list);
            for (ssize_t i = 0; i < n; ++i)
                onUsbArrived(usbIdentityOf(list[i]), usbPathOf(list[i]));
            if (n >= 0)
                libusb_free_device_list(list, 1);
        }
    }
    m_retry = new QTimer(this);
    m_retry->setInterval(m_opt.serialRetryMs);
    connect(m_retry, &QTimer::timeout, this, &DeviceManager::retrySerial);
    openSerialScale();
    openSerialScanner();
    m_retry->start();
}

void DeviceManager::teardown()
{
    if (m_retry)
        m_retry->stop();
    for (auto& obj : m_usbDevices) {
        if (auto* s = qobject_cast<UsbHidScale*>(obj))
            s->close();
        else if (auto* sc = qobject_cast<UsbHidScanner*>(obj))
            sc->close();
        delete obj;
    }
    m_usbDevices.clear();
    delete m_serialScale;
    delete m_serialScanner;
    if (m_usb)
        m_usb->stop();
    delete m_usb;
    m_usb = nullptr;
    delete m_retry;
    m_retry = nullptr;
    moveToThread(m_ownerThread); // so the owner can delete us once the thread is gone
}

void DeviceManager::onUsbArrived(const UsbIdentity& id, const QString& path)
{
    const auto entry = driverFor(id, m_opt);
    if (!entry)
        return;
    if (auto existing = m_usbDevices.value(path)) {
        // ENUMERATE and a real arrival can both report the same device: keep the open one.
        return;
    }
    qCInfo(lcManager) << "attach" << entry->model << path;
    if (entry->kind == DeviceKind::Scale) {
        auto* scale = new UsbHidScale(m_usb->handle(), *entry, id, path, this);
        m_usbDevices.insert(path, scale);
        scale->open(); // before announcing it: its state changes reach the hub only once connected
        emit scaleAttached(scale, scale->info());
    } else {
        auto* scanner = new UsbHidScanner(m_usb->handle(), *entry, id, path, this);
        m_usbDevices.insert(path, scanner);
        scanner->open();
        emit scannerAttached(scanner, scanner->info());
    }
}

void DeviceManager::onUsbLeft(const QString& path)
{
    QPointer<QObject> obj = m_usbDevices.take(path);
    if (!obj)
        return; // a removal without an arrival (HARDWARE.md): nothing of ours
    qCInfo(lcManager) << "detach" << path;
    // Absent first: the status bar shows it at once; closing (cancel + reap) may take a moment.
    if (auto* s = qobject_cast<UsbHidScale*>(obj)) {
        s->markAbsent();
        s->close();
    } else if (auto* sc = qobject_cast<UsbHidScanner*>(obj)) {
        sc->markAbsent();
        sc->close();
    }
    QTimer::singleShot(kRetireDelayMs, obj, &QObject::deleteLater);
}

void DeviceManager::retrySerial()
{
    // The same driver object is re-opened when its port comes back: receivers keep their connections.
    if (m_serialScale && !m_serialScale->isOpen() && QFileInfo::exists(m_opt.scalePort))
        m_serialScale->open();
    if (m_serialScanner && !m_serialScanner->isOpen() && QFileInfo::exists(m_opt.scannerPort))
        m_serialScanner->open();
}

void DeviceManager::openSerialScale()
{
    if (m_opt.scalePort.isEmpty())
        return;
    SerialScale::Options o;
    o.port = m_opt.scalePort;
    o.protocol = m_opt.scaleProtocol;
    o.baud = m_opt.scaleBaud;
    o.timeoutMs = m_opt.scaleTimeoutMs;
    o.model = QStringLiteral("Serial scale (%1)").arg(QString::fromLatin1(scaleProtocolName(o.protocol)));
    m_serialScale = new SerialScale(o, this);
    if (QFileInfo::exists(o.port))
        m_serialScale->open();
    else
        m_serialScale->markAbsent();
    emit scaleAttached(m_serialScale, m_serialScale->info());
}

void DeviceManager::openSerialScanner()
{
    if (m_opt.scannerPort.isEmpty())
        return;
    SerialScanner::Options o;
    o.port = m_opt.scannerPort;
    o.baud = m_opt.scannerBaud;
    o.suffix = m_opt.scannerSuffix;
    m_serialScanner = new SerialScanner(o, this);
    if (QFileInfo::exists(o.port))
        m_serialScanner->open();
    else
        m_serialScanner->markAbsent();
    emit scannerAttached(m_serialScanner, m_serialScanner->info());
}

} // namespace pc::drivers
