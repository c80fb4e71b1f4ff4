#pragma once
// One tariff version as the engine uses it: everything the file says, turned at load time into flat
// lookup tables so a quote is a handful of array reads (postcode → region, region × region → zone,
// country → group, service code → index). Built only by parseTariff(); immutable afterwards and
// shared between threads through std::shared_ptr<const TariffVersion>.
#include <QDate>
#include <QString>
#include <array>
#include <cstdint>
#include <vector>

namespace pc::tariff {

inline constexpr int kPostcodeSpace = 1'000'000; // six-digit postcodes 000000–999999
inline constexpr int kMaxRegions = 254;          // region index + 1 fits a byte; 0 = "no such postcode"
inline constexpr int kMaxServices = 64;          // a product's offered services are a 64-bit mask
inline constexpr int kMaxZones = 16;

struct VatPeriod {
    QDate from;
    int rateBp = 0; // basis points: 2000 = 20 %
};

struct Region {
    QString code; // e.g. "77"
    QString name;
};

enum class ServiceFeeKind : std::uint8_t { None, Fixed, PercentOfPostage };
enum class ServiceRequires : std::uint8_t { Nothing, DeclaredValue, Cod };

struct Service {
    int code = 0;
    QString name;
    QString lineCode; // "service.4": precomputed so a quote copies, never formats
    ServiceFeeKind fee = ServiceFeeKind::None;
    std::int64_t fixedKop = 0;
    int percentBp = 0;
    bool includesVat = false;
    ServiceRequires requires_ = ServiceRequires::Nothing;
    std::uint64_t exclusiveWith = 0; // mask of service indices that cannot be combined with this one
};

struct CodBracket {
    std::int64_t upToKop = 0; // inclusive
    std::int64_t fixedKop = 0;
    int percentBp = 0;
};

struct CodTariff {
    int object = 1040;
    QString name;
    bool vatExempt = true;
    std::vector<CodBracket> brackets; // ascending upToKop; the last one is the COD limit
    std::int64_t maxKop() const { return brackets.empty() ? 0 : brackets.back().upToKop; }
};

// price(w) = firstKop[z] for w <= firstG, else firstKop[z] + ceil((w - firstG) / stepG) * stepKop[z].
// Arrays are indexed by zone - 1 (domestic) or country group - 1 (international); one entry = flat
// price; -1 = this zone/group is not served by the product.
struct Postage {
    int firstG = 0;
    int stepG = 1;
    std::vector<std::int64_t> firstKop;
    std::vector<std::int64_t> stepKop;
    bool includesVat = false; // published letter prices are with VAT; parcel prices without
};

struct DayRange {
    std::uint8_t min = 0;
    std::uint8_t max = 0;
};

struct DeliveryClass {
    QString id;
    std::vector<DayRange> byZone;  // by zone (domestic) or country group (international)
    std::vector<DayRange> byRoute; // regions × regions, precomputed from byZone and route overrides
};

struct Product {
    int object = 0;
    QString name;
    QString objectText; // "4030"
    int category = 0;   // object / 10 % 100: 0 simple, 1 registered, 2 declared value, 3 ordinary, 4 DV + COD
    bool international = false;
    int maxWeightG = 0;
    int maxSumMm = 0;     // 0 = no limit
    int maxLongestMm = 0; // 0 = no limit
    Postage postage;
    bool declaredValue = false; // category 2 or 4
    std::int64_t maxDeclaredKop = 0;
    int declaredPercentBp = 0;
    bool cod = false;                  // category 4
    std::uint64_t servicesOffered = 0; // mask of service indices
    int deliveryClass = 0;
};

// Sending by the recipient's phone number ("by_phone", docs/tariffs.md): the delivery office is not
// known at acceptance, so the item is priced as to a fixed zone, or to the farthest zone the product
// serves from the sender's region, plus an optional fixed fee line. Not in the file: not offered.
struct ByPhoneRule {
    bool offered = false;
    int zone = 0; // 0 = the farthest zone served from the sender's region
    QString feeName;
    std::int64_t feeKop = 0; // 0: no fee line
    bool feeIncludesVat = false;
    std::vector<int> objects; // the domestic products that may be sent by phone
    bool allows(int object) const
    {
        for (int o : objects)
            if (o == object)
                return true;
        return false;
    }
};

struct TariffVersion {
    QString name;
    QString description;
    QDate effectiveFrom;
    bool sample = false;

    std::vector<VatPeriod> vat; // ascending; the first starts on or before effectiveFrom
    std::vector<Region> regions;
    int zoneCount = 5;
    std::vector<std::uint8_t> postcodeRegion;         // kPostcodeSpace entries: region index + 1, 0 = none
    std::vector<std::uint8_t> zoneMatrix;             // regions × regions, row = from; 0 = not priced
    std::vector<QString> countryGroupNames;           // group g at g - 1
    std::array<std::uint8_t, 26 * 26> countryGroup{}; // ISO alpha-2 → group, 0 = not served
    std::vector<Service> services;
    std::vector<std::int16_t> serviceIndexByCode; // code → index into services, -1 = unknown
    std::vector<DeliveryClass> delivery;
    CodTariff cod;
    std::vector<Product> products; // ascending object
    ByPhoneRule byPhone;

    // Name of the declared-value fee line (translated once, at load, not per quote).
    QString declaredValueLineName;

    const Product* product(int object) const;
    int serviceIndex(int code) const
    {
        return code >= 0 && code < static_cast<int>(serviceIndexByCode.size()) ? serviceIndexByCode[code]
                                                                               : -1;
    }
    int vatRateBpAt(QDate date) const; // -1 before the first period
    int regionIndex(int postcode) const
    {
        return postcode >= 0 && postcode < kPostcodeSpace ? int(postcodeRegion[postcode]) - 1 : -1;
    }
};

} // namespace pc::tariff
