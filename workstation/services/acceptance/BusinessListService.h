#pragma once
// Business clients' pre-registered lists: import (JSON "Отправка" orders or CSV) with a report that
// names every bad line and why, keeping the good lines; scanning an item of a list fills the whole
// acceptance (the clerk only checks the weight); the progress of a list (what is still missing);
// closing a list prints its Ф.103.
#include "AcceptanceDocuments.h"
#include "db/Connection.h"
#include "db/business/BusinessListRepository.h"
#include "domain/Clock.h"
#include "domain/acceptance/ShipmentRules.h"
#include "services/CounterContext.h"

namespace pc::services {

class TariffService;
class PrinterRegistry;
class PrintQueueService;

struct BusinessClient {
    QString name;
    QString inn;
    QString contract;
};

struct RejectedLine {
    int line = 0;
    QString barcode;
    QList<acceptance::FieldIssue> issues;
};

struct ImportReport {
    qint64 listId = 0; // 0 when nothing was imported
    QString format;
    int total = 0;
    int imported = 0;
    qint64 totalKop = 0; // the tariff's price of the imported items
    QList<RejectedLine> rejected;
};

struct ListScan {
    acceptance::Shipment shipment; // as the client registered it (weight = the declared weight)
    db::BusinessListRecord list;
    qint64 priceKop = 0;
};

struct ListCloseResult {
    db::BusinessListRecord list;
    QStringList missing; // items on the list never presented
    qint64 f103Job = 0;
};

class BusinessListService {
public:
    BusinessListService(const db::Connection& c, const Clock& clock, CounterContext ctx,
                        TariffService& tariffs, OfficeInfo office);
    void setRules(const acceptance::ShipmentRules& rules) { m_rules = rules; }
    void setPrinting(PrinterRegistry* printers, PrintQueueService* queue)
    {
        m_printers = printers;
        m_queue = queue;
    }

    // The client comes from the caller or, in JSON, from a top-level "client" {name, inn, contract}.
    Result<ImportReport> importBytes(const QByteArray& bytes, const QString& sourceName,
                                     BusinessClient client);
    Result<ImportReport> importFile(const QString& path, const BusinessClient& client);

    // The registered item behind a scan; listId > 0 restricts to that list (list acceptance mode).
    // "business.not_on_list", "business.already_scanned" (44.7) with the reason.
    Result<ListScan> scan(const QString& barcode, qint64 listId = 0) const;
    // nullopt when the barcode is on no list (an ordinary item).
    Result<std::optional<ListScan>> lookup(const QString& barcode) const;

    Result<db::BusinessListRecord> progress(qint64 listId) const;
    Result<QStringList> missing(qint64 listId) const;
    Result<QList<db::BusinessListRecord>> openLists() const;
    // Closes the list and queues its Ф.103 (the accepted items). Missing items are refused unless
    // allowMissing (they are then named in the result and left unaccepted).
    Result<ListCloseResult> close(qint64 listId, bool allowMissing);

private:
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    TariffService& m_tariffs;
    OfficeInfo m_office;
    acceptance::ShipmentRules m_rules;
    PrinterRegistry* m_printers = nullptr;
    PrintQueueService* m_queue = nullptr;
};

} // namespace pc::services
