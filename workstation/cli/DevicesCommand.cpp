// postcounter-cli devices list|watch|decode|zero|tare|udev-rules — support tools for scanners and scales.
// The decode output is a stable contract (issue 4): scale frames {"ok":true,"grams":N,"state":S},
// scanner reports {"ok":true,"text":"…"}, malformed frames exit 1 with {"ok":false,"error":"…"}.
#include "CliContext.h"
#include "drivers/core/SerialPortEnumerator.h"
#include "drivers/core/SupportedDevices.h"
#include "drivers/scale/ScaleProtocols.h"
#include "drivers/scanner/HidKeyboardDecoder.h"
#include "drivers/scanner/HidPosScannerDecoder.h"
#include "drivers/usb/UsbEnumerator.h"
#include "services/devices/DeviceHub.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace pc::cli {

namespace {
using namespace pc::drivers;

QString jsonString(const QString& s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// "03 04 02", "030402", "03:04:02", "0x03,0x04" → bytes; nullopt if not hex.
std::optional<QByteArray> parseHex(QString s)
{
    s.remove(QStringLiteral("0x"), Qt::CaseInsensitive);
    QByteArray digits;
    for (QChar c : s) {
        if (c.isSpace() || c == u':' || c == u',' || c == u'-')
            continue;
        if (!std::isxdigit(c.toLatin1()))
            return std::nullopt;
        digits.append(c.toLatin1());
    }
    if (digits.size() % 2 != 0)
        return std::nullopt;
    return QByteArray::fromHex(digits);
}

int decodeFailed(CliContext& ctx, bool json, const QString& message)
{
    if (json)
        ctx.out << "{\"ok\":false,\"error\":" << jsonString(message) << "}\n";
    else
        ctx.err << "postcounter-cli: " << message << "\n";
    return ExitRefused;
}

int decode(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    bool usageError = false;
    const auto protocol = ctx.takeOption(QStringLiteral("--protocol"), &usageError);
    const auto hexText = ctx.takeOption(QStringLiteral("--hex"), &usageError);
    if (usageError || !protocol || !hexText || !ctx.args.isEmpty())
        return ctx.usage(
            QStringLiteral("devices decode --protocol hid-scale|hid-pos-scanner|hid-keyboard|sics|cas|"
                           "massak|8217|massak-legacy --hex BYTES [--json]"));
    const auto bytes = parseHex(*hexText);
    if (!bytes)
        return decodeFailed(ctx, json, QStringLiteral("--hex is not a sequence of hexadecimal bytes"));
    const Bytes span(reinterpret_cast<const std::uint8_t*>(bytes->constData()),
                     static_cast<std::size_t>(bytes->size()));

    if (*protocol == QStringLiteral("hid-keyboard") || *protocol == QStringLiteral("hid-pos-scanner")) {
        const auto text = *protocol == QStringLiteral("hid-keyboard") ? decodeBootKeyboardReports(span)
                                                                      : decodeHidPosReports(span);
        if (!text)
            return decodeFailed(ctx, json, text.error().message());
        if (json)
            ctx.out << "{\"ok\":true,\"text\":" << jsonString(*text) << "}\n";
        else
            ctx.out << *text << "\n";
        return ExitOk;
    }
    const auto p = scaleProtocolFromName(*protocol);
    if (!p)
        return ctx.usage(QStringLiteral("unknown protocol %1").arg(*protocol));
    const auto r = decodeScaleFrame(*p, span);
    if (!r)
        return decodeFailed(ctx, json, r.error().message());
    const qint64 grams = r->hasWeight ? r->wholeGrams() : 0;
    if (json)
        ctx.out << "{\"ok\":true,\"grams\":" << grams << ",\"state\":\"" << scaleStateName(r->state)
                << "\"}\n";
    else
        ctx.out << grams << " g\t" << scaleStateName(r->state) << "\n";
    return ExitOk;
}

QString hex4(quint16 v)
{
    return QStringLiteral("%1").arg(v, 4, 16, QLatin1Char('0'));
}

int list(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    if (!ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("devices list [--json]"));
    QList<DeviceInfo> found;
    auto usb = enumerateUsbDevices();
    if (!usb)
        ctx.err << "postcounter-cli: USB devices cannot be listed: " << usb.error().message() << "\n";
    else
        found += *usb;
    found += enumerateSerialDevices();
    QJsonArray arr;
    for (const auto& d : found) {
        if (json) {
            arr.append(QJsonObject{{QStringLiteral("kind"), deviceKindName(d.kind)},
                                   {QStringLiteral("model"), d.model},
                                   {QStringLiteral("vid_pid"), hex4(d.vendorId) + u':' + hex4(d.productId)},
                                   {QStringLiteral("driver"), d.driver},
                                   {QStringLiteral("transport"), d.transport},
                                   {QStringLiteral("path"), d.path},
                                   {QStringLiteral("state"), deviceStateName(d.state)}});
        } else {
            ctx.out << hex4(d.vendorId) << ':' << hex4(d.productId) << '\t' << deviceKindName(d.kind) << '\t'
                    << d.driver << '\t' << deviceStateName(d.state) << '\t' << d.model << '\t' << d.path
                    << "\n";
        }
    }
    if (json)
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << "\n";
    else if (found.isEmpty())
        ctx.out << "no supported scanner or scale found\n";
    return ExitOk;
}

int watch(CliContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool sim = ctx.takeFlag(QStringLiteral("--sim"));
    bool usageError = false;
    const auto seconds = ctx.takeOption(QStringLiteral("--seconds"), &usageError);
    if (usageError || !ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("devices watch [--json] [--sim] [--seconds N]"));
    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());
    auto devCfg = services::DeviceConfig::load(cfg->configPath);
    if (!devCfg)
        return ctx.fail(devCfg.error());
    if (sim)
        devCfg->simulate = true;
    services::DeviceHub hub(*devCfg);
    QObject::connect(&hub, &services::DeviceHub::scanRead, [&](const services::ScanVerdict& v) {
        if (json)
            ctx.out << "{\"event\":\"scan\",\"text\":" << jsonString(v.text) << ",\"kind\":\"" << v.kindName()
                    << "\"}\n";
        else
            ctx.out << "scan\t" << v.text << '\t' << v.kindName() << "\n";
        ctx.out.flush();
    });
    QObject::connect(&hub, &services::DeviceHub::scaleReading, [&](const ScaleReading& r) {
        if (json)
            ctx.out << "{\"event\":\"weight\",\"grams\":" << r.wholeGrams() << ",\"state\":\""
                    << scaleStateName(r.state) << "\"}\n";
        else
            ctx.out << "weight\t" << r.wholeGrams() << " g\t" << scaleStateName(r.state) << "\n";
        ctx.out.flush();
    });
    QObject::connect(&hub, &services::DeviceHub::deviceChanged, [&](const DeviceInfo& d) {
        if (!json) {
            ctx.out << "device\t" << deviceKindName(d.kind) << '\t' << d.model << '\t'
                    << deviceStateName(d.state) << '\t' << d.detail << "\n";
            ctx.out.flush();
        }
    });
    hub.start();
    if (seconds)
        QTimer::singleShot(static_cast<int>(seconds->toDouble() * 1000), qApp, &QCoreApplication::quit);
    return QCoreApplication::exec() == 0 ? ExitOk : ExitEnvironment;
}

// devices zero|tare [--sim] [--wait S]: waits for the configured scale to come up (USB and serial
// drivers attach asynchronously), then queues the command through the hub as the GUI does.
int scaleCommand(CliContext& ctx, bool zero)
{
    const QString name = zero ? QStringLiteral("zero") : QStringLiteral("tare");
    const bool sim = ctx.takeFlag(QStringLiteral("--sim"));
    bool usageError = false;
    const auto waitText = ctx.takeOption(QStringLiteral("--wait"), &usageError);
    bool ok = true;
    const double waitSeconds = waitText ? waitText->toDouble(&ok) : 3.0;
    if (usageError || !ok || waitSeconds < 0 || !ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("devices %1 [--sim] [--wait SECONDS]").arg(name));
    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());
    auto devCfg = services::DeviceConfig::load(cfg->configPath);
    if (!devCfg)
        return ctx.fail(devCfg.error());
    if (sim)
        devCfg->simulate = true;
    services::DeviceHub hub(*devCfg);
    QEventLoop loop;
    QObject::connect(&hub, &services::DeviceHub::deviceChanged, &loop, [&] {
        if (hub.scaleConnected())
            loop.quit();
    });
    QTimer::singleShot(static_cast<int>(waitSeconds * 1000), &loop, &QEventLoop::quit);
    hub.start();
    if (!hub.scaleConnected())
        loop.exec();
    if (!hub.scaleConnected()) {
        ctx.err << "postcounter-cli: no scale is connected (devices/scale=" << devCfg->scale
                << "); check the cable or the [devices] settings\n";
        return ExitRefused;
    }
    QString model;
    for (const auto& d : hub.devices())
        if (d.kind == DeviceKind::Scale)
            model = d.model + QStringLiteral(" (") + d.driver + u')';
    if (!(zero ? hub.zeroScale() : hub.tareScale())) {
        ctx.err << "postcounter-cli: the scale " << model << " has no " << name
                << " command; use the key on the scale\n";
        return ExitRefused;
    }
    // The command is queued to the driver's thread: let it be written before the hub closes the port.
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
    ctx.out << name << " sent to " << model << "\n";
    return ExitOk;
}

} // namespace

int runDevicesCommand(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("devices list|watch|decode|zero|tare|udev-rules"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QStringLiteral("decode"))
        return decode(ctx);
    if (sub == QStringLiteral("list"))
        return list(ctx);
    if (sub == QStringLiteral("watch"))
        return watch(ctx);
    if (sub == QStringLiteral("zero") || sub == QStringLiteral("tare"))
        return scaleCommand(ctx, sub == QStringLiteral("zero"));
    if (sub == QStringLiteral("udev-rules")) {
        bool usageError = false;
        const auto group = ctx.takeOption(QStringLiteral("--group"), &usageError);
        if (usageError)
            return ExitUsage;
        ctx.out << generateUdevRules(group.value_or(QStringLiteral("postcounter")));
        return ExitOk;
    }
    return ctx.usage(QStringLiteral("unknown devices subcommand %1").arg(sub));
}

} // namespace pc::cli
