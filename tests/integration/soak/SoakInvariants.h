#pragma once
// The soak test's invariants, each computed independently from the raw tables with read-only SQL
// (tests may run SQL) and compared with what the windows did and what the reports said. Each check
// returns the violations it found, in words; an empty list means the invariant holds.
#include "db/Connection.h"

#include <QMap>
#include <QStringList>

namespace pc::soak {

using Fields = QMap<QString, QString>; // one "shift …" or "officeday …" line of a window

// The hash chain of every counter verifies, over every row of the journal.
QStringList journalViolations(const db::Connection& c, int windows);
// Each identifier the windows were given is issued once, is an item, and has a valid check digit
// (recomputed here from the published RPO / S10 algorithms); every item id is valid too.
QStringList identifierViolations(const db::Connection& c, const QStringList& acceptedIds);
// Per shift: the Z-report equals the window's own tally and the sums of the raw operation, receipt
// and cash_movement rows; the cash counted at close equals float + cash in − cash out + cash taken.
QStringList shiftViolations(const db::Connection& c, const QList<Fields>& shifts);
// Per office day: one close, its stored totals equal the sum of that day's shifts and of the raw
// journal over the local day.
QStringList officeDayViolations(const db::Connection& c, const QList<Fields>& days,
                                const QList<Fields>& shifts, int windows);
// Each handed-over item once (hand_over row, one 2.x operation, stored_item delivered), each
// refused item returned, none both.
QStringList handOverViolations(const db::Connection& c, const QStringList& handed,
                               const QStringList& refused);
// Every outbox event at the tracking server exactly once, nothing else there, nothing pending or
// parked here, and each counter's events stored in seq order.
QStringList deliveryViolations(const db::Connection& c, const QString& serverDb);

} // namespace pc::soak
