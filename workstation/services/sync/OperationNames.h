#pragma once
// Russian names of tracking operation types and attributes (DOMAIN.md §4), for exports and the
// item history. Unknown codes give an empty string.
#include "domain/TrackingOperation.h"

#include <QString>

namespace pc::services::sync {

QString operationTypeName(int type);
QString operationAttributeName(TrackingOperation op);

} // namespace pc::services::sync
