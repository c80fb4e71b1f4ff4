#include "TariffVersion.h"

#include <algorithm>

namespace pc::tariff {

const Product* TariffVersion::product(int object) const
{
    auto it = std::lower_bound(products.begin(), products.end(), object,
                               [](const Product& p, int obj) { return p.object < obj; });
    return it != products.end() && it->object == object ? &*it : nullptr;
}

int TariffVersion::vatRateBpAt(QDate date) const
{
    int rate = -1;
    for (const auto& p : vat) {
        if (p.from > date)
            break;
        rate = p.rateBp;
    }
    return rate;
}

} // namespace pc::tariff
