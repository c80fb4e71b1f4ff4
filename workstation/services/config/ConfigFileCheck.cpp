#include "ConfigFileCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>

namespace pc::services {

namespace {

struct Section {
    const char* name;
    QStringList keys; // empty: any key (printing roles)
};

// Every key a loader reads from the file: AppConfig, DeviceConfig, SyncConfig, PrinterConfig,
// CardTerminal, SmsGateway, IssuingPeripherals. A key added to a loader is added here.
const QList<Section>& knownSections()
{
    static const QList<Section> sections = {
        {"database", {QStringLiteral("path")}},
        {"office",
         {QStringLiteral("postcode"), QStringLiteral("name"), QStringLiteral("region"),
          QStringLiteral("address"), QStringLiteral("inn"), QStringLiteral("utc_offset_min")}},
        {"counter", {QStringLiteral("id"), QStringLiteral("name")}},
        {"operator", {QStringLiteral("id"), QStringLiteral("name")}},
        {"workstation", {QStringLiteral("demo"), QStringLiteral("lock_after_min")}},
        {"storage", {QStringLiteral("extension_fee_per_day_kop")}},
        {"identifiers", {QStringLiteral("ranges")}},
        {"sync",
         {QStringLiteral("endpoint"), QStringLiteral("token"), QStringLiteral("ca_file"),
          QStringLiteral("timeout_ms"), QStringLiteral("batch_size"), QStringLiteral("backoff_base_ms"),
          QStringLiteral("backoff_cap_ms"), QStringLiteral("poll_ms")}},
        {"devices",
         {QStringLiteral("simulate"), QStringLiteral("scale"), QStringLiteral("scale_port"),
          QStringLiteral("scale_protocol"), QStringLiteral("scale_baud"), QStringLiteral("stable_readings"),
          QStringLiteral("stable_tolerance_g"), QStringLiteral("scanner"), QStringLiteral("scanner_port"),
          QStringLiteral("scanner_suffix"), QStringLiteral("keyboard_scanners"),
          QStringLiteral("wedge_max_gap_ms"), QStringLiteral("wedge_min_length")}},
        {"payment", {QStringLiteral("terminal"), QStringLiteral("timeout_s")}},
        {"sms", {QStringLiteral("gateway"), QStringLiteral("spool")}},
        {"personal_data", {QStringLiteral("key_file")}},
        {"printing", {}},
    };
    return sections;
}

const QStringList& printerKeys() // [printer.NAME]
{
    static const QStringList keys = {QStringLiteral("kind"),      QStringLiteral("language"),
                                     QStringLiteral("queue"),     QStringLiteral("server"),
                                     QStringLiteral("vendor"),    QStringLiteral("product"),
                                     QStringLiteral("dpi"),       QStringLiteral("media"),
                                     QStringLiteral("directory"), QStringLiteral("code_table")};
    return keys;
}

// Keys QSettings reads with toBool(), which takes any text but "false"/"0" as true ("no" → true).
bool isYesNoKey(const QString& key)
{
    return key == QStringLiteral("workstation/demo") || key == QStringLiteral("devices/simulate");
}

// The value as QSettings sees it: quotes kept together, a ';' outside quotes starts a comment.
QString valueOf(const QString& raw)
{
    bool quoted = false;
    qsizetype end = raw.size();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == u'"')
            quoted = !quoted;
        else if (raw[i] == u'\\')
            ++i;
        else if (raw[i] == u';' && !quoted) {
            end = i;
            break;
        }
    }
    QString v = raw.left(end).trimmed();
    if (v.size() >= 2 && v.startsWith(u'"') && v.endsWith(u'"'))
        v = v.mid(1, v.size() - 2);
    return v;
}

Error problem(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message};
}

} // namespace

QString ConfigFileLayout::where(const QString& key) const
{
    const int line = lineOfKey.value(key);
    return line > 0 ? QCoreApplication::translate("AppConfig", "%1, line %2").arg(path).arg(line) : path;
}

