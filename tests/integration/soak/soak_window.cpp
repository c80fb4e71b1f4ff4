// One counter window living through a simulated week on the shared office database (test_soak).
//   pc_soak_window DB setup WINDOWS                 the office 101000, counters and operators 1..WINDOWS,
//                                                   a supervisor "head", sample ranges and tariffs
//   pc_soak_window DB window W WINDOWS DAYS OPS START_UTC ENDPOINT DIR
// Each day, on its own injected clock (START_UTC + day, advanced per operation): open the shift, take
// change (cash in), OPS sales (letters and parcels, cash or card on the simulated terminal, some with
// COD, a third addressed to this office), the arrivals of the items a neighbour window accepted for
// this office the day before plus two imported ones, hand-overs (some refused, one item scanned again),
// sync the outbox to the tracking server at ENDPOINT, collect cash (cash out), X-report, close with
// the counted cash equal to the expected. Window 1 then closes the office day once every window's
// shift is closed (marker files in DIR); everyone waits for that close (a database poll).
// What the window did and what the reports said go to stdout as "tag key=value…" lines; the exit code
// is 0 unless something a clerk would have seen as an error happened.
#include "SoakWindowSupport.h"
#include "db/OfficeDayRepository.h"
#include "db/TransactionRunner.h"
#include "drivers/sim/SimulatedPaymentTerminal.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/PersonalDataCipher.h"
#include "services/shift/OfficeDayClose.h"
#include "services/storage/ArrivalService.h"
#include "services/sync/OutboxDrainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace pc;
using namespace pc::services;
using namespace pc::soak;

namespace {

constexpr qint64 kFloatKop = 300000;  // 3 000 ₽ in the drawer at opening
constexpr qint64 kChangeKop = 100000; // 1 000 ₽ of change from the head of office

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int setup(const QString& db, int windows)
{
    auto c = db::open({db});
    if (!c) {
        err() << c.error().message << "\n";
        return 3;
    }
    for (int w = 1; w <= windows; ++w)
        if (auto st = ensureOfficeAndCounter(*c, windowConfig(db, w)); !st) {
            err() << st.error().message << "\n";
            return 1;
        }
    if (auto st = seedDemoRanges(*c, kOffice); !st) {
        err() << st.error().message << "\n";
        return 1;
    }
    SystemClock clock;
    CounterServices counter(windowConfig(db, 1), *c, clock, false);
    QList<NewOperator> ops{{kHead, QStringLiteral("Head of office"), Role::Supervisor, kPassword}};
    for (int w = 1; w <= windows; ++w)
        ops.append({operatorOf(w), QStringLiteral("Clerk %1").arg(w), Role::Operator, kPassword});
    for (const NewOperator& op : ops)
        if (auto st = counter.operators.add(op); !st) {
            err() << st.error().message << "\n";
            return 1;
        }
    if (auto st = counter.tariffs.ensureTariffs(); !st) {
        err() << st.error().message << "\n";
        return 1;
    }
    return 0;
}

// The outbox to the tracking server, until it is empty; every window drains the whole office, as
// every workstation's sync thread does, so drains overlap and the server sees duplicates.
bool drain(const QString& db, const QString& endpoint, int& attempts)
{
    sync::SyncConfig cfg;
    cfg.endpoint = endpoint;
    cfg.token = QStringLiteral("test-token");
    cfg.timeoutMs = 20000;
    cfg.backoffBaseMs = 50;
    cfg.backoffCapMs = 500;
    for (int attempt = 0; attempt < 20; ++attempt) {
        ++attempts;
        sync::OutboxDrainer drainer(cfg, db, sync::OutboxDrainer::Once);
        int code = -1;
        QString message;
        QEventLoop loop;
        QObject::connect(&drainer, &sync::OutboxDrainer::finished, &loop, [&](int c, const QString& m) {
            code = c;
            message = m;
            loop.quit();
        });
        QTimer::singleShot(0, &drainer, &sync::OutboxDrainer::start);
        loop.exec();
        drainer.stop();
        if (code == sync::OutboxDrainer::Drained)
            return true;
        err() << "drain attempt " << attempt << ": " << message << "\n";
        QThread::msleep(50 + 25 * attempt);
    }
    return false;
}

class SoakWindow {
public:
    SoakWindow(const db::Connection& c, const WindowPlan& plan)
        : m_c(c), m_plan(plan), m_cfg(windowConfig(plan.db, plan.window)), m_clock(plan.startUtc),
          m_counter(m_cfg, c, m_clock, true),
          m_arrivals(c, m_clock, counterContextFrom(m_cfg), officeInfoFrom(m_cfg)),
          m_cipher(PersonalDataCipher::fromKey(std::array<unsigned char, 32>{}))
    {
        m_counter.issuing.setPersonalDataCipher(&m_cipher);
    }

