#include "QrImage.h"

#include "forms/layout/BarcodeEncoder.h"

#include <algorithm>

namespace pc::forms {

Result<QImage> renderQrImage(const QString& data, int modulePx)
{
    auto matrix = layout::encodeBarcode(layout::Symbology::QrCode, data);
    if (!matrix)
        return matrix.error();
    constexpr int kQuiet = 4; // ISO/IEC 18004 quiet zone, in modules
    const auto& m = **matrix;
    const int side = (m.width + 2 * kQuiet) * modulePx;
    QImage img(side, (m.height + 2 * kQuiet) * modulePx, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < m.height; ++y)
        for (int x = 0; x < m.width; ++x)
            if (m.dark(x, y))
                for (int dy = 0; dy < modulePx; ++dy) {
                    uchar* row = img.scanLine((y + kQuiet) * modulePx + dy);
                    std::fill_n(row + (x + kQuiet) * modulePx, modulePx, uchar(0));
                }
    return img;
}

} // namespace pc::forms
