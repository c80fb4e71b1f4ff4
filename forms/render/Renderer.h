#pragma once
// One entry point for every output language: a built layout becomes bytes for a printer or a file.
#include "forms/RenderedDocument.h"
#include "forms/layout/Layout.h"

#include <QImage>

namespace pc::forms::render {

struct RenderOptions {
    int dpi = 203; // printer resolution: raster dpi, label dots, barcode module snapping
    int copies = 1;
    // ESC/POS: the printer's code table number for CP866 (ESC t n). 17 on Epson-compatible models;
    // other makers number it differently (per model, from the printer's configuration).
    int escPosCodeTable = 17;
};

Result<RenderedDocument> renderDocument(const layout::Document& doc, OutputLanguage language,
                                        const RenderOptions& options = {});

QByteArray renderPdf(const layout::Document& doc, int barcodeDpi);
// One page at a dpi (preview, raster printers); barcodes in whole pixels.
QImage renderPageImage(const layout::Document& doc, int page, int dpi);
// All pages stacked vertically, as PNG bytes.
QByteArray renderPng(const layout::Document& doc, int dpi);
QByteArray renderZpl(const layout::Document& doc, int dpi, int copies);
QByteArray renderTspl(const layout::Document& doc, int dpi, int copies);
QByteArray renderEscPos(const layout::Document& doc, int dpi, int codeTable = 17);

} // namespace pc::forms::render
