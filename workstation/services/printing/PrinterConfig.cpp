#include "PrinterConfig.h"

#include <QFileInfo>
#include <QSettings>

namespace pc::services {

Result<PrintingConfig> loadPrintingConfig(const QString& iniPath)
{
    PrintingConfig out;
    if (iniPath.isEmpty() || !QFileInfo::exists(iniPath))
        return out;
    QSettings s(iniPath, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return Error{QStringLiteral("config.unreadable"), QStringLiteral("%1 cannot be read").arg(iniPath)};
    s.beginGroup(QStringLiteral("printing"));
    for (const QString& k : s.childKeys())
        out.roles.insert(k, s.value(k).toString());
    s.endGroup();
    for (const QString& g : s.childGroups()) {
        if (!g.startsWith(QLatin1String("printer.")))
            continue;
        s.beginGroup(g);
        PrinterConfig p;
        p.name = g.mid(8);
        p.kind = s.value(QStringLiteral("kind"), QStringLiteral("sim")).toString();
        if (p.kind != u"sim" && p.kind != u"usb" && p.kind != u"cups")
            return Error{QStringLiteral("config.bad_value"),
                         QStringLiteral("%1 [%2] kind=%3: use usb, cups or sim").arg(iniPath, g, p.kind)};
        const QString lang = s.value(QStringLiteral("language"), QStringLiteral("pdf")).toString();
        const auto l = drivers::printLanguageFromName(lang);
        if (!l)
            return Error{QStringLiteral("config.bad_value"),
                         QStringLiteral("%1 [%2] language=%3: use pdf, zpl, tspl, escpos or raster")
                             .arg(iniPath, g, lang)};
        p.language = *l;
        p.queue = s.value(QStringLiteral("queue"), p.name).toString();
        p.server = s.value(QStringLiteral("server")).toString();
        p.vendorId = quint16(s.value(QStringLiteral("vendor")).toString().toUInt(nullptr, 16));
        p.productId = quint16(s.value(QStringLiteral("product")).toString().toUInt(nullptr, 16));
        p.dpi = s.value(QStringLiteral("dpi"), 203).toInt();
        if (p.dpi != 203 && p.dpi != 300 && p.dpi != 600)
            return Error{QStringLiteral("config.bad_value"),
                         QStringLiteral("%1 [%2] dpi=%3: use 203, 300 or 600").arg(iniPath, g).arg(p.dpi)};
        p.media = s.value(QStringLiteral("media")).toString();
        p.directory = s.value(QStringLiteral("directory")).toString();
        p.codeTable = s.value(QStringLiteral("code_table"), -1).toInt();
        s.endGroup();
        out.printers << p;
    }
    return out;
}

} // namespace pc::services
