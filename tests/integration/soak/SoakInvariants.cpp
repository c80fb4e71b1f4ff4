#include "SoakInvariants.h"

#include "../sync/SyncTestSupport.h"
#include "SoakWindowSupport.h"
#include "db/journal/JournalRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace pc::soak {

namespace {

// The rows of a read-only query with bound values, each row as a list of strings.
QList<QStringList> rows(const db::Connection& c, const QString& sql, const QVariantList& binds = {})
{
    QList<QStringList> out;
    QSqlQuery q(c.db());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        out.append({QStringLiteral("SQL error: ") + q.lastError().text()});
        return out;
    }
    while (q.next()) {
        QStringList r;
        for (int i = 0; i < q.record().count(); ++i)
            r << q.value(i).toString();
        out << r;
    }
    return out;
}

// A single number, read as a number: PostgreSQL's SUM over BIGINT is NUMERIC, which the driver hands
// over as a double (its text would be "1e+05").
qint64 number(const db::Connection& c, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(c.db());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 num(const Fields& f, const char* key)
{
    return f.value(QLatin1StringView(key)).toLongLong();
}

// Published check digit algorithms, written out again here so the test does not rely on the code
// it checks. RPO (14 digits): 3 × odd positions + even positions, check = (10 − sum mod 10) mod 10.
// S10: weights 8 6 4 2 3 5 9 7 over the serial, check = 11 − sum mod 11 (10 → 0, 11 → 5).
bool checkDigitValid(const QString& id)
{
    if (id.size() == 14) {
        int sum = 0;
        for (int i = 0; i < 13; ++i) {
            if (!id[i].isDigit())
                return false;
            sum += id[i].digitValue() * (i % 2 == 0 ? 3 : 1);
        }
        return id[13].digitValue() == (10 - sum % 10) % 10;
    }
    if (id.size() == 13) {
        static const int w[8] = {8, 6, 4, 2, 3, 5, 9, 7};
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            if (!id[2 + i].isDigit())
                return false;
            sum += id[2 + i].digitValue() * w[i];
        }
        int check = 11 - sum % 11;
        check = check == 10 ? 0 : check == 11 ? 5 : check;
        return id[10].digitValue() == check;
    }
    return false;
}

