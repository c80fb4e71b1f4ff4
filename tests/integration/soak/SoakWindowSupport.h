#pragma once
// The soak test's vocabulary, shared by the window driver (soak_window.cpp) and the test that reads
// its output (test_soak.cpp): the office, who works at which window, what each window sells on a
// given day, the marker files of the end-of-day barrier and the "tag key=value…" lines.
#include "domain/Result.h"
#include "domain/acceptance/Shipment.h"
#include "services/AppConfig.h"
#include "services/shift/ShiftReport.h"
#include "services/storage/ArrivalService.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <functional>

namespace pc::soak {

inline const QString kOffice = QStringLiteral("101000");
inline const QString kHead = QStringLiteral("head");
inline const QString kPassword = QStringLiteral("soak-password-1");
inline constexpr int kUtcOffsetMin = 180;

QString operatorOf(int window);
services::AppConfig windowConfig(const QString& db, int window);

// One window's week: pc_soak_window DB window W WINDOWS DAYS OPS START_UTC ENDPOINT DIR.
struct WindowPlan {
    QString db;
    int window = 1;
    int windows = 8;
    int days = 7;
    int ops = 10; // sales per day
    QDateTime startUtc;
    QString endpoint;
    QString dir;       // marker files shared by the windows
    int tickSecs = 40; // simulated seconds per operation: a day's work stays within the office day
    int barrierMs = 0; // how long to wait for the other windows at the end of a day
};
Result<WindowPlan> parsePlan(const QStringList& args);

// Sale i of a window's day: a letter or a parcel, paid in cash or by card; every third one for
// delivery at this office (a neighbour window arrives it the next day), half of those with COD.
struct SoakSale {
    acceptance::Shipment shipment;
    bool card = false;
    bool forThisOffice = false;
};
SoakSale soakSale(int window, int day, int i);
// An item arriving from elsewhere (unknown here, registered from the scan), k = 0, 1 per window and
// day; the second carries COD.
services::ArrivalRequest importedArrival(int window, int windows, int day, int k);

// What a window itself paid and took during one shift, printed next to its Z-report.
struct ShiftTally {
    int day = 0;
    qint64 shiftId = 0;
    qint64 floatKop = 0, cashInKop = 0, cashOutKop = 0;
    qint64 salesCashKop = 0, salesCardKop = 0;
    qint64 handCashKop = 0; // everything collected at hand-overs (all cash), COD included
    qint64 codKop = 0;
    qint64 accepted = 0, issued = 0, refused = 0;
};
QString shiftLine(const ShiftTally& t, const services::ShiftReport& z);

// "tag k=v k=v" → {k: v}
QMap<QString, QString> fieldsOf(const QString& line);

QString markerPath(const QString& dir, const QString& kind, int day, int window);
Status writeLines(const QString& path, const QStringList& lines);
QStringList readLines(const QString& path);
// Polls ready() until it holds; false after timeoutMs or as soon as a window reported a failure.
bool waitFor(const QString& dir, const std::function<bool()>& ready, int timeoutMs);

} // namespace pc::soak
