#include "TextFit.h"

#include "forms/render/Fonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <cmath>

namespace pc::forms::layout {

namespace {

constexpr double kRefPt = 100.0; // measure once at a large size and scale linearly
constexpr double kPtToMm = 25.4 / 72.0;
constexpr double kWidthSlack = 0.98; // hinting and renderer rounding must never push text out

// Metrics cached per weight: measuring at 72 dpi makes one pixel one point.
struct RefMetrics {
    QFontMetricsF fm;
    explicit RefMetrics(bool bold) : fm(render::formFont(kRefPt, bold), referenceDevice()) {}
    static const QPaintDevice* referenceDevice()
    {
        static QImage image = [] {
            QImage i(1, 1, QImage::Format_Mono);
            i.setDotsPerMeterX(qRound(72 / 0.0254));
            i.setDotsPerMeterY(qRound(72 / 0.0254));
            return i;
        }();
        return &image;
    }
};

const QFontMetricsF& metrics(bool bold)
{
    static const RefMetrics regular(false);
    static const RefMetrics heavy(true);
    return bold ? heavy.fm : regular.fm;
}

double widthAt(const QString& text, double sizePt, bool bold)
{
    return metrics(bold).horizontalAdvance(text) * sizePt / kRefPt * kPtToMm;
}

// Greedy word wrap; a word longer than the line is broken by characters.
QStringList wrapLines(const QString& text, double sizePt, bool bold, double widthMm)
{
    QStringList out;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString& para : paragraphs) {
        const QStringList words = para.split(u' ', Qt::SkipEmptyParts);
        QString line;
        for (QString word : words) {
            QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (widthAt(candidate, sizePt, bold) <= widthMm) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                out << line;
            line.clear();
            while (widthAt(word, sizePt, bold) > widthMm && word.size() > 1) {
                qsizetype n = word.size() - 1;
                while (n > 1 && widthAt(word.left(n), sizePt, bold) > widthMm)
                    --n;
                out << word.left(n);
                word = word.mid(n);
            }
            line = word;
        }
        out << line;
    }
    return out;
}

} // namespace

double textWidthMm(const QString& text, double sizePt, bool bold)
{
    return widthAt(text, sizePt, bold);
}

Status fitText(TextBox& box)
{
    const double width = box.mm.width() * kWidthSlack;
    const double minPt =
        box.style.minSizePt > 0 ? std::min(box.style.minSizePt, box.style.sizePt) : box.style.sizePt;
    const QFontMetricsF& fm = metrics(box.style.bold);
    for (double pt = box.style.sizePt; pt >= minPt - 1e-9; pt -= 0.5) {
        const double lineMm = fm.lineSpacing() * pt / kRefPt * kPtToMm;
        QStringList lines =
            box.style.wrap ? wrapLines(box.text, pt, box.style.bold, width) : box.text.split(u'\n');
        bool fits = lines.size() * lineMm <= box.mm.height() + 1e-6;
        for (const QString& l : lines)
            fits = fits && widthAt(l, pt, box.style.bold) <= width;
        if (fits) {
            box.lines = std::move(lines);
            box.fittedPt = pt;
            box.lineHeightMm = lineMm;
            box.ascentMm = fm.ascent() * pt / kRefPt * kPtToMm;
            return {};
        }
    }
    return Status::fail(
        QStringLiteral("forms.text_overflow"),
        QCoreApplication::translate("pc::forms", "field \"%1\": the text does not fit into its %2×%3 mm box "
                                                 "even at %4 pt; shorten it")
            .arg(box.field.isEmpty() ? QStringLiteral("text") : box.field)
            .arg(box.mm.width(), 0, 'f', 0)
            .arg(box.mm.height(), 0, 'f', 0)
            .arg(minPt));
}

} // namespace pc::forms::layout
