#include "BarcodeEncoder.h"

#include <QCoreApplication>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <cmath>
#include <exception>

namespace pc::forms::layout {

int moduleDots(double moduleMm, int dpi)
{
    return std::max(1, static_cast<int>(std::lround(moduleMm * dotsPerMm(dpi))));
}

QString symbologyName(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Code128:
        return QStringLiteral("code128");
    case Symbology::DataMatrix:
        return QStringLiteral("datamatrix");
    case Symbology::QrCode:
        return QStringLiteral("qr");
    case Symbology::Pdf417:
        return QStringLiteral("pdf417");
    }
    return {};
}

Result<std::shared_ptr<const BarcodeMatrix>> encodeBarcode(Symbology symbology, const QString& data)
{
    ZXing::BarcodeFormat format = ZXing::BarcodeFormat::Code128;
    switch (symbology) {
    case Symbology::Code128:
        format = ZXing::BarcodeFormat::Code128;
        break;
    case Symbology::DataMatrix:
        format = ZXing::BarcodeFormat::DataMatrix;
        break;
    case Symbology::QrCode:
        format = ZXing::BarcodeFormat::QRCode;
        break;
    case Symbology::Pdf417:
        format = ZXing::BarcodeFormat::PDF417;
        break;
    }
    auto fail = [&](const QString& why) {
        return Result<std::shared_ptr<const BarcodeMatrix>>::fail(
            QStringLiteral("forms.barcode"),
            QCoreApplication::translate("pc::forms", "cannot encode \"%1\" as %2: %3")
                .arg(data, symbologyName(symbology), why));
    };
    if (data.isEmpty())
        return fail(QCoreApplication::translate("pc::forms", "no data"));
    // Code 128 and DataMatrix carry ASCII here: identifiers and item data are ASCII by design.
    if (symbology == Symbology::Code128 || symbology == Symbology::DataMatrix)
        for (QChar c : data)
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                return fail(QCoreApplication::translate("pc::forms", "only printable ASCII is allowed"));
    try {
        ZXing::MultiFormatWriter writer(format);
        writer.setMargin(0);
        if (symbology == Symbology::QrCode || symbology == Symbology::Pdf417)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        const ZXing::BitMatrix bits = writer.encode(data.toStdString(), 0, 0);
        auto m = std::make_shared<BarcodeMatrix>();
        m->width = bits.width();
        m->height = symbology == Symbology::Code128 ? 1 : bits.height();
        m->cells.resize(static_cast<size_t>(m->width * m->height));
        for (int y = 0; y < m->height; ++y)
            for (int x = 0; x < m->width; ++x)
                m->cells[static_cast<size_t>(y * m->width + x)] = bits.get(x, y);
        return std::shared_ptr<const BarcodeMatrix>(std::move(m));
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

} // namespace pc::forms::layout
