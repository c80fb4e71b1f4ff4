#pragma once
// Closing the office day across all its counter windows: allowed only when every counter's shift is
// closed. The check locks the office's counter rows (PostgreSQL: FOR UPDATE; SQLite: the write
// transaction already excludes everyone), and opening a shift shares its counter row, so a window
// cannot open a shift between the check and the end of the caller's transaction.
#include "Connection.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace pc::db {

class OfficeDayRepository {
public:
    explicit OfficeDayRepository(const Connection& c) : m_c(c) {}

    // Counters of the office with an open shift, in id order.
    Result<QStringList> countersWithOpenShift(const QString& officePostcode) const;
    // Inside a transaction: refuses ("office_day.shift_open", naming the counters) while any shift of
    // the office is open, and holds the counters until the transaction ends.
    Status lockForClose(const QString& officePostcode);
    // When the day was closed, if it was.
    Result<std::optional<QDateTime>> closedAt(const QString& officePostcode, QDate day) const;
    // Inside the transaction that locked: refused ("office_day.closed") when the day is already closed.
    Status recordClosed(const QString& officePostcode, QDate day, const QDateTime& atUtc,
                        const QString& operatorId, const QByteArray& reportJson);

private:
    const Connection& m_c;
};

} // namespace pc::db
