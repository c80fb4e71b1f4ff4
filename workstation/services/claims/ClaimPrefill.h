#pragma once
// What the office knows of an item a customer says is lost, to fill the claim before the clerk asks:
// the item row and its acceptance details (sender, recipient, declared value, inventory as contents),
// and its history: this workstation's journal merged with the tracking network's events when a
// source for them is given (services/tracking, GET /v1/items/{id}/events).
#include "db/Connection.h"
#include "db/claims/ClaimRepository.h"
#include "domain/ItemIdentifier.h"
#include "services/tracking/ItemHistory.h"

#include <QDate>
#include <functional>

namespace pc::services {

// The network's events of an item, or why they could not be had.
using NetworkHistorySource = std::function<Result<QList<tracking::HistoryEntry>>(const QString& itemId)>;

struct ClaimParty {
    QString name;
    QString address; // one line: postcode, place, street, house
    QString phone;
};

struct ClaimPrefill {
    QString itemId; // normalised
    IdKind kind = IdKind::Rpo14;
    bool itemKnown = false; // accepted (or registered) at this office
    std::optional<int> objectCode;
    QString product; // "Посылка с ОЦ"; empty when unknown
    bool international = false;
    QDate acceptedOn; // local date; invalid when nobody knows it
    QString acceptedOffice;
    ClaimParty sender, recipient;
    qint64 declaredValueKop = 0;
    QString contents;
    tracking::ItemHistory history;
    QString route; // one line per known event, oldest first: "24.11.2026 13:05 101000 Приём: …"
    QString lastOperation;         // "Обработка: Покинуло место приёма"
    QString lastPlace;             // the office postcode of the last event
    QList<db::ClaimRecord> claims; // claims already made for the item
};

// offsetMin: the office's UTC offset, for the local acceptance date of items accepted here.
Result<ClaimPrefill> prefillClaim(const db::Connection& c, const QString& rawId, int offsetMin,
                                  const NetworkHistorySource& network = {});

} // namespace pc::services
