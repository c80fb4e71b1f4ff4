#include "OfficeDayClose.h"

#include "db/OfficeDayRepository.h"
#include "db/Transaction.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOfficeDay, "pc.shift.office_day")

namespace pc::services {

Result<OfficeDayReport> closeOfficeDay(const db::Connection& c, const Clock& clock,
                                       const OfficeDayCloseRequest& request)
{
    auto tx = db::Transaction::begin(c);
    if (!tx)
        return tx.error();
    db::OfficeDayRepository days(c);
    if (auto st = days.lockForClose(request.officePostcode); !st)
        return st.error();
    auto report = buildOfficeDayReport(c, request.day, request.utcOffsetMin, request.options);
    if (!report)
        return report.error();
    const QByteArray json = QJsonDocument(officeDayReportJson(*report)).toJson(QJsonDocument::Compact);
    if (auto st =
            days.recordClosed(request.officePostcode, request.day, clock.nowUtc(), request.operatorId, json);
        !st)
        return st.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcOfficeDay) << "office" << request.officePostcode << "day" << request.day << "closed by"
                        << request.operatorId << "revenue" << report->total.revenueKop;
    return report;
}

} // namespace pc::services
