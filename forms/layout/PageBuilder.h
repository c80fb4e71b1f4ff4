#pragma once
// Convenience for form builders: adds elements to the current (last) page, fits text and encodes barcodes as
// they are added, and keeps the first error so a builder can add everything and check once.
#include "Layout.h"

namespace pc::forms::layout {

class PageBuilder {
public:
    // Starts the document with its first page; elements go to the last page.
    PageBuilder(Document& doc) : m_doc(doc) { addPage(); }
    void addPage() { m_doc.pages.emplace_back(); }
    int pageCount() const { return static_cast<int>(m_doc.pages.size()); }

    void text(QRectF mm, const QString& text, TextStyle style = {}, const QString& field = {});
    // A caption in small type above/inside a box, never shrunk, never an error for the data.
    void caption(QRectF mm, const QString& text, double sizePt = 5.5, Align align = Align::Left);
    void line(QPointF a, QPointF b, double widthMm = 0.3);
    void box(QRectF mm, double lineMm = 0.3, bool filled = false);
    void checkBox(QRectF mm, bool checked);
    // Places a barcode; fails when it does not fit maxWidthMm at its nominal module width.
    void barcode(QPointF originMm, Symbology s, const QString& data, double moduleMm, double heightMm,
                 bool humanReadable, const QString& field, double maxWidthMm = 0);
    void image(QRectF mm, const QImage& image);

    const std::optional<Error>& error() const { return m_error; }
    void fail(Error e);

private:
    Page& page() { return m_doc.pages.back(); }
    Document& m_doc;
    std::optional<Error> m_error;
};

// Size of a built barcode in millimetres at its nominal module width.
QSizeF barcodeSizeMm(const Barcode& b);

} // namespace pc::forms::layout