    Status start()
    {
        auto card = CardTerminal::start({QStringLiteral("sim"), {}, 0, 30});
        if (!card)
            return card.error();
        m_card = std::move(*card);
        m_card->simulator()->setStepDelayMs(0);
        m_card->simulator()->setDefaultOutcome(drivers::SimulatedPaymentTerminal::Outcome::Approve);
        m_counter.setPaymentTerminal(m_card->terminal(), m_card->timeoutMs());
        return {};
    }

    Status day(int d)
    {
        ShiftTally t;
        t.day = d;
        m_clock.set(m_plan.startUtc.addDays(d).addSecs(qint64(m_plan.window) * 7));
        auto shift = m_counter.shifts.open(m_cfg.counterId, m_cfg.operatorId, kFloatKop);
        if (!shift)
            return shift.error();
        t.shiftId = shift->id;
        t.floatKop = kFloatKop;
        tick();
        if (auto in =
                m_counter.shifts.cashIn(shift->id, kChangeKop, QStringLiteral("размен"), m_cfg.operatorId);
            !in)
            return in.error();
        t.cashInKop += kChangeKop;

        QStringList forHere; // accepted today for delivery at this office: a neighbour arrives them
        for (int i = 0; i < m_plan.ops; ++i)
            if (auto st = sell(d, i, t, forHere); !st)
                return st;
        if (auto st = writeLines(markerPath(m_plan.dir, QStringLiteral("local"), d, m_plan.window), forHere);
            !st)
            return st;

        QStringList arrived;
        if (auto st = arrive(d, arrived); !st)
            return st;
        if (auto st = handOver(arrived, t); !st)
            return st;

        if (!drain(m_plan.db, m_plan.endpoint, m_syncAttempts))
            return Error{QStringLiteral("soak.sync"), QStringLiteral("the outbox did not drain")};

        // Collect half of the takings (cash out), then count exactly what the journal expects.
        tick();
        auto x = m_counter.shifts.xReport(m_cfg.counterId);
        if (!x)
            return x.error();
        const qint64 collect = (x->expectedCashKop - kFloatKop - kChangeKop) / 2;
        if (collect > 0) {
            if (auto o = m_counter.shifts.cashOut(shift->id, collect, QStringLiteral("инкассация"),
                                                  m_cfg.operatorId);
                !o)
                return o.error();
            t.cashOutKop += collect;
        }
        tick();
        auto x2 = m_counter.shifts.xReport(m_cfg.counterId);
        if (!x2)
            return x2.error();
        tick();
        CloseRequest closing;
        closing.operatorId = m_cfg.operatorId;
        closing.countedTotalKop = x2->expectedCashKop;
        auto closed = m_counter.shifts.close(shift->id, closing);
        if (!closed)
            return closed.error();
        out() << shiftLine(t, closed->report) << "\n";
        if (auto st = writeLines(markerPath(m_plan.dir, QStringLiteral("closed"), d, m_plan.window), {}); !st)
            return st;
        return endOfDay(d);
    }

    int syncAttempts() const { return m_syncAttempts; }
    qint64 operations() const { return m_operations; }

private:
    void tick()
    {
        m_clock.advanceSecs(m_plan.tickSecs);
        ++m_operations;
    }

    Status sell(int d, int i, ShiftTally& t, QStringList& forHere)
    {
        tick();
        const SoakSale s = soakSale(m_plan.window, d, i);
        SaleRequest req;
        req.items = {s.shipment};
        req.payment.method = s.card ? acceptance::PaymentMethod::Card : acceptance::PaymentMethod::Cash;
        if (!s.card) {
            auto total = m_counter.sales.totalFor(req);
            if (!total)
                return total.error();
            req.payment.tenderedKop = (*total + 9999) / 10000 * 10000; // round up to 100 ₽
        }
        auto sale = m_counter.sales.commit(req);
        if (!sale)
            return sale.error();
        (s.card ? t.salesCardKop : t.salesCashKop) += sale->totalKop;
        for (const SaleItem& it : sale->items) {
            ++t.accepted;
            out() << "id " << it.id.text << "\n";
            if (s.forThisOffice)
                forHere << it.id.text;
        }
        return {};
    }

    Status arrive(int d, QStringList& arrived)
    {
        QList<ArrivalRequest> requests;
        if (d > 0) {
            const int from = m_plan.window % m_plan.windows + 1; // the neighbour's yesterday
            for (const QString& id :
                 readLines(markerPath(m_plan.dir, QStringLiteral("local"), d - 1, from))) {
                ArrivalRequest r;
                r.barcode = id;
                requests << r;
            }
        }
        for (int k = 0; k < 2; ++k)
            requests << importedArrival(m_plan.window, m_plan.windows, d, k);
        for (const ArrivalRequest& r : requests) {
            tick();
            auto a = m_arrivals.arrive(r);
            if (!a)
                return a.error();
            arrived << a->itemId;
            out() << "arrived " << a->itemId << "\n";
        }
        return {};
    }

