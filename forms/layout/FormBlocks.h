#pragma once
// Building blocks shared by the paper forms (CN 22/23, Ф.107/112/116/22): a framed cell with a
// small caption and its value, and a party (name, address, postcode, phone) in a frame.
#include "JsonFields.h"
#include "PageBuilder.h"

namespace pc::forms::layout {

// Frame, caption in small type at the top, value below it (wrapped, shrunk down to 5 pt).
void captionedCell(PageBuilder& b, QRectF r, const QString& caption, const QString& value,
                   const QString& field, double valuePt = 9, bool bold = false);
// Frame with caption, name in bold, the address with country, postcode and phone.
void partyCell(PageBuilder& b, QRectF r, const QString& caption, const Party& p, const QString& field,
               double sizePt = 9);
// A check box with its label to the right.
void checkLine(PageBuilder& b, QPointF at, bool checked, const QString& label, double sizePt = 7,
               double widthMm = 40);
QString rub(Money m); // "1 234,56 ₽"

} // namespace pc::forms::layout
