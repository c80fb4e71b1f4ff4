#pragma once
// A form described once in millimetres (STYLE.md example 9). Builders fill a Document; every
// renderer (PDF, PNG, ZPL, TSPL, ESC/POS) draws the same Document, so the preview is what prints.
// Text is fitted (wrapped / shrunk) when the document is built, so renderers only place lines.
#include "domain/Result.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <memory>
#include <variant>
#include <vector>

namespace pc::forms::layout {

enum class Align { Left, Center, Right };

struct TextStyle {
    double sizePt = 9;
    bool bold = false;
    Align align = Align::Left;
    bool wrap = true;
    double minSizePt = 0; // > 0: shrink down to this size before giving up
};

struct TextBox {
    QRectF mm;
    QString text;
    TextStyle style;
    QString field; // the data field shown, named in "does not fit" errors
    // Filled by fitText(): the lines to draw and the size they were fitted at.
    QStringList lines;
    double fittedPt = 0;
    double lineHeightMm = 0;
    double ascentMm = 0;
};

struct Line {
    QPointF a;
    QPointF b;
    double widthMm = 0.3;
};

struct Box {
    QRectF mm;
    double lineMm = 0.3;
    bool filled = false;
};

struct CheckBox {
    QRectF mm;
    bool checked = false;
};

enum class Symbology { Code128, DataMatrix, QrCode, Pdf417 };

// Module pattern of an encoded symbol, one cell per module; 1D codes have height 1.
struct BarcodeMatrix {
    int width = 0;
    int height = 0;
    std::vector<bool> cells; // row-major, true = dark
    bool dark(int x, int y) const { return cells[static_cast<size_t>(y * width + x)]; }
};

struct Barcode {
    QPointF originMm; // top-left of the symbol (quiet zone is the caller's margin)
    Symbology symbology = Symbology::Code128;
    QString data;
    double moduleMm = 0.375; // nominal; renderers snap it to whole printer dots
    double heightMm = 15;    // bar height for 1D codes (2D: derived from modules)
    bool humanReadable = false;
    QString field;
    std::shared_ptr<const BarcodeMatrix> matrix; // encoded once when built
};

struct Image {
    QRectF mm;
    QImage image;
};

using Element = std::variant<TextBox, Line, Box, CheckBox, Barcode, Image>;

struct Page {
    std::vector<Element> elements;
};

struct Document {
    QString title;
    QSizeF mediaMm;
    std::vector<Page> pages;
};

// Whole printer dots for a nominal module width (never below one dot).
int moduleDots(double moduleMm, int dpi);
inline double dotsPerMm(int dpi)
{
    return dpi / 25.4;
}

} // namespace pc::forms::layout