    Status handOver(const QStringList& arrived, ShiftTally& t)
    {
        const issuing::IdDocumentInput passport{issuing::IdDocType::RussianPassport,
                                                QStringLiteral("4510 123456"), QDate(2015, 3, 20),
                                                QStringLiteral("ОВД Тверского района")};
        for (int j = 0; j < arrived.size(); ++j) {
            tick();
            const QString& id = arrived[j];
            if (j % 5 == 4) { // the addressee refuses it
                auto r = m_counter.issuing.refuse(id, QStringLiteral("адресат отказался"));
                if (!r)
                    return r.error();
                ++t.refused;
                out() << "refused " << id << "\n";
                continue;
            }
            auto due = m_counter.issuing.dueFor({id});
            if (!due)
                return due.error();
            std::optional<acceptance::PaymentChoice> pay;
            if (due->totalKop > 0)
                pay = acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, due->totalKop};
            auto h = m_counter.issuing.handOver({{id}, passport, pay});
            if (!h)
                return h.error();
            for (const HandedOverItem& item : h->items) {
                ++t.issued;
                t.handCashKop += item.due.totalKop();
                t.codKop += item.due.codKop;
                out() << "handed " << item.itemId << "\n";
            }
            m_handedBefore = id;
        }
        // The same item scanned a second time (yesterday's or today's): refused, never handed twice.
        if (!m_handedBefore.isEmpty()) {
            tick();
            auto again = m_counter.issuing.handOver({{m_handedBefore}, passport, std::nullopt});
            if (again)
                return Error{QStringLiteral("soak.twice"),
                             QStringLiteral("%1 handed over twice").arg(m_handedBefore)};
            out() << "again " << m_handedBefore << " " << again.error().code << "\n";
        }
        return {};
    }

    Status endOfDay(int d)
    {
        const QDate date = m_plan.startUtc.addDays(d).toOffsetFromUtc(kUtcOffsetMin * 60).date();
        if (m_plan.window == 1) {
            if (!waitFor(
                    m_plan.dir,
                    [&] {
                        for (int w = 1; w <= m_plan.windows; ++w)
                            if (!QFile::exists(markerPath(m_plan.dir, QStringLiteral("closed"), d, w)))
                                return false;
                        return true;
                    },
                    m_plan.barrierMs))
                return Error{QStringLiteral("soak.barrier"), QStringLiteral("not every shift closed")};
            // Evening, after every window's day.
            m_clock.set(m_plan.startUtc.addDays(d).addSecs(13 * 3600));
            OfficeDayCloseRequest req{kOffice, date, kUtcOffsetMin, kHead, {}};
            auto report = closeOfficeDay(m_c, m_clock, req);
            if (!report)
                return report.error();
            out() << "officeday day=" << d << " date=" << date.toString(Qt::ISODate)
                  << " operations=" << report->total.operations << " accepted=" << report->total.itemsAccepted
                  << " revenue=" << report->total.revenueKop << " cod=" << report->total.codCollectedKop
                  << " shifts=" << report->shiftsClosed.size() << "\n";
        }
        db::OfficeDayRepository days(m_c);
        if (!waitFor(
                m_plan.dir,
                [&] {
                    auto at = days.closedAt(kOffice, date);
                    return at.ok() && at->has_value();
                },
                m_plan.barrierMs))
            return Error{QStringLiteral("soak.barrier"), QStringLiteral("the office day was not closed")};
        return {};
    }

    const db::Connection& m_c;
    WindowPlan m_plan;
    AppConfig m_cfg;
    FixedClock m_clock;
    CounterServices m_counter;
    ArrivalService m_arrivals;
    PersonalDataCipher m_cipher;
    std::unique_ptr<CardTerminal> m_card;
    QString m_handedBefore;
    int m_syncAttempts = 0;
    qint64 m_operations = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() == 4 && a[2] == QStringLiteral("setup"))
        return setup(a[1], a[3].toInt());
    auto plan = parsePlan(a);
    if (!plan) {
        err() << plan.error().message << "\n";
        return 2;
    }
    auto c = db::open({plan->db});
    if (!c) {
        err() << c.error().message << "\n";
        return 3;
    }
    QElapsedTimer wall;
    wall.start();
    SoakWindow window(*c, *plan);
    Status st = window.start();
    for (int d = 0; st && d < plan->days; ++d)
        st = window.day(d);
    out() << "done operations=" << window.operations() << " ms=" << wall.elapsed()
          << " sync_attempts=" << window.syncAttempts() << " retries=" << db::transactionRetryCount() << "\n";
    out().flush();
    if (!st) {
        err() << "window " << plan->window << ": " << st.error().code << ": " << st.error().message << "\n";
        // The others wait at the barrier for this window: let them know instead of timing out.
        (void)writeLines(plan->dir + QStringLiteral("/failed"), {QString::number(plan->window)});
        return 1;
    }
    return 0;
}
