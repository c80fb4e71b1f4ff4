#include "WorkstationSetup.h"

#include "RangeSpec.h"
#include "drivers/printer/PrintJob.h"
#include "services/sync/SyncConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <unistd.h>

namespace pc::services {

namespace {
Error invalid(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

bool allDigits(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString defaultLanguage(const QString& role)
{
    if (role == u"label")
        return QStringLiteral("zpl");
    if (role == u"receipt")
        return QStringLiteral("escpos");
    return QStringLiteral("pdf");
}
} // namespace

Result<PrinterRole> parsePrinterRole(const QString& spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    PrinterRole p;
    p.role = spec.left(eq).trimmed().toLower();
    const QString rest = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
    p.queue = rest.section(u':', 0, 0);
    p.language = rest.section(u':', 1).toLower();
    if (eq < 0 || p.queue.isEmpty())
        return invalid("setup.bad_printer", QCoreApplication::translate(
                                                "Setup", "Printer \"%1\": write it as ROLE=QUEUE[:LANGUAGE], "
                                                         "e.g. label=Zebra_GK420:zpl.")
                                                .arg(spec));
    if (p.role != u"label" && p.role != u"receipt" && p.role != u"form")
        return invalid(
            "setup.bad_printer",
            QCoreApplication::translate("Setup", "Printer \"%1\": the role must be label, receipt or form.")
                .arg(spec));
    // CUPS queue names: printable characters without space, '/', '#' (and our ':' separator).
    static const QRegularExpression queueName(QStringLiteral("^[A-Za-z0-9_.@+-]{1,127}$"));
    if (!queueName.match(p.queue).hasMatch())
        return invalid("setup.bad_printer",
                       QCoreApplication::translate("Setup", "Printer \"%1\": \"%2\" is not a CUPS queue name "
                                                            "(letters, digits, _ . - @ +, no spaces).")
                           .arg(spec, p.queue));
    if (p.language.isEmpty())
        p.language = defaultLanguage(p.role);
    if (!drivers::printLanguageFromName(p.language) || p.language == u"raster")
        return invalid("setup.bad_printer",
                       QCoreApplication::translate(
                           "Setup", "Printer \"%1\": the language must be zpl, tspl, escpos or pdf.")
                           .arg(spec));
    return p;
}

Status validateSetup(const SetupRequest& r)
{
    if (r.officePostcode.size() != 6 || !allDigits(r.officePostcode))
        return invalid("setup.bad_postcode", QCoreApplication::translate(
                                                 "Setup", "The office postcode must be 6 digits, not \"%1\".")
                                                 .arg(r.officePostcode));
    if (r.officeName.trimmed().isEmpty())
        return invalid("setup.bad_office_name",
                       QCoreApplication::translate(
                           "Setup", "The office name must not be empty (e.g. \"Москва 101000\")."));
    if (r.officeName.size() > 100)
        return invalid(
            "setup.bad_office_name",
            QCoreApplication::translate("Setup", "The office name is longer than 100 characters."));
    bool ok = false;
    const int counter = r.counterId.toInt(&ok);
    if (!allDigits(r.counterId) || !ok || counter < 1 || counter > 999)
        return invalid("setup.bad_counter",
                       QCoreApplication::translate(
                           "Setup", "The counter number must be a whole number from 1 to 999, not \"%1\".")
                           .arg(r.counterId));
    QList<db::IdentifierRange> parsed;
    for (const QString& spec : r.ranges) {
        auto range = parseRangeSpec(spec, r.officePostcode);
        if (!range)
            return range.error();
        for (const auto& other : parsed)
            if (other.kind == range->kind && other.prefix == range->prefix &&
                other.country == range->country && other.firstSerial <= range->lastSerial &&
                range->firstSerial <= other.lastSerial)
                return invalid("setup.bad_range", QCoreApplication::translate(
                                                      "Setup", "Identifier ranges \"%1\" and \"%2\" overlap.")
                                                      .arg(rangeSpecText(other), spec));
        parsed << *range;
    }
    if (!r.trackingUrl.isEmpty()) {
        sync::SyncConfig sc;
        sc.endpoint = r.trackingUrl;
        // Only the address is checked here: the token may follow later (sync status says it is missing).
        sc.token = r.trackingToken.isEmpty() ? QStringLiteral("-") : r.trackingToken;
        if (auto st = sc.validate(); !st)
            return invalid("setup.bad_tracking_url", st.error().message);
    }
    QStringList roles;
    for (const PrinterRole& p : r.printers) {
        if (roles.contains(p.role))
            return invalid(
                "setup.bad_printer",
                QCoreApplication::translate("Setup", "The %1 printer is given twice.").arg(p.role));
        roles << p.role;
    }
    return {};
}

Status writeSetup(const QString& configPath, const SetupRequest& r)
{
    if (auto st = validateSetup(r); !st)
        return st;
    const QFileInfo before(configPath);
    const bool existed = before.exists();
    const uint fileGroup = existed ? before.groupId() : uint(-2);
    if (!QDir().mkpath(before.absolutePath()))
        return invalid(
            "setup.unwritable",
            QCoreApplication::translate("Setup", "Cannot create the folder %1.").arg(before.absolutePath()));
    {
        QSettings s(configPath, QSettings::IniFormat);
        s.setValue(QStringLiteral("office/postcode"), r.officePostcode);
        s.setValue(QStringLiteral("office/name"), r.officeName.trimmed());
        if (!r.officeRegion.trimmed().isEmpty())
            s.setValue(QStringLiteral("office/region"), r.officeRegion.trimmed());
        s.setValue(QStringLiteral("counter/id"), QString::number(r.counterId.toInt()));
        s.setValue(QStringLiteral("counter/name"), r.counterName.trimmed().isEmpty()
                                                       ? QStringLiteral("Окно %1").arg(r.counterId.toInt())
                                                       : r.counterName.trimmed());
        QStringList ranges;
        for (const QString& spec : r.ranges)
            ranges << rangeSpecText(*parseRangeSpec(spec, r.officePostcode));
        if (!ranges.isEmpty())
            s.setValue(QStringLiteral("identifiers/ranges"), ranges);
        if (!r.trackingUrl.isEmpty())
            s.setValue(QStringLiteral("sync/endpoint"), r.trackingUrl);
        if (!r.trackingToken.isEmpty())
            s.setValue(QStringLiteral("sync/token"), r.trackingToken);
        for (const PrinterRole& p : r.printers) {
            s.setValue(QStringLiteral("printing/") + p.role, p.queue);
            // A printer already described (a USB printer, a CUPS queue with its media) keeps its settings.
            const QString section = QStringLiteral("printer.") + p.queue;
            if (!s.childGroups().contains(section)) {
                s.setValue(section + QStringLiteral("/kind"), QStringLiteral("cups"));
                s.setValue(section + QStringLiteral("/queue"), p.queue);
                s.setValue(section + QStringLiteral("/language"), p.language);
            }
        }
        s.sync();
        if (s.status() != QSettings::NoError)
            return invalid("setup.unwritable",
                           QCoreApplication::translate("Setup", "Cannot write the configuration file %1 (for "
                                                                "/etc/postcounter run the setup as root).")
                               .arg(configPath));
    }
    // QSettings replaces the file: give it back its group (root:postcounter 0640 for the system file).
    if (existed && QFileInfo(configPath).groupId() != fileGroup &&
        ::chown(QFile::encodeName(configPath).constData(), uid_t(-1), gid_t(fileGroup)) != 0)
        return invalid("setup.unwritable", QCoreApplication::translate(
                                               "Setup", "%1 was written but its group could not be restored.")
                                               .arg(configPath));
    return {};
}

QStringList setupCommandArguments(const SetupRequest& r)
{
    QStringList a{QStringLiteral("setup"),
                  QStringLiteral("--office"),
                  r.officePostcode,
                  QStringLiteral("--office-name"),
                  r.officeName,
                  QStringLiteral("--counter"),
                  r.counterId};
    if (!r.officeRegion.isEmpty())
        a << QStringLiteral("--region") << r.officeRegion;
    if (!r.counterName.isEmpty())
        a << QStringLiteral("--counter-name") << r.counterName;
    for (const QString& range : r.ranges)
        a << QStringLiteral("--range") << range;
    if (!r.trackingUrl.isEmpty())
        a << QStringLiteral("--tracking-url") << r.trackingUrl;
    for (const PrinterRole& p : r.printers)
        a << QStringLiteral("--printer") << QStringLiteral("%1=%2:%3").arg(p.role, p.queue, p.language);
    return a;
}

} // namespace pc::services
