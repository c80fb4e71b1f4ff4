#pragma once
// Handing arrived items to their recipient (DOMAIN.md §6): what is due, identifying the recipient
// (identity document, power of attorney, or a one-time SMS code), and the hand-over itself in ONE
// transaction: each item stored → delivered (so an item is handed over once, even when two counters
// race), operation 2.1 (2.13 by SMS code) in the chained journal with its event, the payment and its
// receipt with a gap-free number, and for cash on delivery the transfer to the sender (a cod_transfer
// row, operation 63 and a Ф.112ЭП print job). Refusals (3.4) and failed attempts (12.x) too.
// Identity document numbers are stored encrypted and only ever shown masked.
#include "db/Connection.h"
#include "domain/Clock.h"
#include "domain/TrackingOperation.h"
#include "domain/acceptance/Payment.h"
#include "domain/issuing/DueAmount.h"
#include "domain/issuing/FailedAttempt.h"
#include "domain/issuing/IdentityDocument.h"
#include "domain/issuing/PowerOfAttorney.h"
#include "domain/issuing/SmsCodePolicy.h"
#include "drivers/payment/PaymentTerminal.h"
#include "services/CounterContext.h"
#include "services/acceptance/AcceptanceDocuments.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>
#include <variant>

namespace pc::services {

class PersonalDataCipher;
class PrinterRegistry;
class PrintQueueService;
class SmsGateway;

// Whom an SMS code is for: a stored item (its recipient's phone) or the phone itself.
struct SmsTarget {
    QString itemId; // either
    QString phone;  // or: any usual spelling, "+7 912 345-67-89"
};

struct SentSmsCode {
    qint64 codeId = 0;
    QString phoneMasked; // "+7 912 ***-**-89"
    QDateTime expiresAtUtc;
    QStringList itemIds; // the stored items of that phone the code covers
};

struct SmsVerification {
    bool accepted = false;
    issuing::SmsCheck check = issuing::SmsCheck::Wrong;
    int attemptsLeft = 0;
    qint64 codeId = 0;
};

// How the recipient was identified.
struct SmsCodeIdentification {
    QString code; // as the recipient tells it; verified (and consumed) by handOver
};
using Identification =
    std::variant<issuing::IdDocumentInput, issuing::PowerOfAttorney, SmsCodeIdentification>;

struct HandOverRequest {
    QStringList itemIds; // several items for one recipient
    Identification identification;
    // nullopt: nothing is due (refused with "issuing.payment_required" when something is).
    std::optional<acceptance::PaymentChoice> payment;
};

struct DueSummary {
    QList<issuing::ItemDue> items;
    qint64 totalKop = 0;
};

struct HandedOverItem {
    QString itemId;
    issuing::ItemDue due;
    qint64 operationId = 0;
    QString eventId;
    std::optional<qint64> codTransferId; // items with cash on delivery
    QString f112Number;                  // the Ф.112ЭП transfer number
    std::optional<qint64> f112Job;
    std::optional<qint64> codOperationId; // operation 63
};

struct HandOverResult {
    TrackingOperation op = op::DeliveredToAddressee;
    qint64 identificationId = 0;
    QString method;         // id_doc | power_of_attorney | sms_code
    QString documentMasked; // masked document number (the representative's for a PoA); empty for SMS
    qint64 totalKop = 0;
    std::optional<qint64> receiptId;
    std::optional<qint64> receiptNumber;
    std::optional<qint64> receiptJob;
    acceptance::PaymentMethod paymentMethod = acceptance::PaymentMethod::Cash;
    qint64 tenderedKop = 0;
    qint64 changeKop = 0;
    QString cardAuthCode;
    QDateTime atUtc;
    QList<HandedOverItem> items;
    QList<qint64> printJobs; // receipt then Ф.112ЭП forms
};

struct ItemOutcome {
    QString itemId;
    TrackingOperation op;
    qint64 operationId = 0;
    QString eventId;
    QString state; // stored (failed attempt) | returned (refusal)
};

class IssuingService {
public:
    IssuingService(const db::Connection& c, const Clock& clock, CounterContext ctx);
    ~IssuingService();

    // Wiring, like SaleService: shift rule, printing, card terminal, SMS gateway, the key for
    // personal data (without one, identification by document is refused with "pd.no_key").
    void setShiftCheck(std::function<Status(const QString&)> check) { m_shiftCheck = std::move(check); }
    void setShiftIdSource(std::function<std::optional<qint64>()> source) { m_shiftId = std::move(source); }
    void setPaymentTerminal(drivers::PaymentTerminal* terminal, int timeoutMs = 60000)
    {
        m_terminal = terminal;
        m_terminalTimeoutMs = timeoutMs;
    }
    void setPrinting(PrinterRegistry* printers, PrintQueueService* queue)
    {
        m_printers = printers;
        m_queue = queue;
    }
    void setOffice(OfficeInfo office) { m_office = std::move(office); }
    void setSmsGateway(SmsGateway* gateway) { m_sms = gateway; }
    void setPersonalDataCipher(const PersonalDataCipher* cipher) { m_cipher = cipher; }
    void setCodFees(issuing::CodFeeSchedule fees) { m_fees = std::move(fees); }
    void setSmsPolicy(issuing::SmsCodePolicy policy) { m_smsPolicy = policy; }
    const issuing::SmsCodePolicy& smsPolicy() const { return m_smsPolicy; }

    // What each item costs the recipient; "storage.not_stored" for an item not waiting here.
    Result<DueSummary> dueFor(const QStringList& itemIds) const;

    // Sends a new one-time code to the recipient; "sms.code_still_valid" while the last one is usable,
    // "sms.no_gateway", "sms.no_phone" when the item has no phone.
    Result<SentSmsCode> sendSmsCode(const SmsTarget& target);
    // Checks a typed code against the last code of the target (counts wrong attempts, locks after
    // the policy's maximum). An accepted code is then consumed by handOver.
    Result<SmsVerification> verifySmsCode(const SmsTarget& target, const QString& code);

    // Charges a card without touching the database (a GUI runs it on a worker thread).
    Result<drivers::SaleApproval> chargeCard(qint64 totalKop) const;
    // The hand-over; refused as a whole when any item is not stored any more ("storage.not_stored":
    // someone else handed it over or returned it), the identification fails, or the payment fails.
    Result<HandOverResult> handOver(const HandOverRequest& request,
                                    const std::optional<drivers::SaleApproval>& preApproved = std::nullopt);

    // The addressee refuses the item: 3.4, stored → returned.
    Result<ItemOutcome> refuse(const QString& itemId, const QString& reason = {});
    // A failed attempt 12.x; the item stays stored.
    Result<ItemOutcome> failedAttempt(const QString& itemId, const issuing::FailedAttemptReason& reason);

private:
    struct Impl;
    const db::Connection& m_c;
    const Clock& m_clock;
    CounterContext m_ctx;
    std::function<Status(const QString&)> m_shiftCheck;
    std::function<std::optional<qint64>()> m_shiftId;
    drivers::PaymentTerminal* m_terminal = nullptr;
    int m_terminalTimeoutMs = 60000;
    PrinterRegistry* m_printers = nullptr;
    PrintQueueService* m_queue = nullptr;
    OfficeInfo m_office;
    SmsGateway* m_sms = nullptr;
    const PersonalDataCipher* m_cipher = nullptr;
    issuing::CodFeeSchedule m_fees = issuing::CodFeeSchedule::sample();
    issuing::SmsCodePolicy m_smsPolicy;
};

} // namespace pc::services
