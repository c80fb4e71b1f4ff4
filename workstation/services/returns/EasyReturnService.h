#pragma once
// Easy returns (docs/easy-return.md): an online shop registers the return codes it gives its
// customers; at the window the code is scanned, the item is accepted with the shop as recipient and
// the shop's contract pays, so no money is taken from the customer. The sale (SaleService) asks
// checkBasket() before anything moves and markUsed() inside its transaction; a code serves one item.
#include "db/Connection.h"
#include "db/returns/ReturnAuthorizationRepository.h"
#include "domain/Clock.h"
#include "domain/acceptance/Payment.h"
#include "domain/acceptance/Shipment.h"
#include "services/CounterContext.h"

#include <QList>

namespace pc::services {

struct ReturnImportReport {
    returns::Shop shop;
    int imported = 0;
    QStringList alreadyRegistered;
    QList<returns::ReturnListLine> rejected;
};

struct ShopReturns {
    QString shopName;
    QString contract;
    QList<db::ReturnAuthorizationRecord> items;
};

class EasyReturnService {
public:
    EasyReturnService(const db::Connection& c, const Clock& clock, CounterContext ctx)
        : m_c(c), m_clock(clock), m_ctx(std::move(ctx))
    {}

    Result<ReturnImportReport> importFile(const QString& path);
    // A usable code: known, not used, not expired (errors returns.unknown / already_used / expired).
    Result<db::ReturnAuthorizationRecord> lookup(const QString& code) const;
    // The item the code authorises: the shop as recipient, the product, the declared value; the
    // customer's name as sender (the clerk completes the sender and weighs).
    static acceptance::Shipment shipmentFor(const returns::ReturnAuthorization& a);
    // The basket's return items all use usable codes of ONE shop, their recipient is that shop, they
    // fit the code's weight limit, and the payment is that shop's contract. Baskets without return
    // items pass. `contract` is the sale's contract number.
    Status checkBasket(const QList<acceptance::Shipment>& items, acceptance::PaymentMethod method,
                       const QString& contract) const;
    // The shop's contract of a basket's return items, when it has any.
    std::optional<QString> contractFor(const QList<acceptance::Shipment>& items) const;
    Status markUsed(const QString& code, const QString& itemId, const QDateTime& atUtc) const;
    Result<QList<ShopReturns>> day(QDate localDay) const;

    QDate localToday() const;

private:
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
};

} // namespace pc::services
