// ZPL II: text in UTF-8 (^CI28) with the scalable font 0, native barcodes (^BC, ^BX, ^BQ, ^B7),
// graphic boxes and diagonals, images as ^GFA.
#include "RasterBits.h"
#include "Renderer.h"

#include <cmath>

namespace pc::forms::render {

using namespace layout;

namespace {

struct Zpl {
    QByteArray out;
    double dpmm;
    int dpi;

    int d(double mm) const { return static_cast<int>(std::lround(mm * dpmm)); }
    void fo(double xMm, double yMm)
    {
        out += "^FO" + QByteArray::number(d(xMm)) + ',' + QByteArray::number(d(yMm));
    }
    // ^FH makes '_' the hex escape, so the command characters ^ and ~ can be printed.
    static QByteArray field(const QString& s)
    {
        QByteArray utf8 = s.toUtf8();
        QByteArray r;
        r.reserve(utf8.size() + 8);
        for (char c : utf8) {
            if (c == '^' || c == '~' || c == '_')
                r += '_' + QByteArray::number(static_cast<uchar>(c), 16).toUpper();
            else
                r += c;
        }
        return "^FH^FD" + r + "^FS\n";
    }

    void operator()(const TextBox& t)
    {
        for (const PlacedLine& l : placeLines(t)) {
            fo(l.xMm, l.topMm);
            const QByteArray h = QByteArray::number(std::max(10, d(l.heightMm)));
            out += "^A0N," + h + ',' + h + field(l.text);
        }
    }
    void operator()(const Line& l)
    {
        const int t = std::max(1, d(l.widthMm));
        const int dx = d(l.b.x()) - d(l.a.x());
        const int dy = d(l.b.y()) - d(l.a.y());
        if (dx == 0 || dy == 0) {
            fo(std::min(l.a.x(), l.b.x()), std::min(l.a.y(), l.b.y()));
            out += "^GB" + QByteArray::number(std::max(std::abs(dx), t)) + ',' +
                   QByteArray::number(std::max(std::abs(dy), t)) + ',' + QByteArray::number(t) + "^FS\n";
        } else {
            fo(std::min(l.a.x(), l.b.x()), std::min(l.a.y(), l.b.y()));
            out += "^GD" + QByteArray::number(std::abs(dx)) + ',' + QByteArray::number(std::abs(dy)) + ',' +
                   QByteArray::number(t) + ",B," + ((dx > 0) == (dy > 0) ? "L" : "R") + "^FS\n";
        }
    }
    void box(QRectF r, int t)
    {
        fo(r.left(), r.top());
        out += "^GB" + QByteArray::number(d(r.width())) + ',' + QByteArray::number(d(r.height())) + ',' +
               QByteArray::number(t) + "^FS\n";
    }
    void operator()(const Box& b)
    {
        box(b.mm, b.filled ? std::min(d(b.mm.width()), d(b.mm.height())) : std::max(1, d(b.lineMm)));
    }
    void operator()(const CheckBox& c)
    {
        box(c.mm, std::max(2, d(0.3)));
        if (c.checked) {
            const QRectF in = c.mm.adjusted(c.mm.width() * 0.2, c.mm.height() * 0.2, -c.mm.width() * 0.2,
                                            -c.mm.height() * 0.2);
            (*this)(Line{in.topLeft(), in.bottomRight(), 0.4});
            (*this)(Line{in.topRight(), in.bottomLeft(), 0.4});
        }
    }
    void operator()(const Barcode& b)
    {
        const int m = moduleDots(b.moduleMm, dpi);
        fo(b.originMm.x(), b.originMm.y());
        switch (b.symbology) {
        case Symbology::Code128:
            out += "^BY" + QByteArray::number(m) + "^BCN," + QByteArray::number(d(b.heightMm)) + ',' +
                   (b.humanReadable ? "Y" : "N") + ",N,N,A";
            break;
        case Symbology::DataMatrix:
            out += "^BXN," + QByteArray::number(m) + ",200";
            break;
        case Symbology::QrCode:
            out += "^BQN,2," + QByteArray::number(std::min(m, 10));
            out += "^FH^FDMA," + b.data.toUtf8() + "^FS\n";
            return;
        case Symbology::Pdf417:
            out += "^BY" + QByteArray::number(m) + "^B7N," + QByteArray::number(3 * m) + ",2";
            break;
        }
        out += field(b.data);
    }
    void operator()(const Image& i)
    {
        const MonoBitmap bm = monoFromImage(i.image, d(i.mm.width()), d(i.mm.height()));
        fo(i.mm.left(), i.mm.top());
        const QByteArray total = QByteArray::number(bm.bits.size());
        out += "^GFA," + total + ',' + total + ',' + QByteArray::number(bm.bytesPerRow) + ',' +
               bm.bits.toHex().toUpper() + "^FS\n";
    }
};

} // namespace

QByteArray renderZpl(const Document& doc, int dpi, int copies)
{
    Zpl z{{}, dotsPerMm(dpi), dpi};
    z.out.reserve(4096);
    for (const Page& page : doc.pages) {
        z.out += "^XA\n^CI28\n^PW" + QByteArray::number(z.d(doc.mediaMm.width())) + "\n^LL" +
                 QByteArray::number(z.d(doc.mediaMm.height())) + "\n^LH0,0\n";
        for (const Element& e : page.elements)
            std::visit(z, e);
        z.out += "^PQ" + QByteArray::number(std::max(1, copies)) + "\n^XZ\n";
    }
    return z.out;
}

} // namespace pc::forms::render
