#pragma once
// How long an arrived item waits for its addressee (DOMAIN.md §6): letters and money transfers 30
// days, parcels and EMS 15, court and administrative letters 7, or the business client's
// shelf-life-days; counted from the first working day after arrival, the last day inclusive.
// Extensions on request (6.4 by the addressee, 6.5 by the sender) up to a total limit.
#include "OfficeCalendar.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <optional>

namespace pc::storage {

// Which standard period applies.
enum class StorageCategory { Letter, Parcel, CourtLetter, MoneyTransfer };
// Where the item is held: at the counter for the addressee, poste restante (6.1) or a P.O. box (6.2).
enum class Holding { Standard, PosteRestante, PoBox };

QString categoryName(StorageCategory category); // "letter", "parcel", "court_letter", "money_transfer"
std::optional<StorageCategory> categoryFromName(QStringView name);
QString holdingName(Holding holding); // "standard", "poste_restante", "po_box"
std::optional<Holding> holdingFromName(QStringView name);

// From a tariff object code (DOMAIN.md §2): letters, printed matter and small packets are letter
// post; parcels and EMS are parcels; the COD transfer (1040) is a money transfer. Unknown → nullopt.
std::optional<StorageCategory> categoryForObject(int objectCode);
// From the identifier alone when nothing else is known: the S10 service indicator's first letter
// (C, E, H parcels; L, R, U, V letter post); domestic 14-digit barcodes say nothing → nullopt.
std::optional<StorageCategory> categoryForIdentifier(QStringView normalizedId);

int standardStorageDays(StorageCategory category);

struct StoragePeriod {
    QDate from;  // first day of storage: the first working day after arrival
    QDate until; // last day the item is kept, inclusive
    int days = 0;
};

// shelfLifeDays > 0 (a business client's shelf-life-days) replaces the standard period.
StoragePeriod storagePeriod(StorageCategory category, int shelfLifeDays, QDate arrivalLocalDate,
                            const OfficeCalendar& calendar);

struct ExtensionLimits {
    int domesticMaxTotalDays = 60;      // (?) DOMAIN.md gives no domestic figure: configurable
    int internationalMaxTotalDays = 60; // DOMAIN.md §6
    // What the addressee pays per extra day of an extension they ask for (service 90), collected at
    // hand-over; 0 = free. An extension by the sender (6.5) is the sender's contract's business.
    std::int64_t feePerDayKop = 0;
};

// The period extended by `days` more, refused (code "storage.extension_limit") when the total would
// exceed the limit or days is not positive.
Result<StoragePeriod> extendPeriod(const StoragePeriod& period, int days, bool international,
                                   const ExtensionLimits& limits = {});

} // namespace pc::storage
