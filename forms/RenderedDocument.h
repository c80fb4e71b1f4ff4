#pragma once
// What a form renderer produces: bytes in one printer language. Services hand it to the print
// queue; drivers deliver it without knowing what it shows.
#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace pc::forms {

enum class OutputLanguage { Pdf, Png, Zpl, Tspl, EscPos };

struct RenderedDocument {
    OutputLanguage language = OutputLanguage::Pdf;
    QByteArray bytes;
    QSizeF mediaMm; // page or label size
    QString title;  // for the print queue and CUPS job name
};

QString languageName(OutputLanguage language); // "pdf", "png", "zpl", "tspl", "escpos"
bool languageFromName(const QString& name, OutputLanguage* out);

} // namespace pc::forms
