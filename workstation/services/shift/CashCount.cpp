#include "CashCount.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc::services {

const QList<qint64>& CashCount::denominations()
{
    // Coins 1, 5, 10, 50 kopecks and 1, 2, 5, 10 roubles; notes 5 to 5 000 roubles.
    static const QList<qint64> list = {1,    5,     10,    50,    100,    200,    500,   1000,
                                       5000, 10000, 20000, 50000, 100000, 200000, 500000};
    return list;
}

Result<qint64> CashCount::total() const
{
    const QList<qint64>& known = denominations();
    Money sum;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        if (!known.contains(it.key()))
            return Error{QStringLiteral("cash.denomination"),
                         QCoreApplication::translate("Shift", "%1 is not a rouble coin or note.")
                             .arg(Money::fromKopecks(it.key()).format(NumberStyle::Russian))};
        if (it.value() < 0)
            return Error{QStringLiteral("cash.count"),
                         QCoreApplication::translate("Shift", "The number of %1 pieces cannot be negative.")
                             .arg(Money::fromKopecks(it.key()).format(NumberStyle::Russian))};
        auto part = Money::fromKopecks(it.key()).times(it.value());
        if (!part)
            return part.error();
        auto next = sum.plus(*part);
        if (!next)
            return next.error();
        sum = *next;
    }
    return sum.kopecks();
}

QString CashCount::toJson() const
{
    QJsonObject o;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        o.insert(QString::number(it.key()), static_cast<double>(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<CashCount> CashCount::parse(const QString& text)
{
    CashCount c;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList dn = part.trimmed().split(u'x');
        bool ok = false;
        const qint64 n = dn.size() == 2 ? dn[1].trimmed().toLongLong(&ok) : 0;
        auto denom = dn.size() == 2 ? Money::parse(dn[0].trimmed(), NumberStyle::English)
                                    : Result<Money>::fail(QString(), QString());
        if (!ok || !denom)
            return Error{QStringLiteral("cash.syntax"),
                         QCoreApplication::translate("Shift",
                                                     "Write the count as DENOMINATIONxCOUNT pairs, e.g. "
                                                     "5000x2,100x3,0.50x4 (not \"%1\").")
                             .arg(part)};
        c.pieces[denom->kopecks()] += n;
    }
    if (auto t = c.total(); !t)
        return t.error();
    return c;
}

} // namespace pc::services