void expectEqual(QStringList& v, const QString& what, qint64 actual, qint64 expected)
{
    if (actual != expected)
        v << QStringLiteral("%1: %2, expected %3").arg(what).arg(actual).arg(expected);
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QStringList journalViolations(const db::Connection& c, int windows)
{
    QStringList v;
    auto verdict = db::JournalRepository(c).verify();
    if (!verdict)
        return {verdict.error().message};
    if (!verdict->ok())
        v << QStringLiteral("journal broken at counter %1 operation %2: %3")
                 .arg(verdict->firstBreak->counterId)
                 .arg(verdict->firstBreak->operationId)
                 .arg(verdict->firstBreak->message);
    expectEqual(v, QStringLiteral("counters with a chain"), verdict->counters, windows);
    expectEqual(v, QStringLiteral("journal rows checked"), verdict->rowsChecked,
                number(c, QStringLiteral("SELECT COUNT(*) FROM operation")));
    expectEqual(v, QStringLiteral("unchained rows"), verdict->legacyRows, 0);
    return v;
}

QStringList identifierViolations(const db::Connection& c, const QStringList& acceptedIds)
{
    QStringList v;
    const QSet<QString> ids(acceptedIds.cbegin(), acceptedIds.cend());
    expectEqual(v, QStringLiteral("distinct identifiers given to the windows"), ids.size(),
                acceptedIds.size());
    QSet<QString> issued;
    for (const QStringList& r : rows(c, QStringLiteral("SELECT identifier FROM issued_identifier")))
        issued.insert(r.value(0));
    expectEqual(v, QStringLiteral("issued identifiers"),
                number(c, QStringLiteral("SELECT COUNT(*) FROM issued_identifier")), acceptedIds.size());
    if (issued != ids)
        v << QStringLiteral("issued identifiers differ from those the windows were given");
    for (const QStringList& r : rows(c, QStringLiteral("SELECT id FROM item")))
        if (!checkDigitValid(r.value(0)))
            v << QStringLiteral("item %1 has a wrong check digit").arg(r.value(0));
    for (const QString& id : acceptedIds)
        if (number(c, QStringLiteral("SELECT COUNT(*) FROM item WHERE id = ?"), {id}) != 1)
            v << QStringLiteral("identifier %1 is not exactly one item").arg(id);
    return v;
}

QStringList shiftViolations(const db::Connection& c, const QList<Fields>& shifts)
{
    QStringList v;
    for (const Fields& s : shifts) {
        const qint64 id = num(s, "id");
        const QString at = QStringLiteral("shift %1: ").arg(id);
        // The window's own tally against its Z-report.
        expectEqual(v, at + QStringLiteral("Z revenue vs what the window took"), num(s, "z_revenue"),
                    num(s, "sales_cash") + num(s, "sales_card") + num(s, "hand_cash") - num(s, "cod"));
        expectEqual(v, at + QStringLiteral("Z COD vs the window"), num(s, "z_cod"), num(s, "cod"));
        expectEqual(v, at + QStringLiteral("Z cash vs the window"), num(s, "z_cash"),
                    num(s, "sales_cash") + num(s, "hand_cash"));
        expectEqual(v, at + QStringLiteral("Z card vs the window"), num(s, "z_card"), num(s, "sales_card"));
        expectEqual(v, at + QStringLiteral("Z accepted"), num(s, "z_accepted"), num(s, "accepted"));
        expectEqual(v, at + QStringLiteral("Z issued"), num(s, "z_issued"), num(s, "issued"));
        expectEqual(v, at + QStringLiteral("Z returned"), num(s, "z_returned"), num(s, "refused"));
        expectEqual(v, at + QStringLiteral("Z cash in"), num(s, "z_in"), num(s, "in"));
        expectEqual(v, at + QStringLiteral("Z cash out"), num(s, "z_out"), num(s, "out"));

        // The raw rows of the shift.
        const auto shift =
            rows(c,
                 QStringLiteral("SELECT counter_id, opened_at, closed_at, float_kop, counted_kop, "
                                "expected_kop, sealed FROM shift WHERE id = ?"),
                 {id});
        if (shift.size() != 1 || shift.first().size() != 7) {
            v << at + QStringLiteral("no such shift row");
            continue;
        }
        const QStringList& r = shift.first();
        const QVariantList window{r[0], r[1], r[2]};
        const QString inWindow =
            QStringLiteral(" FROM operation WHERE counter_id = ? AND occurred_at >= ? AND "
                           "occurred_at < ?");
        expectEqual(v, at + QStringLiteral("Z operations vs journal rows"), num(s, "z_ops"),
                    number(c, QStringLiteral("SELECT COUNT(*)") + inWindow, window));
        expectEqual(v, at + QStringLiteral("Z revenue vs journal"), num(s, "z_revenue"),
                    number(c,
                           QStringLiteral("SELECT COALESCE(SUM(amount_kop), 0)") + inWindow +
                               QStringLiteral(" AND op_type <> 63"),
                           window));
        expectEqual(v, at + QStringLiteral("Z COD vs journal"), num(s, "z_cod"),
                    number(c,
                           QStringLiteral("SELECT COALESCE(SUM(amount_kop), 0)") + inWindow +
                               QStringLiteral(" AND op_type = 63"),
                           window));
        expectEqual(v, at + QStringLiteral("Z accepted vs journal"), num(s, "z_accepted"),
                    number(c,
                           QStringLiteral("SELECT COUNT(*)") + inWindow + QStringLiteral(" AND op_type = 1"),
                           window));
        // Payments by method from the shift's receipts (refunds negative), a second, separate source.
        const QString byMethod = QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'sale' THEN total_kop "
                                                "ELSE -total_kop END), 0) FROM receipt "
                                                "WHERE shift_id = ? AND method = ?");
        const qint64 cashReceipts = number(c, byMethod, {id, QStringLiteral("cash")});
        expectEqual(v, at + QStringLiteral("Z cash vs receipts"), num(s, "z_cash"), cashReceipts);
        expectEqual(v, at + QStringLiteral("Z card vs receipts"), num(s, "z_card"),
                    number(c, byMethod, {id, QStringLiteral("card")}));
        expectEqual(
            v, at + QStringLiteral("receipts of the counter in the shift without its id"),
            number(c,
                   QStringLiteral("SELECT COUNT(*) FROM receipt WHERE counter_id = ? AND created_at >= ? "
                                  "AND created_at < ? AND (shift_id IS NULL OR shift_id <> ?)"),
                   {r[0], r[1], r[2], id}),
            0);
        const QString moved = QStringLiteral(
            "SELECT COALESCE(SUM(amount_kop), 0) FROM cash_movement WHERE shift_id = ? AND kind = ?");
        const qint64 in = number(c, moved, {id, QStringLiteral("in")});
        const qint64 out = number(c, moved, {id, QStringLiteral("out")});
        expectEqual(v, at + QStringLiteral("cash in rows"), in, num(s, "in"));
        expectEqual(v, at + QStringLiteral("cash out rows"), out, num(s, "out"));
        // The drawer: counted at close == float + in − out + cash taken.
        const qint64 counted = r[4].toLongLong();
        expectEqual(v, at + QStringLiteral("cash counted vs float + in − out + cash receipts"), counted,
                    r[3].toLongLong() + in - out + cashReceipts);
        expectEqual(v, at + QStringLiteral("counted vs expected"), counted, r[5].toLongLong());
        expectEqual(v, at + QStringLiteral("Z counted"), num(s, "z_counted"), counted);
        expectEqual(v, at + QStringLiteral("sealed"), r[6].toLongLong(), 1);
    }
    return v;
}

