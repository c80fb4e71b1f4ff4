#pragma once
// A print failure in words a clerk understands, with what to do next. The technical reason stays in
// the queue for an administrator.
#include <QString>

namespace pc::services {

QString clerkPrintMessage(const QString& errorCode, const QString& printer);

} // namespace pc::services
