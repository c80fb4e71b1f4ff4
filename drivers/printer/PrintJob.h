#pragma once
// What a printer driver delivers: bytes in one printer language plus how to print them. Drivers never
// know what the document shows (a parcel label, a receipt, a customs form).
#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <optional>

namespace pc::drivers {

enum class PrintLanguage { Pdf, Zpl, Tspl, EscPos, Raster };

struct PrintJob {
    PrintLanguage language = PrintLanguage::Pdf;
    QByteArray bytes;
    QString media; // PWG/CUPS media name, e.g. "iso_a4_210x297mm" or "Custom.100x150mm"; may be empty
    int copies = 1;
    QString title; // the CUPS job name and what the queue shows
};

QString printLanguageName(PrintLanguage language); // "pdf", "zpl", "tspl", "escpos", "raster"
std::optional<PrintLanguage> printLanguageFromName(const QString& name);
// Raw languages go to a printer as they are; pdf needs a driver (a CUPS queue with a PPD).
bool isRawLanguage(PrintLanguage language);
// "Custom.100x150mm" for a label or page size in millimetres (what CUPS accepts for any queue).
QString customMediaName(double widthMm, double heightMm);

} // namespace pc::drivers

Q_DECLARE_METATYPE(pc::drivers::PrintJob)
