#include "PrintJob.h"

namespace pc::drivers {

QString printLanguageName(PrintLanguage language)
{
    switch (language) {
    case PrintLanguage::Pdf:
        return QStringLiteral("pdf");
    case PrintLanguage::Zpl:
        return QStringLiteral("zpl");
    case PrintLanguage::Tspl:
        return QStringLiteral("tspl");
    case PrintLanguage::EscPos:
        return QStringLiteral("escpos");
    case PrintLanguage::Raster:
        return QStringLiteral("raster");
    }
    return QStringLiteral("pdf");
}

std::optional<PrintLanguage> printLanguageFromName(const QString& name)
{
    for (auto l : {PrintLanguage::Pdf, PrintLanguage::Zpl, PrintLanguage::Tspl, PrintLanguage::EscPos,
                   PrintLanguage::Raster})
        if (printLanguageName(l) == name.trimmed().toLower())
            return l;
    return std::nullopt;
}

bool isRawLanguage(PrintLanguage language)
{
    return language != PrintLanguage::Pdf;
}

QString customMediaName(double widthMm, double heightMm)
{
    return QStringLiteral("Custom.%1x%2mm").arg(widthMm, 0, 'g', 6).arg(heightMm, 0, 'g', 6);
}

} // namespace pc::drivers
