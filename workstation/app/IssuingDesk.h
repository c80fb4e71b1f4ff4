#pragma once
// What the issuing and storage screens work with, wired once for the counter: the storage room and
// arrivals, and the counter's issuing service with its SMS gateway and personal-data key attached.
#include "services/AppConfig.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/IssuingPeripherals.h"
#include "services/storage/ArrivalService.h"
#include "services/storage/StorageService.h"

#include <memory>

namespace pc::app {

struct IssuingDesk {
    IssuingDesk(const services::AppConfig& config, const db::Connection& c, const Clock& clock,
                services::CounterServices& counter);
    IssuingDesk(const IssuingDesk&) = delete; // the issuing service points at the gateway and the key
    IssuingDesk& operator=(const IssuingDesk&) = delete;

    services::IssuingService& issuing() { return counter.issuing; }
    void setPrinting(services::PrinterRegistry* printers, services::PrintQueueService* queue);

    services::CounterServices& counter;
    services::StorageService storage;
    services::ArrivalService arrival;
    std::unique_ptr<services::IssuingPeripherals> peripherals;
    QString problem; // why the SMS gateway or the personal-data key is not there: shown once
};

} // namespace pc::app
