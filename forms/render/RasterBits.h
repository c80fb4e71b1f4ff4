#pragma once
// 1-bit rows (MSB first, 1 = black) of an image or a barcode matrix, for the printer languages'
// graphic commands.
#include "forms/layout/Layout.h"

#include <QByteArray>
#include <QImage>

namespace pc::forms::render {

struct MonoBitmap {
    int widthDots = 0;
    int heightDots = 0;
    int bytesPerRow = 0;
    QByteArray bits;
};

MonoBitmap monoFromImage(const QImage& image, int widthDots, int heightDots);
MonoBitmap monoFromMatrix(const layout::BarcodeMatrix& m, int moduleDots);

// Where a fitted text line goes, shared by the printer-language renderers.
struct PlacedLine {
    QString text;
    double xMm = 0;
    double topMm = 0;
    double heightMm = 0; // em height (font size)
    bool bold = false;
};
std::vector<PlacedLine> placeLines(const layout::TextBox& t);

} // namespace pc::forms::render
