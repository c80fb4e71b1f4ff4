#include "PainterRenderer.h"

#include "Fonts.h"
#include "forms/layout/TextFit.h"

#include <QPainter>
#include <cmath>

namespace pc::forms::render {

using namespace layout;

namespace {

constexpr double kHumanReadablePt = 8;

double alignedX(const QRectF& box, double lineWidthMm, Align align)
{
    switch (align) {
    case Align::Left:
        return box.left();
    case Align::Center:
        return box.left() + (box.width() - lineWidthMm) / 2;
    case Align::Right:
        return box.right() - lineWidthMm;
    }
    return box.left();
}

struct Painter {
    QPainter& p;
    double dpmm;
    int barcodeDpi;
    bool snap;

    double d(double mm) const { return snap ? std::round(mm * dpmm) : mm * dpmm; }
    QPointF pt(QPointF mm) const { return {d(mm.x()), d(mm.y())}; }
    QRectF rect(QRectF mm) const { return QRectF(pt(mm.topLeft()), pt(mm.bottomRight())); }
    double penWidth(double mm) const { return std::max(1.0, mm * dpmm); }

    void operator()(const TextBox& t) const
    {
        p.setFont(formFont(t.fittedPt, t.style.bold));
        p.setPen(Qt::black);
        for (qsizetype i = 0; i < t.lines.size(); ++i) {
            const double w = textWidthMm(t.lines[i], t.fittedPt, t.style.bold);
            const double x = alignedX(t.mm, w, t.style.align);
            const double y = t.mm.top() + t.ascentMm + static_cast<double>(i) * t.lineHeightMm;
            p.drawText(QPointF(x * dpmm, y * dpmm), t.lines[i]);
        }
    }
    void operator()(const Line& l) const
    {
        p.setPen(QPen(Qt::black, penWidth(l.widthMm), Qt::SolidLine, Qt::FlatCap));
        p.drawLine(pt(l.a), pt(l.b));
    }
    void operator()(const Box& b) const
    {
        if (b.filled) {
            p.fillRect(rect(b.mm), Qt::black);
            return;
        }
        p.setPen(QPen(Qt::black, penWidth(b.lineMm), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect(b.mm));
    }
    void operator()(const CheckBox& c) const
    {
        p.setPen(QPen(Qt::black, penWidth(0.3)));
        p.setBrush(Qt::NoBrush);
        const QRectF r = rect(c.mm);
        p.drawRect(r);
        if (c.checked) {
            const QRectF in =
                r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2);
            p.setPen(QPen(Qt::black, penWidth(0.4)));
            p.drawLine(in.topLeft(), in.bottomRight());
            p.drawLine(in.topRight(), in.bottomLeft());
        }
    }
    void operator()(const Barcode& b) const
    {
        if (!b.matrix)
            return;
        const BarcodeMatrix& m = *b.matrix;
        const double mod = moduleDeviceUnits(b, dpmm, barcodeDpi);
        const double x0 = d(b.originMm.x());
        const double y0 = d(b.originMm.y());
        const double rowH = b.symbology == Symbology::Code128  ? d(b.heightMm)
                            : b.symbology == Symbology::Pdf417 ? mod * 3
                                                               : mod;
        const bool aa = p.testRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        for (int y = 0; y < m.height; ++y) {
            // Runs of dark modules become one rectangle: fewer PDF operators, no hairline gaps.
            for (int x = 0; x < m.width;) {
                if (!m.dark(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < m.width && m.dark(end, y))
                    ++end;
                p.fillRect(QRectF(x0 + x * mod, y0 + y * rowH, (end - x) * mod, rowH), Qt::black);
                x = end;
            }
        }
        p.setRenderHint(QPainter::Antialiasing, aa);
        if (b.humanReadable && b.symbology == Symbology::Code128) {
            p.setPen(Qt::black);
            p.setFont(formFont(kHumanReadablePt, false));
            const double wMm = textWidthMm(b.data, kHumanReadablePt, false);
            const double barsMm = m.width * mod / dpmm;
            const double x = b.originMm.x() + (barsMm - wMm) / 2;
            const double y = b.originMm.y() + b.heightMm + 1 + kHumanReadablePt * 25.4 / 72 * 0.76;
            p.drawText(QPointF(x * dpmm, y * dpmm), b.data);
        }
    }
    void operator()(const Image& i) const { p.drawImage(rect(i.mm), i.image); }
};

} // namespace

double moduleDeviceUnits(const Barcode& b, double dpmm, int barcodeDpi)
{
    return moduleDots(b.moduleMm, barcodeDpi) * dpmm / dotsPerMm(barcodeDpi);
}

void paintPage(QPainter& painter, const Page& page, double dpmm, int barcodeDpi, bool snap)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const Painter visitor{painter, dpmm, barcodeDpi, snap};
    for (const Element& e : page.elements)
        std::visit(visitor, e);
}

} // namespace pc::forms::render
