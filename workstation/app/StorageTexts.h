#pragma once
// How the storage and issuing screens show a stored item's facts to the clerk: the phone masked
// (personal data on a screen the customer may see), holding, kind and state in words.
#include "domain/storage/StoragePolicy.h"

#include <QString>

namespace pc::app {

// "9123456789" → "+7 *** ***-67-89"; empty when there is no phone.
QString maskedPhone(const QString& nationalDigits);
QString holdingTitle(storage::Holding holding);
QString categoryTitle(storage::StorageCategory category);
QString storedStateTitle(const QString& state); // stored | delivered | returned | unclaimed

} // namespace pc::app
