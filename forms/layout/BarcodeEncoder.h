#pragma once
// Encodes barcode data into a module matrix through ZXing-C++ (one module per cell, no quiet zone).
#include "Layout.h"

namespace pc::forms::layout {

Result<std::shared_ptr<const BarcodeMatrix>> encodeBarcode(Symbology symbology, const QString& data);
QString symbologyName(Symbology symbology); // "code128", "datamatrix", "qr", "pdf417"

} // namespace pc::forms::layout