QStringList officeDayViolations(const db::Connection& c, const QList<Fields>& days,
                                const QList<Fields>& shifts, int windows)
{
    QStringList v;
    expectEqual(v, QStringLiteral("office days closed"),
                number(c, QStringLiteral("SELECT COUNT(*) FROM office_day")), days.size());
    for (const Fields& d : days) {
        const QDate date = QDate::fromString(d.value(QStringLiteral("date")), Qt::ISODate);
        const QString at = QStringLiteral("office day %1: ").arg(date.toString(Qt::ISODate));
        const auto stored =
            rows(c, QStringLiteral("SELECT report FROM office_day WHERE office_postcode = ? AND day = ?"),
                 {kOffice, date.toString(Qt::ISODate)});
        if (stored.size() != 1) {
            v << at + QStringLiteral("closed %1 times").arg(stored.size());
            continue;
        }
        const QJsonObject totals = QJsonDocument::fromJson(stored.first().value(0).toUtf8())
                                       .object()
                                       .value(QStringLiteral("totals"))
                                       .toObject();
        const qint64 revenue = totals.value(QStringLiteral("revenue_kop")).toInteger();
        const qint64 operations = totals.value(QStringLiteral("operations")).toInteger();
        // The sum of the day's shifts (every window works one shift a day).
        qint64 shiftRevenue = 0, shiftOps = 0, shiftCod = 0, shiftCount = 0;
        const QString dayIndex = d.value(QStringLiteral("day"));
        for (const Fields& s : shifts)
            if (s.value(QStringLiteral("day")) == dayIndex) {
                shiftRevenue += num(s, "z_revenue");
                shiftOps += num(s, "z_ops");
                shiftCod += num(s, "z_cod");
                ++shiftCount;
            }
        expectEqual(v, at + QStringLiteral("shifts"), shiftCount, windows);
        expectEqual(v, at + QStringLiteral("stored revenue vs the sum of the shifts"), revenue, shiftRevenue);
        expectEqual(v, at + QStringLiteral("stored operations vs the sum of the shifts"), operations,
                    shiftOps);
        expectEqual(v, at + QStringLiteral("stored COD vs the sum of the shifts"),
                    totals.value(QStringLiteral("cod_collected_kop")).toInteger(), shiftCod);
        expectEqual(v, at + QStringLiteral("reported revenue vs stored"), num(d, "revenue"), revenue);
        // The raw journal over the office's local day.
        const QTimeZone zone = QTimeZone(kUtcOffsetMin * 60);
        const QVariantList span{utcText(QDateTime(date, QTime(0, 0), zone)),
                                utcText(QDateTime(date.addDays(1), QTime(0, 0), zone))};
        expectEqual(
            v, at + QStringLiteral("stored revenue vs journal"), revenue,
            number(c,
                   QStringLiteral("SELECT COALESCE(SUM(amount_kop), 0) FROM operation WHERE occurred_at >= ? "
                                  "AND occurred_at < ? AND op_type <> 63"),
                   span));
        expectEqual(v, at + QStringLiteral("stored operations vs journal"), operations,
                    number(c,
                           QStringLiteral(
                               "SELECT COUNT(*) FROM operation WHERE occurred_at >= ? AND occurred_at < ?"),
                           span));
    }
    return v;
}

