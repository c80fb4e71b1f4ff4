#include "StorageService.h"

#include "db/ItemRepository.h"
#include "db/Transaction.h"
#include "db/issuing/IssuingRepository.h"
#include "domain/storage/RecipientKeys.h"
#include "services/acceptance/AcceptanceRecorder.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcStorage, "pc.services.storage")

namespace pc::services {

namespace {
bool phoneLike(const QString& s)
{
    // "+7 912 345-67-89", "8(912)3456789": digits with the usual separators, 10 or 11 digits.
    for (QChar c : s)
        if (!(c.isDigit() || c == u'+' || c == u' ' || c == u'-' || c == u'(' || c == u')'))
            return false;
    const QString d = storage::phoneDigits(s);
    return d.size() == 10;
}
bool international(const db::ItemRecord& item)
{
    if (item.objectCode && *item.objectCode % 10 == 1)
        return true;
    return item.kind == IdKind::S10 && !item.id.endsWith(QStringLiteral("RU"));
}
Error notStored(const QString& id)
{
    return Error{QStringLiteral("storage.not_stored"),
                 QCoreApplication::translate("Storage", "Item %1 is not in storage here.").arg(id)};
}
} // namespace

QDate StorageService::localToday() const
{
    return m_clock.nowUtc().addSecs(qint64(m_ctx.utcOffsetMin) * 60).date();
}

Result<QList<StoredItemView>> StorageService::withItems(QList<db::StoredItemRecord> rows) const
{
    db::ItemRepository items(m_c);
    QList<StoredItemView> out;
    out.reserve(rows.size());
    for (auto& r : rows) {
        StoredItemView v;
        auto item = items.find(r.itemId);
        if (!item)
            return item.error();
        if (*item) {
            v.objectCode = (*item)->objectCode;
            v.weightG = (*item)->weightG;
        }
        v.dueKop = r.state == u"stored" ? r.codKop : 0;
        v.stored = std::move(r);
        out.push_back(std::move(v));
    }
    return out;
}

Result<QList<StoredItemView>> StorageService::find(const QString& text, FindBy by) const
{
    const QString t = text.trimmed();
    db::StoredItemRepository repo(m_c);
    if (t.isEmpty())
        return QList<StoredItemView>{};
    if (by == FindBy::Auto) {
        if (parseItemId(t))
            by = FindBy::Identifier;
        else if (phoneLike(t))
            by = FindBy::Phone;
        else if (std::all_of(t.begin(), t.end(),
                             [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; }) &&
                 std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); }))
            by = FindBy::Identifier;
        else
            by = FindBy::Name;
    }
    Result<QList<db::StoredItemRecord>> rows = QList<db::StoredItemRecord>{};
    switch (by) {
    case FindBy::Identifier:
        if (auto id = parseItemId(t)) {
            auto one = repo.find(id->text);
            if (!one)
                return one.error();
            rows = *one ? QList<db::StoredItemRecord>{**one} : QList<db::StoredItemRecord>{};
        } else {
            rows = repo.findByIdFragment(t.toUpper());
        }
        break;
    case FindBy::Phone:
        rows = repo.findByPhone(storage::phoneDigits(t));
        break;
    case FindBy::Name:
    case FindBy::Auto:
        rows = repo.findByNamePrefix(storage::nameKey(t));
        break;
    }
    if (!rows)
        return rows.error();
    return withItems(std::move(*rows));
}

Result<QList<StoredItemView>> StorageService::expiring(QDate lastDay) const
{
    auto rows = db::StoredItemRepository(m_c).storedUntilOnOrBefore(lastDay);
    if (!rows)
        return rows.error();
    return withItems(std::move(*rows));
}

