#pragma once
// A counter for the fault tests: a SQLite database in a temporary folder, the office, counter 1 with
// an operator and an open shift, the real CounterServices on a clock the test moves, and the checks
// that prove nothing was half-written after a fault.
#include "../../unit/sale/SaleTestData.h"
#include "db/Connection.h"
#include "db/journal/JournalRepository.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/PersonalDataCipher.h"
#include "services/storage/ArrivalService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace pc::testing {

inline const QDateTime kFaultNoon(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC); // 12:00 in Moscow

inline qint64 scalar(const db::Connection& c, const QString& sql)
{
    QSqlQuery q(c.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A valid S10 identifier (UPU S10 check digit, weights 8 6 4 2 3 5 9 7) for arriving items.
inline QString s10Identifier(int serial)
{
    const QString digits = QStringLiteral("%1").arg(serial, 8, 10, QChar(u'0'));
    const int w[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digits[i].digitValue() * w[i];
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    return QStringLiteral("CP%1%2RU").arg(digits).arg(check);
}

class FaultBench {
public:
    QTemporaryDir dir;
    FixedClock clock{kFaultNoon};
    services::AppConfig cfg;
    std::optional<db::Connection> conn;
    std::unique_ptr<services::CounterServices> counter;
    std::unique_ptr<services::ArrivalService> arrival;
    std::optional<services::PersonalDataCipher> cipher;
    int nextArrival = 5000;

    QString dbPath() const { return dir.filePath(QStringLiteral("faults.db")); }

    // Empty on success, else what went wrong.
    QString setUp(int busyTimeoutMs = 5000)
    {
        db::OpenOptions o;
        o.path = dbPath();
        o.busyTimeoutMs = busyTimeoutMs;
        auto c = db::openSqlite(o);
        if (!c)
            return c.error().message;
        conn.emplace(std::move(*c));
        cfg.officePostcode = QStringLiteral("101000");
        cfg.officeName = QStringLiteral("Москва 101000");
        cfg.counterId = QStringLiteral("1");
        cfg.operatorId = QStringLiteral("clerk");
        cfg.operatorName = QStringLiteral("Иванова А. С.");
        if (auto st = services::ensureOfficeAndCounter(*conn, cfg); !st)
            return st.error().message;
        if (auto st = services::seedDemoRanges(*conn, cfg.officePostcode); !st)
            return st.error().message;
        counter = std::make_unique<services::CounterServices>(
            cfg, *conn, clock, true, services::OperatorPolicy{5, 600, services::HashCost::minimal()});
        if (auto st = counter->tariffs.ensureTariffs(); !st)
            return st.error().message;
        if (auto st = counter->operators.add({QStringLiteral("clerk"), QStringLiteral("Иванова А. С."),
                                              services::Role::Operator, QStringLiteral("c1")});
            !st)
            return st.error().message;
        if (auto st = counter->shifts.open(QStringLiteral("1"), QStringLiteral("clerk"), 500000); !st)
            return st.error().message;
        clock.advanceSecs(60);
        arrival = std::make_unique<services::ArrivalService>(*conn, clock, services::counterContextFrom(cfg),
                                                             services::officeInfoFrom(cfg));
        std::array<unsigned char, 32> key{};
        key.fill(7);
        cipher = services::PersonalDataCipher::fromKey(key);
        counter->issuing.setPersonalDataCipher(&*cipher);
        return {};
    }

    // A cash sale of one registered letter, paid with exactly its price.
    Result<services::SaleResult> sellLetter()
    {
        const acceptance::Shipment letter = registeredLetter();
        services::SaleRequest req;
        req.items = {letter};
        req.payment = {acceptance::PaymentMethod::Cash, counter->sales.check(letter).price.quote.totalKop};
        return counter->sales.commit(req);
    }

    // An item with cash on delivery arrives for issuing; empty on failure.
    QString arriveItem(qint64 codKop)
    {
        services::ArrivalRequest r;
        r.barcode = s10Identifier(++nextArrival);
        r.weightG = 900;
        r.recipientName = QStringLiteral("Иванова Анна");
        r.recipientPhone = QStringLiteral("+7 912 345-67-89");
        r.codKop = codKop;
        auto done = arrival->arrive(r);
        return done ? done->itemId : QString();
    }

    // Hands an item over on a passport, paying what is due in cash.
    Result<services::HandOverResult> handOver(const QString& itemId)
    {
        auto due = counter->issuing.dueFor({itemId});
        if (!due)
            return due.error();
        std::optional<acceptance::PaymentChoice> pay;
        if (due->totalKop > 0)
            pay = acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, due->totalKop};
        return counter->issuing.handOver(
            {{itemId},
             issuing::IdDocumentInput{
                 issuing::IdDocType::RussianPassport, QStringLiteral("4517 938271"), QDate(2017, 4, 12), {}},
             pay});
    }

    // How many rows the operational tables hold: a failed operation must leave this unchanged.
    QList<qint64> footprint() const
    {
        QList<qint64> out;
        for (const char* t :
             {"item", "operation", "outbox", "receipt", "receipt_line", "issued_identifier", "print_job",
              "stored_item", "recipient_identification", "hand_over", "cod_transfer"})
            out << scalar(*conn, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(t)));
        return out;
    }

    // Nothing half-written: empty when every rule holds, else the first that does not.
    QString consistency() const
    {
        const struct {
            const char* what;
            const char* sql;
        } rules[] = {
            {"an item without its operation", "SELECT COUNT(*) FROM item i WHERE NOT EXISTS (SELECT 1 FROM "
                                              "operation o WHERE o.item_id = i.id)"},
            {"an operation without its item",
             "SELECT COUNT(*) FROM operation WHERE item_id NOT IN (SELECT id FROM item)"},
            {"an issued identifier without its item",
             "SELECT COUNT(*) FROM issued_identifier WHERE identifier NOT IN (SELECT id FROM item)"},
            {"an identifier issued twice",
             "SELECT COUNT(*) FROM (SELECT identifier FROM issued_identifier GROUP BY identifier "
             "HAVING COUNT(*) > 1) d"},
            {"a hole in the outbox sequence",
             "SELECT COALESCE(MAX(seq), 0) - COUNT(*) FROM outbox WHERE counter_id = '1'"},
            {"an outbox event without its operation",
             "SELECT COUNT(*) FROM outbox WHERE operation_id NOT IN (SELECT id FROM operation)"},
            {"a damaged database file",
             "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"},
        };
        for (const auto& r : rules) {
            const qint64 n = scalar(*conn, QString::fromLatin1(r.sql));
            if (n != 0)
                return QStringLiteral("%1 (%2)").arg(QLatin1StringView(r.what)).arg(n);
        }
        auto verdict = db::JournalRepository(*conn).verify();
        if (!verdict)
            return verdict.error().message;
        if (!verdict->ok())
            return QStringLiteral("journal chain broken: ") + verdict->firstBreak->message;
        return {};
    }
};

} // namespace pc::testing
