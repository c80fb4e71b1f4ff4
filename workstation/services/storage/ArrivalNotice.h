#pragma once
// The Ф.22 notice to the addressee as form data (forms/examples/f22.json): what arrived, from whom,
// what is due, where and until when to collect it.
#include "domain/acceptance/Shipment.h"
#include "services/acceptance/AcceptanceDocuments.h"

#include <QDate>
#include <optional>

namespace pc::services {

struct NoticeFacts {
    QString itemId;
    std::optional<int> objectCode;
    qint64 weightG = 0;
    qint64 declaredValueKop = 0;
    qint64 codKop = 0;
    QString recipientName;
    std::optional<acceptance::Shipment> shipment; // when accepted here: the real addresses
    QDate arrivalLocalDate;
    QDate storageUntil;
};

PlannedDocument arrivalNotice(const NoticeFacts& facts, const OfficeInfo& office, const QString& officeHours);

} // namespace pc::services