Result<QList<StoredItemView>> StorageService::remind(QDate today, int daysAhead)
{
    if (daysAhead < 0)
        return Error{
            QStringLiteral("storage.remind_days"),
            QCoreApplication::translate("Storage", "Remind how many days before the end: 0 or more.")};
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    db::StoredItemRepository repo(m_c);
    auto due = repo.dueForReminder(today.addDays(daysAhead));
    if (!due)
        return due.error();
    const QDateTime now = m_clock.nowUtc();
    for (const db::StoredItemRecord& rec : std::as_const(*due)) {
        auto id = parseItemId(rec.itemId);
        if (!id)
            return id.error();
        ItemToRecord ev;
        ev.id = *id;
        ev.op = op::NoticeSent;
        if (auto done = recordOperation(m_c, m_ctx, now, ev); !done)
            return done.error();
        if (auto st = repo.setReminded(rec.itemId, now); !st)
            return st.error();
    }
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcStorage) << "reminded" << due->size() << "items ending by" << today.addDays(daysAhead);
    return withItems(*due);
}

Result<StoredItemView> StorageService::extend(const QString& itemId, int days, bool byAddressee)
{
    auto id = parseItemId(itemId);
    if (!id)
        return id.error();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    db::StoredItemRepository repo(m_c);
    auto found = repo.find(id->text);
    if (!found)
        return found.error();
    if (!*found || (*found)->state != u"stored")
        return notStored(id->text);
    db::StoredItemRecord rec = **found;
    auto item = db::ItemRepository(m_c).find(id->text);
    if (!item)
        return item.error();
    if (!*item)
        return notStored(id->text);
    auto longer = storage::extendPeriod(rec.period(), days, international(**item), m_limits);
    if (!longer)
        return longer.error();
    if (auto st = repo.setPeriod(rec.itemId, longer->until, rec.extendedDays + days); !st)
        return st.error();
    // The addressee's extension is a paid service where the office charges for it: due at hand-over.
    if (byAddressee && m_limits.feePerDayKop > 0)
        if (auto charged = db::IssuingRepository(m_c).addCharge({0,
                                                                 rec.itemId,
                                                                 QStringLiteral("storage_extension"),
                                                                 days * m_limits.feePerDayKop,
                                                                 m_clock.nowUtc(),
                                                                 {}});
            !charged)
            return charged.error();
    ItemToRecord ev;
    ev.id = *id;
    ev.op = byAddressee ? op::StorageExtendedByAddressee : op::StorageExtendedBySender;
    ev.objectCode = (*item)->objectCode;
    if (auto done = recordOperation(m_c, m_ctx, m_clock.nowUtc(), ev); !done)
        return done.error();
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcStorage) << "extended" << rec.itemId << "by" << days << "days until"
                      << longer->until.toString(Qt::ISODate);
    rec.storageUntil = longer->until;
    rec.extendedDays += days;
    auto views = withItems({rec});
    if (!views)
        return views.error();
    return views->front();
}

Result<ReturnBatch> StorageService::returnExpired(QDate today)
{
    const QDateTime now = m_clock.nowUtc();
    auto tx = db::Transaction::begin(m_c);
    if (!tx)
        return tx.error();
    db::StoredItemRepository repo(m_c);
    auto due = repo.storedUntilOnOrBefore(today.addDays(-1));
    if (!due)
        return due.error();
    db::ItemRepository items(m_c);
    ReturnBatch out;
    for (const auto& rec : *due) {
        if (rec.noReturn) {
            if (auto st = repo.leaveStorage(rec.itemId, QStringLiteral("unclaimed"), now); !st)
                return st.error();
            out.unclaimed << rec.itemId;
            continue;
        }
        auto item = items.find(rec.itemId);
        if (!item)
            return item.error();
        if (!*item)
            return notStored(rec.itemId);
        if (auto st = repo.leaveStorage(rec.itemId, QStringLiteral("returned"), now); !st)
            return st.error();
        ItemToRecord ev;
        ev.id = ItemId{(*item)->kind, rec.itemId};
        ev.op = op::ReturnStorageExpired;
        ev.objectCode = (*item)->objectCode;
        ev.weightG = (*item)->weightG;
        if (auto done = recordOperation(m_c, m_ctx, now, ev); !done)
            return done.error();
        out.returned << rec.itemId;
    }
    if (auto st = tx->commit(); !st)
        return st.error();
    qCInfo(lcStorage) << "returned" << out.returned.size() << "expired items," << out.unclaimed.size()
                      << "kept as unclaimed";
    return out;
}

} // namespace pc::services
