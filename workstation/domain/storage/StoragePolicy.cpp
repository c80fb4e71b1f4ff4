#include "StoragePolicy.h"

#include <QCoreApplication>

namespace pc::storage {

QString categoryName(StorageCategory c)
{
    switch (c) {
    case StorageCategory::Letter:
        return QStringLiteral("letter");
    case StorageCategory::Parcel:
        return QStringLiteral("parcel");
    case StorageCategory::CourtLetter:
        return QStringLiteral("court_letter");
    case StorageCategory::MoneyTransfer:
        return QStringLiteral("money_transfer");
    }
    return {};
}

std::optional<StorageCategory> categoryFromName(QStringView name)
{
    for (auto c : {StorageCategory::Letter, StorageCategory::Parcel, StorageCategory::CourtLetter,
                   StorageCategory::MoneyTransfer})
        if (name == categoryName(c))
            return c;
    return std::nullopt;
}

QString holdingName(Holding h)
{
    switch (h) {
    case Holding::Standard:
        return QStringLiteral("standard");
    case Holding::PosteRestante:
        return QStringLiteral("poste_restante");
    case Holding::PoBox:
        return QStringLiteral("po_box");
    }
    return {};
}

std::optional<Holding> holdingFromName(QStringView name)
{
    for (auto h : {Holding::Standard, Holding::PosteRestante, Holding::PoBox})
        if (name == holdingName(h))
            return h;
    return std::nullopt;
}

std::optional<StorageCategory> categoryForObject(int objectCode)
{
    if (objectCode == 1040)
        return StorageCategory::MoneyTransfer;
    switch (objectCode / 1000) {
    case 2: // letter
    case 3: // printed-matter packet
    case 5: // international small packet (letter post)
        return StorageCategory::Letter;
    case 4:  // parcel
    case 7:  // EMS
    case 23: // parcel online
    case 27: // parcel standard
    case 47: // parcel 1st class
        return StorageCategory::Parcel;
    default:
        return std::nullopt;
    }
}

std::optional<StorageCategory> categoryForIdentifier(QStringView id)
{
    if (id.size() != 13 || !id.front().isLetter())
        return std::nullopt;
    switch (id.front().toLatin1()) {
    case 'C':
    case 'E':
    case 'H':
        return StorageCategory::Parcel;
    case 'L':
    case 'R':
    case 'U':
    case 'V':
        return StorageCategory::Letter;
    default:
        return std::nullopt;
    }
}

int standardStorageDays(StorageCategory c)
{
    switch (c) {
    case StorageCategory::Letter:
    case StorageCategory::MoneyTransfer:
        return 30;
    case StorageCategory::Parcel:
        return 15;
    case StorageCategory::CourtLetter:
        return 7;
    }
    return 30;
}

StoragePeriod storagePeriod(StorageCategory category, int shelfLifeDays, QDate arrival,
                            const OfficeCalendar& calendar)
{
    StoragePeriod p;
    p.days = shelfLifeDays > 0 ? shelfLifeDays : standardStorageDays(category);
    p.from = calendar.nextWorkingDay(arrival);
    p.until = p.from.addDays(p.days - 1);
    return p;
}

Result<StoragePeriod> extendPeriod(const StoragePeriod& period, int days, bool international,
                                   const ExtensionLimits& limits)
{
    const int max = international ? limits.internationalMaxTotalDays : limits.domesticMaxTotalDays;
    if (days <= 0)
        return Error{QStringLiteral("storage.extension_days"),
                     QCoreApplication::translate("Storage", "An extension needs a positive number of days.")};
    if (period.days + days > max)
        return Error{QStringLiteral("storage.extension_limit"),
                     QCoreApplication::translate("Storage",
                                                 "The item is already kept %1 days: %2 more would exceed "
                                                 "the limit of %3 days in total (at most %4 more).")
                         .arg(period.days)
                         .arg(days)
                         .arg(max)
                         .arg(qMax(0, max - period.days))};
    StoragePeriod out = period;
    out.days += days;
    out.until = period.until.addDays(days);
    return out;
}

} // namespace pc::storage
