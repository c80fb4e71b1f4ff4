#pragma once
// A QR code as a plain image (black modules on white, 4-module quiet zone): what
// `postcounter-cli prefill make --png` writes for a customer's pre-filled shipment.
#include "domain/Result.h"

#include <QImage>
#include <QString>

namespace pc::forms {

Result<QImage> renderQrImage(const QString& data, int modulePx = 6);

} // namespace pc::forms
