#pragma once
// Who is working where: every operation is stamped with these.
#include <QString>

namespace pc::services {

struct CounterContext {
    QString officePostcode;
    QString counterId;
    QString operatorId;
    int utcOffsetMin = 180;
};

} // namespace pc::services