QStringList handOverViolations(const db::Connection& c, const QStringList& handed, const QStringList& refused)
{
    QStringList v;
    const QSet<QString> h(handed.cbegin(), handed.cend()), r(refused.cbegin(), refused.cend());
    expectEqual(v, QStringLiteral("distinct items handed over"), h.size(), handed.size());
    if (h.intersects(r))
        v << QStringLiteral("an item was both handed over and refused");
    expectEqual(v, QStringLiteral("hand_over rows"),
                number(c, QStringLiteral("SELECT COUNT(*) FROM hand_over")), handed.size());
    expectEqual(v, QStringLiteral("items delivered"),
                number(c, QStringLiteral("SELECT COUNT(*) FROM stored_item WHERE state = 'delivered'")),
                handed.size());
    expectEqual(v, QStringLiteral("items returned"),
                number(c, QStringLiteral("SELECT COUNT(*) FROM stored_item WHERE state = 'returned'")),
                refused.size());
    for (const QStringList& row : rows(
             c, QStringLiteral("SELECT item_id, COUNT(*) FROM operation WHERE op_type = 2 GROUP BY item_id")))
        if (row.value(1) != QStringLiteral("1") || !h.contains(row.value(0)))
            v << QStringLiteral("item %1 has %2 delivery operations").arg(row.value(0), row.value(1));
    return v;
}

QStringList deliveryViolations(const db::Connection& c, const QString& serverDb)
{
    QStringList v;
    QSet<QString> client;
    for (const QStringList& r : rows(c, QStringLiteral("SELECT event_id FROM outbox")))
        client.insert(r.value(0));
    expectEqual(
        v, QStringLiteral("events pending or parked at the office"),
        number(c, QStringLiteral(
                      "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL OR parked_reason IS NOT NULL")),
        0);
    const QStringList server = synctest::column(serverDb, QStringLiteral("SELECT event_id FROM event"));
    const QSet<QString> s(server.cbegin(), server.cend());
    expectEqual(v, QStringLiteral("events held twice by the server"), server.size() - s.size(), 0);
    if (client != s)
        v << QStringLiteral("office has %1 events, server %2, in common %3")
                 .arg(client.size())
                 .arg(s.size())
                 .arg(QSet<QString>(client).intersect(s).size());
    // Each counter's events were stored in seq order.
    const QStringList order =
        synctest::column(serverDb, QStringLiteral("SELECT counter || ' ' || seq FROM event ORDER BY rowid"));
    QMap<QString, qint64> last;
    for (const QString& cs : order) {
        const QString counter = cs.section(u' ', 0, 0);
        const qint64 seq = cs.section(u' ', 1, 1).toLongLong();
        if (seq <= last.value(counter, 0))
            v << QStringLiteral("counter %1: seq %2 stored after seq %3")
                     .arg(counter)
                     .arg(seq)
                     .arg(last.value(counter));
        last[counter] = seq;
    }
    return v;
}

} // namespace pc::soak
