#include "StorageTexts.h"

#include <QCoreApplication>

namespace pc::app {

QString maskedPhone(const QString& digits)
{
    if (digits.isEmpty())
        return {};
    if (digits.size() < 4)
        return QStringLiteral("***");
    return QStringLiteral("+7 *** ***-%1-%2").arg(digits.mid(digits.size() - 4, 2), digits.right(2));
}

QString holdingTitle(storage::Holding holding)
{
    switch (holding) {
    case storage::Holding::PosteRestante:
        return QCoreApplication::translate("StorageTexts", "poste restante");
    case storage::Holding::PoBox:
        return QCoreApplication::translate("StorageTexts", "P.O. box");
    case storage::Holding::Standard:
        break;
    }
    return QCoreApplication::translate("StorageTexts", "counter");
}

QString categoryTitle(storage::StorageCategory category)
{
    switch (category) {
    case storage::StorageCategory::Letter:
        return QCoreApplication::translate("StorageTexts", "letter");
    case storage::StorageCategory::CourtLetter:
        return QCoreApplication::translate("StorageTexts", "court letter");
    case storage::StorageCategory::MoneyTransfer:
        return QCoreApplication::translate("StorageTexts", "money transfer");
    case storage::StorageCategory::Parcel:
        break;
    }
    return QCoreApplication::translate("StorageTexts", "parcel");
}

QString storedStateTitle(const QString& state)
{
    if (state == u"stored")
        return QCoreApplication::translate("StorageTexts", "stored");
    if (state == u"delivered")
        return QCoreApplication::translate("StorageTexts", "delivered");
    if (state == u"returned")
        return QCoreApplication::translate("StorageTexts", "returned");
    if (state == u"unclaimed")
        return QCoreApplication::translate("StorageTexts", "unclaimed");
    return state;
}

} // namespace pc::app
