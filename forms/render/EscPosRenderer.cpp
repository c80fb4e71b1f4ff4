// ESC/POS receipt printers print lines, not positions: the layout's text lines are grouped into
// rows by their vertical position and placed on a character grid (font A, 12 dots wide); rules
// become dashes; Code 128, QR and PDF417 use the printer's own commands, DataMatrix and images go
// as raster (GS v 0). Text is sent in CP866 selected with ESC t n (n = 17 unless the printer's configuration says otherwise).
#include "Cp866.h"
#include "RasterBits.h"
#include "Renderer.h"

#include <algorithm>
#include <cmath>

namespace pc::forms::render {

using namespace layout;

namespace {

constexpr double kMarginMm = 4; // unprintable margin of 80/58 mm paper (72/48 mm printable)
constexpr int kFontADots = 12;  // font A cell width at 203 dpi
constexpr double kBigPt = 13.5; // from this size text is printed double width and height

struct Item {
    double yMm = 0;
    int order = 0; // keep the layout order for items on the same row
    enum Kind { Text, Rule, Code } kind = Text;
    double xMm = 0;
    double rightMm = 0;
    Align align = Align::Left;
    QString text;
    bool bold = false;
    bool big = false;
    const Barcode* barcode = nullptr;
    const Image* image = nullptr;
};

void gsk(QByteArray& out, char cn, char fn, QByteArrayView params)
{
    const int len = static_cast<int>(params.size()) + 2;
    out += QByteArray("\x1d(k", 3);
    out += static_cast<char>(len & 0xff);
    out += static_cast<char>(len >> 8);
    out += cn;
    out += fn;
    out += params.toByteArray();
}

void raster(QByteArray& out, const MonoBitmap& bm)
{
    out += QByteArray("\x1b\x61\x01\x1dv0\x00", 6);
    out += static_cast<char>(bm.bytesPerRow & 0xff);
    out += static_cast<char>(bm.bytesPerRow >> 8);
    out += static_cast<char>(bm.heightDots & 0xff);
    out += static_cast<char>(bm.heightDots >> 8);
    out += bm.bits;
    out += QByteArray("\x0a\x1b\x61\x00", 4);
}

void barcode(QByteArray& out, const Barcode& b, int dpi)
{
    const int m = std::clamp(moduleDots(b.moduleMm, dpi), 1, 6);
    const QByteArray data = b.data.toUtf8();
    switch (b.symbology) {
    case Symbology::Code128: {
        out += QByteArray("\x1b\x61\x01", 3); // centre
        out +=
            QByteArray("\x1dh", 2) +
            static_cast<char>(std::clamp(static_cast<int>(std::lround(b.heightMm * dotsPerMm(dpi))), 1, 255));
        out += QByteArray("\x1dw", 2) + static_cast<char>(std::max(2, m));
        out += QByteArray("\x1dH", 2) + static_cast<char>(b.humanReadable ? 2 : 0);
        const QByteArray payload = "{B" + data;
        out += QByteArray("\x1dk\x49", 3) + static_cast<char>(payload.size()) + payload;
        out += QByteArray("\x0a\x1b\x61\x00", 4);
        break;
    }
    case Symbology::QrCode:
        out += QByteArray("\x1b\x61\x01", 3);
        gsk(out, '1', 'A', QByteArray("\x32\x00", 2));                              // model 2
        gsk(out, '1', 'C', QByteArray(1, static_cast<char>(std::clamp(m, 1, 16)))); // module size
        gsk(out, '1', 'E', QByteArray(1, '1'));                                     // error correction M
        gsk(out, '1', 'P', "0" + data);                                             // store
        gsk(out, '1', 'Q', QByteArray(1, '0'));                                     // print
        out += QByteArray("\x0a\x1b\x61\x00", 4);
        break;
    case Symbology::Pdf417:
        out += QByteArray("\x1b\x61\x01", 3);
        gsk(out, '0', 'C', QByteArray(1, static_cast<char>(m)));
        gsk(out, '0', 'D', QByteArray(1, static_cast<char>(3)));
        gsk(out, '0', 'P', "0" + data);
        gsk(out, '0', 'Q', QByteArray(1, '0'));
        out += QByteArray("\x0a\x1b\x61\x00", 4);
        break;
    case Symbology::DataMatrix:
        if (b.matrix)
            raster(out, monoFromMatrix(*b.matrix, m));
        break;
    }
}

} // namespace

QByteArray renderEscPos(const Document& doc, int dpi, int codeTable)
{
    const double printableMm = doc.mediaMm.width() - 2 * kMarginMm;
    const int columns = std::max(16, static_cast<int>(printableMm * dotsPerMm(dpi)) / kFontADots);
    const double colMm = printableMm / columns;

    QByteArray out;
    out.reserve(2048);
    // Initialise, then select the table holding PC866 Cyrillic (17 on Epson-compatible printers).
    out += QByteArray("\x1b@\x1bt", 4);
    out += char(static_cast<unsigned char>(qBound(0, codeTable, 255)));
    for (const Page& page : doc.pages) {
        std::vector<Item> items;
        int order = 0;
        for (const Element& e : page.elements) {
            if (const auto* t = std::get_if<TextBox>(&e)) {
                for (qsizetype i = 0; i < t->lines.size(); ++i) {
                    Item it;
                    it.yMm = t->mm.top() + static_cast<double>(i) * t->lineHeightMm;
                    it.order = order++;
                    it.xMm = t->mm.left();
                    it.rightMm = t->mm.right();
                    it.align = t->style.align;
                    it.text = t->lines[i];
                    it.bold = t->style.bold;
                    it.big = t->fittedPt >= kBigPt;
                    items.push_back(it);
                }
            } else if (const auto* l = std::get_if<Line>(&e)) {
                if (std::abs(l->a.y() - l->b.y()) < 0.01 && std::abs(l->a.x() - l->b.x()) > printableMm / 2) {
                    Item it;
                    it.yMm = l->a.y();
                    it.order = order++;
                    it.kind = Item::Rule;
                    items.push_back(it);
                }
            } else if (const auto* b = std::get_if<Barcode>(&e)) {
                Item it;
                it.yMm = b->originMm.y();
                it.order = order++;
                it.kind = Item::Code;
                it.barcode = b;
                items.push_back(it);
            } else if (const auto* im = std::get_if<Image>(&e)) {
                Item it;
                it.yMm = im->mm.top();
                it.order = order++;
                it.kind = Item::Code;
                it.image = im;
                items.push_back(it);
            }
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const Item& a, const Item& b) { return a.yMm < b.yMm - 0.8; });
        for (size_t i = 0; i < items.size();) {
            const Item& first = items[i];
            if (first.kind == Item::Rule) {
                out += QByteArray(columns, '-') + '\n';
                ++i;
                continue;
            }
            if (first.kind == Item::Code) {
                if (first.barcode)
                    barcode(out, *first.barcode, dpi);
                else
                    raster(out, monoFromImage(first.image->image,
                                              static_cast<int>(first.image->mm.width() * dotsPerMm(dpi)),
                                              static_cast<int>(first.image->mm.height() * dotsPerMm(dpi))));
                ++i;
                continue;
            }
            // A row: text items whose tops are within 0.8 mm of each other.
            const bool big = first.big;
            const int rowCols = big ? columns / 2 : columns;
            const double cellMm = big ? colMm * 2 : colMm;
            QString row(rowCols, u' ');
            bool bold = false;
            size_t j = i;
            for (;
                 j < items.size() && items[j].kind == Item::Text && std::abs(items[j].yMm - first.yMm) < 0.8;
                 ++j) {
                const Item& it = items[j];
                bold = bold || it.bold;
                const int len = static_cast<int>(it.text.size());
                int col = static_cast<int>(std::lround((it.xMm - kMarginMm) / cellMm));
                if (it.align == Align::Right)
                    col = static_cast<int>(std::lround((it.rightMm - kMarginMm) / cellMm)) - len;
                else if (it.align == Align::Center)
                    col = static_cast<int>(std::lround(((it.xMm + it.rightMm) / 2 - kMarginMm) / cellMm)) -
                          len / 2;
                col = std::clamp(col, 0, std::max(0, rowCols - len));
                row.replace(col, std::min(len, rowCols - col), it.text.left(rowCols - col));
            }
            if (bold)
                out += QByteArray("\x1b\x45\x01", 3);
            if (big)
                out += QByteArray("\x1d!\x11", 3);
            qsizetype end = row.size();
            while (end > 0 && row[end - 1] == u' ')
                --end; // trailing spaces only: leading ones are the column position
            out += toCp866(QStringView(row).left(end));
            out += '\n';
            if (big)
                out += QByteArray("\x1d!\x00", 3);
            if (bold)
                out += QByteArray("\x1b\x45\x00", 3);
            i = j;
        }
    }
    out += QByteArray("\x1b\x64\x04\x1dV\x42\x00", 7); // feed 4 lines, partial cut
    return out;
}

} // namespace pc::forms::render
