#pragma once
// Draws one page of a layout with QPainter in device units: the shared path of PDF and PNG.
#include "forms/layout/Layout.h"

class QPainter;

namespace pc::forms::render {

// dpmm: device units per millimetre. barcodeDpi: the printer resolution whose whole dots size the
// barcode modules. snap: round positions to whole device pixels (raster output).
void paintPage(QPainter& painter, const layout::Page& page, double dpmm, int barcodeDpi, bool snap);

// Bar/module size in device units for a barcode printed at barcodeDpi.
double moduleDeviceUnits(const layout::Barcode& b, double dpmm, int barcodeDpi);

} // namespace pc::forms::render
