#pragma once
// How a recipient is looked up at the counter: the phone as its national digits (+7 912 345-67-89,
// 8 (912) 3456789 and 9123456789 are the same number) and the name case-folded with spacing collapsed.
#include <QString>

namespace pc::storage {

QString phoneDigits(QStringView phone);
QString nameKey(QStringView name);

} // namespace pc::storage
