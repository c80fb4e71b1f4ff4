// PDF and PNG: both draw the layout through PainterRenderer, so the preview is what prints.
#include "Fonts.h"
#include "PainterRenderer.h"
#include "Renderer.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace pc::forms::render {

namespace {
constexpr int kPdfResolution = 1200; // device units per inch inside the PDF
}

QByteArray renderPdf(const layout::Document& doc, int barcodeDpi)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("PostCounter"));
        writer.setTitle(doc.title);
        writer.setResolution(kPdfResolution);
        const QSizeF media = doc.mediaMm;
        // QPageSize keeps custom sizes portrait; a landscape medium is a portrait size turned.
        const bool landscape = media.width() > media.height();
        const QPageSize size(landscape ? media.transposed() : media, QPageSize::Millimeter, QString(),
                             QPageSize::ExactMatch);
        writer.setPageLayout(QPageLayout(size, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        QPainter painter(&writer);
        const double dpmm = kPdfResolution / 25.4;
        for (size_t i = 0; i < doc.pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, doc.pages[i], dpmm, barcodeDpi, false);
        }
    }
    return bytes;
}

QImage renderPageImage(const layout::Document& doc, int page, int dpi)
{
    const double dpmm = layout::dotsPerMm(dpi);
    QImage image(qRound(doc.mediaMm.width() * dpmm), qRound(doc.mediaMm.height() * dpmm),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpmm * 1000));
    image.setDotsPerMeterY(qRound(dpmm * 1000));
    image.fill(Qt::white);
    if (page >= 0 && static_cast<size_t>(page) < doc.pages.size()) {
        QPainter painter(&image);
        paintPage(painter, doc.pages[static_cast<size_t>(page)], dpmm, dpi, true);
    }
    return image;
}

QByteArray renderPng(const layout::Document& doc, int dpi)
{
    QImage all;
    for (size_t i = 0; i < doc.pages.size(); ++i) {
        QImage page = renderPageImage(doc, static_cast<int>(i), dpi);
        if (all.isNull()) {
            all = QImage(page.width(), page.height() * static_cast<int>(doc.pages.size()),
                         QImage::Format_RGB32);
            all.setDotsPerMeterX(page.dotsPerMeterX());
            all.setDotsPerMeterY(page.dotsPerMeterY());
        }
        QPainter p(&all);
        p.drawImage(0, page.height() * static_cast<int>(i), page);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    all.convertToFormat(QImage::Format_Grayscale8).save(&buffer, "PNG");
    return bytes;
}

Result<RenderedDocument> renderDocument(const layout::Document& doc, OutputLanguage language,
                                        const RenderOptions& options)
{
    if (options.dpi < 100 || options.dpi > 1200)
        return Result<RenderedDocument>::fail(
            QStringLiteral("forms.dpi"),
            QStringLiteral("--dpi must be between 100 and 1200, not %1").arg(options.dpi));
    if (auto st = fontsReady(); !st)
        return st.error();
    RenderedDocument out;
    out.language = language;
    out.mediaMm = doc.mediaMm;
    out.title = doc.title;
    switch (language) {
    case OutputLanguage::Pdf:
        out.bytes = renderPdf(doc, options.dpi);
        break;
    case OutputLanguage::Png:
        out.bytes = renderPng(doc, options.dpi);
        break;
    case OutputLanguage::Zpl:
        out.bytes = renderZpl(doc, options.dpi, options.copies);
        break;
    case OutputLanguage::Tspl:
        out.bytes = renderTspl(doc, options.dpi, options.copies);
        break;
    case OutputLanguage::EscPos:
        out.bytes = renderEscPos(doc, options.dpi, options.escPosCodeTable);
        break;
    }
    return out;
}

} // namespace pc::forms::render
