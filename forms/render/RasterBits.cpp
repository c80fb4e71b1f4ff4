#include "RasterBits.h"

#include "forms/layout/TextFit.h"

namespace pc::forms::render {

MonoBitmap monoFromImage(const QImage& image, int widthDots, int heightDots)
{
    MonoBitmap b{widthDots, heightDots, (widthDots + 7) / 8, {}};
    b.bits.fill('\0', b.bytesPerRow * heightDots);
    const QImage g = image.scaled(widthDots, heightDots).convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < heightDots; ++y) {
        const uchar* row = g.constScanLine(y);
        for (int x = 0; x < widthDots; ++x)
            if (row[x] < 128)
                b.bits[y * b.bytesPerRow + x / 8] =
                    static_cast<char>(b.bits[y * b.bytesPerRow + x / 8] | (0x80 >> (x % 8)));
    }
    return b;
}

MonoBitmap monoFromMatrix(const layout::BarcodeMatrix& m, int moduleDots)
{
    const int w = m.width * moduleDots;
    const int h = m.height * moduleDots;
    MonoBitmap b{w, h, (w + 7) / 8, {}};
    b.bits.fill('\0', b.bytesPerRow * h);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (m.dark(x / moduleDots, y / moduleDots))
                b.bits[y * b.bytesPerRow + x / 8] =
                    static_cast<char>(b.bits[y * b.bytesPerRow + x / 8] | (0x80 >> (x % 8)));
    return b;
}

std::vector<PlacedLine> placeLines(const layout::TextBox& t)
{
    std::vector<PlacedLine> out;
    const double em = t.fittedPt * 25.4 / 72;
    for (qsizetype i = 0; i < t.lines.size(); ++i) {
        if (t.lines[i].isEmpty())
            continue;
        const double w = layout::textWidthMm(t.lines[i], t.fittedPt, t.style.bold);
        double x = t.mm.left();
        if (t.style.align == layout::Align::Center)
            x += (t.mm.width() - w) / 2;
        else if (t.style.align == layout::Align::Right)
            x = t.mm.right() - w;
        out.push_back(
            {t.lines[i], x, t.mm.top() + static_cast<double>(i) * t.lineHeightMm, em, t.style.bold});
    }
    return out;
}

} // namespace pc::forms::render
