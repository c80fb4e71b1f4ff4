#pragma once
// Reading rendered forms back for the tests: pdftotext, pdftoppm, ZXing-C++ decoding, fixtures.
#include "forms/FormRegistry.h"
#include "forms/layout/PageBuilder.h"
#include "forms/render/Renderer.h"

#define ZX_USE_UTF8 1
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <ZXing/ReadBarcode.h>

namespace pc::forms::test {

// Golden files are (re)written with PC_UPDATE_SNAPSHOTS=1; the decoders below keep them honest.
inline QByteArray golden(const QString& name, const QByteArray& now)
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/forms/%1").arg(name));
    if (qEnvironmentVariableIsSet("PC_UPDATE_SNAPSHOTS") && f.open(QIODevice::WriteOnly)) {
        f.write(now);
        f.close();
    }
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/forms/%1.json").arg(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString collapse(QString s)
{
    // pdftotext reports the font's ligature glyphs (ﬁ, ﬃ, …); a reader sees the letters.
    s.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"));
    s.replace(QChar(0xFB02), QStringLiteral("fl")).replace(QChar(0xFB03), QStringLiteral("ffi"));
    s.replace(QChar(0xFB04), QStringLiteral("ffl"));
    return s.replace(QChar(0xA0), u' ').simplified();
}

inline QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("doc.pdf")));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), f.fileName(), QStringLiteral("-")});
    p.waitForFinished(20000);
    return collapse(QString::fromUtf8(p.readAllStandardOutput()));
}

inline QImage pdfRaster(const QByteArray& pdf, int dpi)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("doc.pdf")));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                                         QStringLiteral("-singlefile"), QStringLiteral("-png"), f.fileName(),
                                         dir.filePath(QStringLiteral("page"))});
    p.waitForFinished(20000);
    return QImage(dir.filePath(QStringLiteral("page.png")));
}

inline QStringList decodeAll(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(g.constBits(), g.width(), g.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(g.bytesPerLine()));
    QStringList out;
    // One format at a time: ZXing-C++ 1.4 asserts when de-duplicating mixed 1D/2D results.
    for (auto format : {ZXing::BarcodeFormat::Code128, ZXing::BarcodeFormat::DataMatrix,
                        ZXing::BarcodeFormat::QRCode, ZXing::BarcodeFormat::PDF417}) {
        ZXing::DecodeHints hints;
        hints.setFormats(format);
        hints.setTryRotate(false);
        const auto r = ZXing::ReadBarcode(view, hints);
        if (r.isValid())
            out << QString::fromStdString(r.text());
    }
    return out;
}

// A handheld imager is aimed at the symbol: decode a window of the page centred on it (ZXing-C++
// 1.4 looks for DataMatrix only along the image's centre lines, like a scanner's aiming dot). The
// window is three symbols wide, so the neighbouring print is in view and must not disturb it.
inline QStringList decodeAimedAt(const QImage& page, const layout::Barcode& b, int dpi)
{
    const QSizeF sizeMm = layout::barcodeSizeMm(b);
    const double dpmm = layout::dotsPerMm(dpi);
    const QPointF centre = (b.originMm + QPointF(sizeMm.width() / 2, sizeMm.height() / 2)) * dpmm;
    const double half = 1.5 * std::max(sizeMm.width(), sizeMm.height()) * dpmm;
    QRect window(QPoint(qRound(centre.x() - half), qRound(centre.y() - half)),
                 QPoint(qRound(centre.x() + half), qRound(centre.y() + half)));
    // Clipped symmetrically so the symbol stays at the centre.
    const int dx = std::max({0, -window.left(), window.right() - page.width() + 1});
    const int dy = std::max({0, -window.top(), window.bottom() - page.height() + 1});
    return decodeAll(page.copy(window.adjusted(dx, dy, -dx, -dy)));
}

inline const layout::Barcode* findBarcode(const layout::Document& doc, layout::Symbology s, int page = 0)
{
    for (const auto& e : doc.pages[static_cast<size_t>(page)].elements)
        if (const auto* b = std::get_if<layout::Barcode>(&e); b && b->symbology == s)
            return b;
    return nullptr;
}

// The values of a fixture as text a reader would find on the form (nested objects flattened).
inline void collectStrings(const QJsonValue& v, const QString& key, QStringList* out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectStrings(it.value(), it.key(), out);
    } else if (v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            collectStrings(e, key, out);
    } else if (v.isString() && key != QStringLiteral("date") && key != QStringLiteral("datetime") &&
               key != QStringLiteral("vat") && key != QStringLiteral("method") &&
               key != QStringLiteral("category") && key != QStringLiteral("storage_until") &&
               key != QStringLiteral("claimant_role")) {
        out->append(v.toString());
    }
}

inline layout::Document build(const QString& form, const QByteArray& json)
{
    auto doc = buildForm(form, json);
    if (!doc)
        qWarning() << doc.error().message;
    return doc ? *doc : layout::Document{};
}

} // namespace pc::forms::test
