#pragma once
// Wraps and shrinks text into its box with the metrics of the embedded font (DejaVu Sans), so
// every renderer draws the same lines. Too much text for the box is an error naming the field.
#include "Layout.h"

namespace pc::forms::layout {

// Width of text in millimetres at a point size.
double textWidthMm(const QString& text, double sizePt, bool bold);

// Fills box.lines / fittedPt / lineHeightMm / ascentMm, or fails with code "forms.text_overflow".
Status fitText(TextBox& box);

} // namespace pc::forms::layout
