#include "PageBuilder.h"

#include "BarcodeEncoder.h"
#include "TextFit.h"

#include <QCoreApplication>

namespace pc::forms::layout {

void PageBuilder::fail(Error e)
{
    if (!m_error)
        m_error = std::move(e);
}

void PageBuilder::text(QRectF mm, const QString& text, TextStyle style, const QString& field)
{
    TextBox t{mm, text, style, field, {}, 0, 0, 0};
    if (auto st = fitText(t); !st) {
        fail(st.error());
        return;
    }
    page().elements.emplace_back(std::move(t));
}

void PageBuilder::caption(QRectF mm, const QString& text, double sizePt, Align align)
{
    TextStyle style{sizePt, false, align, true, 3.5};
    this->text(mm, text, style, QStringLiteral("caption"));
}

void PageBuilder::line(QPointF a, QPointF b, double widthMm)
{
    page().elements.emplace_back(Line{a, b, widthMm});
}

void PageBuilder::box(QRectF mm, double lineMm, bool filled)
{
    page().elements.emplace_back(Box{mm, lineMm, filled});
}

void PageBuilder::checkBox(QRectF mm, bool checked)
{
    page().elements.emplace_back(CheckBox{mm, checked});
}

void PageBuilder::barcode(QPointF originMm, Symbology s, const QString& data, double moduleMm,
                          double heightMm, bool humanReadable, const QString& field, double maxWidthMm)
{
    auto matrix = encodeBarcode(s, data);
    if (!matrix) {
        fail(Error{matrix.error().code,
                   QStringLiteral("field \"%1\": %2").arg(field, matrix.error().message)});
        return;
    }
    Barcode b{originMm, s, data, moduleMm, heightMm, humanReadable, field, *matrix};
    const QSizeF size = barcodeSizeMm(b);
    if (maxWidthMm > 0 && size.width() > maxWidthMm) {
        fail(Error{QStringLiteral("forms.barcode_overflow"),
                   QCoreApplication::translate("pc::forms",
                                               "field \"%1\": barcode is %2 mm wide, the form has %3 mm")
                       .arg(field)
                       .arg(size.width(), 0, 'f', 1)
                       .arg(maxWidthMm, 0, 'f', 1)});
        return;
    }
    page().elements.emplace_back(std::move(b));
}

void PageBuilder::image(QRectF mm, const QImage& img)
{
    page().elements.emplace_back(Image{mm, img});
}

QSizeF barcodeSizeMm(const Barcode& b)
{
    if (!b.matrix)
        return {};
    const double w = b.matrix->width * b.moduleMm;
    const double h = b.symbology == Symbology::Code128  ? b.heightMm
                     : b.symbology == Symbology::Pdf417 ? b.matrix->height * b.moduleMm * 3
                                                        : b.matrix->height * b.moduleMm;
    return {w, h};
}

} // namespace pc::forms::layout
