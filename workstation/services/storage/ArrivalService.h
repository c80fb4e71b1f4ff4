#pragma once
// An item arriving at this office for delivery, scanned by the clerk: ONE transaction registers it
// (an `item` row when it is not known here, only with a weight), records 8.2 arrived, 8.48 storage
// place assigned (and 6.1 / 6.2 for poste restante / P.O. box holding), its storage period, and the
// Ф.22 notice as a print job with 8.24 notice sent. A second scan is reported, never duplicated.
// Items accepted by this workstation take recipient, COD, no-return and holding from their details.
#include "db/Connection.h"
#include "domain/Clock.h"
#include "domain/storage/ContainerList.h"
#include "domain/storage/StoragePolicy.h"
#include "services/CounterContext.h"
#include "services/acceptance/AcceptanceDocuments.h"

#include <QList>
#include <optional>

namespace pc::services {

class PrinterRegistry;
class PrintQueueService;
class SmsGateway;

struct ArrivalRequest {
    QString barcode;
    QString place;                 // shelf/cell; empty → assigned from the kind and the identifier
    std::optional<qint64> weightG; // from the container list or the scale: required for unknown items
    std::optional<int> objectCode;
    std::optional<storage::StorageCategory> category; // e.g. a court letter (7 days)
    std::optional<QString> recipientName;
    std::optional<QString> recipientPhone;
    std::optional<storage::Holding> holding;
    std::optional<qint64> codKop;
    std::optional<bool> noReturn;  // service 160
    std::optional<bool> smsNotice; // service 20
    std::optional<int> shelfLifeDays;
    qint64 customsDutyKop = 0; // assessed by customs on an international item: due at hand-over
};

struct ArrivalResult {
    QString itemId;
    QString place;
    storage::Holding holding = storage::Holding::Standard;
    storage::StorageCategory category = storage::StorageCategory::Parcel;
    storage::StoragePeriod period;
    bool registeredHere = false; // the item was not known: an item row was created from the scan
    qint64 codKop = 0;
    bool smsNotice = false;
    // Service 20: the SMS is sent after the arrival is committed; a gateway failure does not undo the
    // arrival (the paper notice still goes), it is reported here for the clerk.
    bool smsSent = false;
    QString smsProblem;
    qint64 noticeJob = 0; // 0: no Ф.22 (poste restante)
    QList<qint64> operationIds;
};

class ArrivalService {
public:
    ArrivalService(const db::Connection& c, const Clock& clock, CounterContext ctx, OfficeInfo office)
        : m_c(c), m_clock(clock), m_ctx(std::move(ctx)), m_office(std::move(office))
    {}
    void setPrinting(PrinterRegistry* printers, PrintQueueService* queue)
    {
        m_printers = printers;
        m_queue = queue;
    }
    void setOfficeHours(const QString& hours) { m_officeHours = hours; }
    // Without a gateway, items with service 20 are only flagged and the result says the SMS was not sent.
    void setSms(SmsGateway* sms) { m_sms = sms; }

    Result<ArrivalResult> arrive(const ArrivalRequest& request);

private:
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    OfficeInfo m_office;
    QString m_officeHours = QStringLiteral("пн–пт 8:00–20:00, сб 9:00–18:00");
    PrinterRegistry* m_printers = nullptr;
    PrintQueueService* m_queue = nullptr;
    SmsGateway* m_sms = nullptr;

    void sendArrivalSms(const QString& itemId, const QString& phoneDigits,
                        const storage::StoragePeriod& period, ArrivalResult& out) const;
};

// The SMS text of service 20: the item, the office and the last day; no recipient data.
QString arrivalSmsText(const QString& itemId, const OfficeInfo& office, const QDate& until);

// A container list's line as an arrival: the line's columns over what the clerk set for the whole list.
ArrivalRequest arrivalRequestFor(const storage::ContainerLine& line, ArrivalRequest base);

// The cell an item goes to when the clerk names none: a section for its kind and the identifier's
// last two digits before the check digit (how counters shelve by number), e.g. "P-45".
QString defaultStoragePlace(const QString& itemId, storage::StorageCategory category,
                            storage::Holding holding);

} // namespace pc::services