Result<ConfigFileLayout> checkConfigFile(const QString& path)
{
    ConfigFileLayout layout;
    layout.path = path;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return layout;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return problem("config.unreadable",
                       QCoreApplication::translate("AppConfig", "Cannot read the configuration file %1: %2.")
                           .arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (text.startsWith(QChar(0xFEFF))) // a byte-order mark from a Windows editor
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    // Where the first damaged byte is, as a line number: NUL, other control characters, invalid UTF-8.
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString& line = lines[n];
        const bool bad = std::any_of(line.begin(), line.end(), [](QChar c) {
            return c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && c != u'\t' && c != u'\r');
        });
        if (bad)
            return problem("config.not_text",
                           QCoreApplication::translate(
                               "AppConfig",
                               "%1, line %2: the configuration file is damaged (binary or non-UTF-8 "
                               "bytes). Restore it from a backup or run the setup again; nothing was "
                               "started with default settings.")
                               .arg(path)
                               .arg(n + 1));
    }

    QString section;
    bool knownAnyKey = false;
    QStringList sectionKeys;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n + 1);
        const QString line = lines[n].trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        const QString at = QCoreApplication::translate("AppConfig", "%1, line %2").arg(path).arg(lineNo);
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']') || line.size() < 3)
                return problem("config.malformed",
                               QCoreApplication::translate("AppConfig",
                                                           "%1: \"%2\" is not a [section] header (the file "
                                                           "may be cut short). Fix the line.")
                                   .arg(at, line));
            section = line.mid(1, line.size() - 2).trimmed();
            if (section.startsWith(QStringLiteral("printer.")) && section.size() > 8) {
                knownAnyKey = false;
                sectionKeys = printerKeys();
                continue;
            }
            const auto& known = knownSections();
            const auto it = std::find_if(known.begin(), known.end(), [&](const Section& s) {
                return section == QLatin1StringView(s.name);
            });
            if (it == known.end())
                return problem("config.unknown_section",
                               QCoreApplication::translate(
                                   "AppConfig",
                                   "%1: the section [%2] is not known (a typo?). Known: [database] "
                                   "[office] [counter] [operator] [workstation] [storage] [identifiers] "
                                   "[sync] [devices] [payment] [sms] [personal_data] [printing] "
                                   "[printer.NAME].")
                                   .arg(at, section));
            knownAnyKey = it->keys.isEmpty();
            sectionKeys = it->keys;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return problem("config.malformed",
                           QCoreApplication::translate("AppConfig",
                                                       "%1: \"%2\" is not key=value (the file may be cut "
                                                       "short). Fix the line.")
                               .arg(at, line));
        const QString name = line.left(eq).trimmed();
        if (section.isEmpty())
            return problem("config.unknown_key",
                           QCoreApplication::translate(
                               "AppConfig", "%1: the key %2 is outside any [section]; put it in its section.")
                               .arg(at, name));
        const QString key = section + u'/' + name;
        if (!knownAnyKey && !sectionKeys.contains(name))
            return problem("config.unknown_key",
                           QCoreApplication::translate("AppConfig",
                                                       "%1: the key %2 is not known in [%3] (a typo?). "
                                                       "Known: %4.")
                               .arg(at, name, section, sectionKeys.join(QStringLiteral(", "))));
        if (layout.lineOfKey.contains(key))
            return problem("config.duplicate_key",
                           QCoreApplication::translate(
                               "AppConfig", "%1: the key %2 is set twice (first on line %3); keep one.")
                               .arg(at, key)
                               .arg(layout.lineOfKey.value(key)));
        layout.lineOfKey.insert(key, lineNo);
        const QString value = valueOf(line.mid(eq + 1)).toLower();
        if (isYesNoKey(key) && value != QStringLiteral("true") && value != QStringLiteral("false") &&
            value != QStringLiteral("1") && value != QStringLiteral("0"))
            return problem("config.invalid", QCoreApplication::translate(
                                                 "AppConfig", "%1: %2 must be true or false, not \"%3\".")
                                                 .arg(at, key, valueOf(line.mid(eq + 1))));
    }
    return layout;
}

} // namespace pc::services
