// TSPL (TSC and compatible label printers): UTF-8 code page, the scalable font "0" sized in points,
// native BARCODE/DMATRIX/QRCODE/PDF417, BAR/BOX/DIAGONAL for lines and frames, BITMAP for images.
#include "RasterBits.h"
#include "Renderer.h"

#include <cmath>

namespace pc::forms::render {

using namespace layout;

namespace {

struct Tspl {
    QByteArray out;
    double dpmm;
    int dpi;

    int d(double mm) const { return static_cast<int>(std::lround(mm * dpmm)); }
    QByteArray n(double mm) const { return QByteArray::number(d(mm)); }
    // TSPL strings are double-quoted; a quote inside is written as \["].
    static QByteArray quoted(const QString& s) { return '"' + s.toUtf8().replace("\"", "\\[\"]") + '"'; }

    void operator()(const TextBox& t)
    {
        for (const PlacedLine& l : placeLines(t)) {
            const QByteArray pt = QByteArray::number(std::max(4, static_cast<int>(std::lround(t.fittedPt))));
            out += "TEXT " + n(l.xMm) + ',' + n(l.topMm) + ",\"0\",0," + pt + ',' + pt + ',' +
                   quoted(l.text) + '\n';
        }
    }
    void operator()(const Line& l)
    {
        const int t = std::max(1, d(l.widthMm));
        if (d(l.a.x()) == d(l.b.x()) || d(l.a.y()) == d(l.b.y())) {
            const int w = std::max(t, std::abs(d(l.b.x()) - d(l.a.x())));
            const int h = std::max(t, std::abs(d(l.b.y()) - d(l.a.y())));
            out += "BAR " + n(std::min(l.a.x(), l.b.x())) + ',' + n(std::min(l.a.y(), l.b.y())) + ',' +
                   QByteArray::number(w) + ',' + QByteArray::number(h) + '\n';
        } else {
            out += "DIAGONAL " + n(l.a.x()) + ',' + n(l.a.y()) + ',' + n(l.b.x()) + ',' + n(l.b.y()) + ',' +
                   QByteArray::number(t) + '\n';
        }
    }
    void operator()(const Box& b)
    {
        if (b.filled)
            out += "BAR " + n(b.mm.left()) + ',' + n(b.mm.top()) + ',' + n(b.mm.width()) + ',' +
                   n(b.mm.height()) + '\n';
        else
            out += "BOX " + n(b.mm.left()) + ',' + n(b.mm.top()) + ',' + n(b.mm.right()) + ',' +
                   n(b.mm.bottom()) + ',' + QByteArray::number(std::max(1, d(b.lineMm))) + '\n';
    }
    void operator()(const CheckBox& c)
    {
        (*this)(Box{c.mm, 0.3, false});
        if (c.checked) {
            const QRectF in = c.mm.adjusted(c.mm.width() * 0.2, c.mm.height() * 0.2, -c.mm.width() * 0.2,
                                            -c.mm.height() * 0.2);
            (*this)(Line{in.topLeft(), in.bottomRight(), 0.4});
            (*this)(Line{in.topRight(), in.bottomLeft(), 0.4});
        }
    }
    void operator()(const Barcode& b)
    {
        const QByteArray m = QByteArray::number(moduleDots(b.moduleMm, dpi));
        const QByteArray x = n(b.originMm.x());
        const QByteArray y = n(b.originMm.y());
        switch (b.symbology) {
        case Symbology::Code128:
            out += "BARCODE " + x + ',' + y + ",\"128\"," + n(b.heightMm) + ',' +
                   (b.humanReadable ? "2" : "0") + ",0," + m + ',' + m + ',' + quoted(b.data) + '\n';
            break;
        case Symbology::DataMatrix: {
            const QSizeF s(b.matrix ? b.matrix->width * b.moduleMm : 20,
                           b.matrix ? b.matrix->height * b.moduleMm : 20);
            out += "DMATRIX " + x + ',' + y + ',' + n(s.width() + 1) + ',' + n(s.height() + 1) + ",x" + m +
                   ',' + quoted(b.data) + '\n';
            break;
        }
        case Symbology::QrCode:
            out += "QRCODE " + x + ',' + y + ",M," + m + ",A,0," + quoted(b.data) + '\n';
            break;
        case Symbology::Pdf417: {
            const double w = b.matrix ? b.matrix->width * b.moduleMm : 60;
            const double h = b.matrix ? b.matrix->height * b.moduleMm * 3 : 20;
            out += "PDF417 " + x + ',' + y + ',' + n(w + 1) + ',' + n(h + 1) + ",0,\"W" + m + "\",\"H" +
                   QByteArray::number(3 * m.toInt()) + "\"," + quoted(b.data) + '\n';
            break;
        }
        }
    }
    void operator()(const Image& i)
    {
        MonoBitmap bm = monoFromImage(i.image, d(i.mm.width()), d(i.mm.height()));
        // TSPL bitmaps print 0 bits as black.
        for (char& c : bm.bits)
            c = static_cast<char>(~c);
        out += "BITMAP " + n(i.mm.left()) + ',' + n(i.mm.top()) + ',' + QByteArray::number(bm.bytesPerRow) +
               ',' + QByteArray::number(bm.heightDots) + ",0," + bm.bits + '\n';
    }
};

} // namespace

QByteArray renderTspl(const Document& doc, int dpi, int copies)
{
    Tspl t{{}, dotsPerMm(dpi), dpi};
    t.out.reserve(4096);
    for (const Page& page : doc.pages) {
        t.out += "SIZE " + QByteArray::number(doc.mediaMm.width(), 'f', 1) + " mm," +
                 QByteArray::number(doc.mediaMm.height(), 'f', 1) +
                 " mm\nGAP 2 mm,0 mm\nDIRECTION 1\n"
                 "CODEPAGE UTF-8\nCLS\n";
        for (const Element& e : page.elements)
            std::visit(t, e);
        t.out += "PRINT 1," + QByteArray::number(std::max(1, copies)) + '\n';
    }
    return t.out;
}

} // namespace pc::forms::render
