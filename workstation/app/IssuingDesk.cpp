#include "IssuingDesk.h"

#include "services/OfficeSetup.h"

namespace pc::app {

IssuingDesk::IssuingDesk(const services::AppConfig& config, const db::Connection& c, const Clock& clock,
                         services::CounterServices& counterServices)
    : counter(counterServices),
      storage(c, clock, services::counterContextFrom(config), services::extensionLimitsFrom(config)),
      arrival(c, clock, services::counterContextFrom(config), services::officeInfoFrom(config))
{
    // Without them the screens still work: SMS codes and identity documents are then refused with
    // the service's own message.
    if (auto opened = services::IssuingPeripherals::open(config); !opened)
        problem = opened.error().message;
    else {
        peripherals = std::move(*opened);
        peripherals->attach(counter.issuing);
        arrival.setSms(peripherals->sms());
    }
}

void IssuingDesk::setPrinting(services::PrinterRegistry* printers, services::PrintQueueService* queue)
{
    arrival.setPrinting(printers, queue);
}

} // namespace pc::app
