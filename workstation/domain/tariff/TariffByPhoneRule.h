#pragma once
// Internal to the tariff parser (TariffParser.cpp): reads the optional "by_phone" element, the
// pricing rule of an item sent by the recipient's phone number (docs/tariffs.md).
#include "TariffJsonReader.h"

namespace pc::tariff::detail {

class ByPhoneRuleReader : public TariffJsonReader {
public:
    using TariffJsonReader::TariffJsonReader;

protected:
    // After the products: the rule names products and zones. Absent: t.byPhone stays "not offered".
    bool parseByPhone(const QJsonObject& root, TariffVersion& t);
};

} // namespace pc::tariff::detail
