#include "EasyReturnService.h"

#include "domain/returns/ReturnCode.h"
#include "services/tariff/TariffService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReturns, "pc.services.returns")

namespace pc::services {

QDate EasyReturnService::localToday() const
{
    return TariffService::localDate(m_clock.nowUtc(), m_ctx.utcOffsetMin);
}

Result<ReturnImportReport> EasyReturnService::importFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("returns.file"),
            QCoreApplication::translate("EasyReturn", "Cannot read %1: %2").arg(path, f.errorString())};
    auto list = returns::parseReturnList(f.readAll());
    if (!list)
        return list.error();
    ReturnImportReport report;
    report.shop = list->shop;
    QList<returns::ReturnAuthorization> good;
    for (const returns::ReturnListLine& l : std::as_const(list->lines)) {
        if (l.importable())
            good << *l.authorization;
        else
            report.rejected << l;
    }
    auto existing =
        db::ReturnAuthorizationRepository(m_c).insertNew(good, QFileInfo(path).fileName(), m_clock.nowUtc());
    if (!existing)
        return existing.error();
    report.alreadyRegistered = *existing;
    report.imported = int(good.size() - existing->size());
    qCInfo(lcReturns) << "imported return codes of" << report.shop.name << report.imported << "new,"
                      << report.alreadyRegistered.size() << "known," << report.rejected.size() << "rejected";
    return report;
}

Result<db::ReturnAuthorizationRecord> EasyReturnService::lookup(const QString& text) const
{
    auto code = returns::parseReturnCode(text);
    if (!code)
        return code.error();
    auto found = db::ReturnAuthorizationRepository(m_c).find(*code);
    if (!found)
        return found.error();
    if (!*found)
        return Error{QStringLiteral("returns.unknown"),
                     QCoreApplication::translate(
                         "EasyReturn", "Return code %1 is not registered by any shop: the customer asks the "
                                       "shop to register it, or sends the goods as an ordinary parcel.")
                         .arg(*code)};
    const db::ReturnAuthorizationRecord& r = **found;
    if (r.used())
        return Error{
            QStringLiteral("returns.already_used"),
            QCoreApplication::translate("EasyReturn", "Return code %1 was already used for item %2 on %3.")
                .arg(*code, r.itemId, r.acceptedOn.toString(QStringLiteral("dd.MM.yyyy")))};
    if (r.authorization.validUntil < localToday())
        return Error{
            QStringLiteral("returns.expired"),
            QCoreApplication::translate(
                "EasyReturn", "Return code %1 of %2 expired on %3: the customer asks the shop for a new one.")
                .arg(*code, r.authorization.shop.name,
                     r.authorization.validUntil.toString(QStringLiteral("dd.MM.yyyy")))};
    return r;
}

acceptance::Shipment EasyReturnService::shipmentFor(const returns::ReturnAuthorization& a)
{
    acceptance::Shipment s;
    s.object = a.object;
    s.declaredValueKop = a.declaredValueKop;
    s.recipient = a.shop.address;
    s.sender.name = a.customerName;
    s.returnCode = a.code;
    return s;
}

std::optional<QString> EasyReturnService::contractFor(const QList<acceptance::Shipment>& items) const
{
    for (const acceptance::Shipment& s : items) {
        if (s.returnCode.isEmpty())
            continue;
        auto code = returns::parseReturnCode(s.returnCode);
        if (!code)
            continue;
        auto found = db::ReturnAuthorizationRepository(m_c).find(*code);
        if (found && *found)
            return (*found)->authorization.shop.contract;
    }
    return std::nullopt;
}

Status EasyReturnService::checkBasket(const QList<acceptance::Shipment>& items,
                                      acceptance::PaymentMethod method, const QString& contract) const
{
    std::optional<QString> shopContract;
    bool ordinary = false;
    for (const acceptance::Shipment& s : items) {
        if (s.returnCode.isEmpty()) {
            ordinary = true;
            continue;
        }
        auto r = lookup(s.returnCode);
        if (!r)
            return r.error();
        const returns::ReturnAuthorization& a = r->authorization;
        if (shopContract && *shopContract != a.shop.contract)
            return Error{
                QStringLiteral("returns.mixed_shops"),
                QCoreApplication::translate(
                    "EasyReturn",
                    "Returns to different shops are separate sales: each shop's contract pays for its own.")};
        shopContract = a.shop.contract;
        if (s.recipient.postcode != a.shop.address.postcode || s.recipient.name != a.shop.address.name)
            return Error{
                QStringLiteral("returns.recipient"),
                QCoreApplication::translate(
                    "EasyReturn", "A return under code %1 goes to %2, %3: the recipient cannot be changed.")
                    .arg(a.code, a.shop.address.name, a.shop.address.postcode)};
        if (a.maxWeightG > 0 && s.weightG > a.maxWeightG)
            return Error{
                QStringLiteral("returns.too_heavy"),
                QCoreApplication::translate(
                    "EasyReturn", "The return weighs %1 g but the shop's code covers up to %2 g: the "
                                  "customer pays the parcel as an ordinary one, or asks the shop.")
                    .arg(s.weightG)
                    .arg(a.maxWeightG)};
    }
    if (!shopContract)
        return {};
    if (ordinary)
        return Error{
            QStringLiteral("returns.mixed_basket"),
            QCoreApplication::translate(
                "EasyReturn",
                "A shop's return is paid by its contract: sell the customer's other items separately.")};
    if (method != acceptance::PaymentMethod::Contract || contract != *shopContract)
        return Error{
            QStringLiteral("returns.payment"),
            QCoreApplication::translate(
                "EasyReturn",
                "A shop's return is paid by the shop's contract %1: no money is taken from the customer.")
                .arg(*shopContract)};
    return {};
}

Status EasyReturnService::markUsed(const QString& code, const QString& itemId, const QDateTime& atUtc) const
{
    return db::ReturnAuthorizationRepository(m_c).markUsed(
        code, itemId, atUtc, TariffService::localDate(atUtc, m_ctx.utcOffsetMin), m_ctx.counterId);
}

Result<QList<ShopReturns>> EasyReturnService::day(QDate localDay) const
{
    auto rows = db::ReturnAuthorizationRepository(m_c).acceptedOn(localDay);
    if (!rows)
        return rows.error();
    QList<ShopReturns> out;
    for (const db::ReturnAuthorizationRecord& r : std::as_const(*rows)) {
        if (out.isEmpty() || out.last().shopName != r.authorization.shop.name ||
            out.last().contract != r.authorization.shop.contract)
            out << ShopReturns{r.authorization.shop.name, r.authorization.shop.contract, {}};
        out.last().items << r;
    }
    return out;
}

} // namespace pc::services
