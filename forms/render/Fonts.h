#pragma once
// The forms' font: DejaVu Sans (Latin and Cyrillic), embedded in pc_forms as a Qt resource and
// registered with QFontDatabase on first use, so output does not depend on the fonts installed.
#include "domain/Result.h"

#include <QFont>

namespace pc::forms::render {

// Fails when there is no QGuiApplication (fonts cannot be used) or the font resource is missing.
Status fontsReady();
QFont formFont(double sizePt, bool bold);

} // namespace pc::forms::render
