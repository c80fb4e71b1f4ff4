#pragma once
// Cash counted in the drawer, by denomination (Bank of Russia coins and notes in circulation).
#include "domain/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pc::services {

struct CashCount {
    QMap<qint64, qint64> pieces; // denomination in kopecks → number of coins or notes

    static const QList<qint64>& denominations(); // ascending, kopecks
    // The sum; refuses an unknown denomination, a negative count or an overflow.
    Result<qint64> total() const;
    QString toJson() const; // {"500000":2,"10000":3} — stored with the closed shift
    // "5000x2,100x3,0.50x4" (denomination in roubles × count), as typed on the command line.
    static Result<CashCount> parse(const QString& text);
};

} // namespace pc::services
