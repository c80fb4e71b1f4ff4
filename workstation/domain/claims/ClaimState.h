#pragma once
// A claim's life: opened → answered → closed, closed with an outcome. A claim opened in error or
// outside the rules may be closed as rejected without an answer; nothing leaves "closed".
// Compensation goes only with "lost" and must then be positive.
#include "domain/Money.h"
#include "domain/Result.h"

#include <QString>
#include <optional>

namespace pc::claims {

enum class ClaimState { Opened, Answered, Closed };
enum class ClaimOutcome { FoundDelivered, FoundReturned, Lost, Rejected };
enum class ClaimantRole { Sender, Recipient };

QString stateName(ClaimState s); // "opened", "answered", "closed"
std::optional<ClaimState> stateFromName(QStringView name);
// "found" (found and delivered), "returned" (found and returned), "lost", "rejected"
QString outcomeName(ClaimOutcome o);
std::optional<ClaimOutcome> outcomeFromName(QStringView name);
QString roleName(ClaimantRole r); // "sender", "recipient"
std::optional<ClaimantRole> roleFromName(QStringView name);
// Russian, as the forms and the screen print them.
QString stateText(ClaimState s);
QString outcomeText(ClaimOutcome o);
QString roleText(ClaimantRole r);

// Refused with "claim.transition" and the reason.
Status checkAnswer(ClaimState from, const QString& text);
Status checkClose(ClaimState from, ClaimOutcome outcome, std::optional<Money> compensation);

} // namespace pc::claims
