#include "ClaimState.h"

#include <QCoreApplication>

namespace pc::claims {

namespace {
Error transition(const QString& message)
{
    return Error{QStringLiteral("claim.transition"), message};
}
} // namespace

QString stateName(ClaimState s)
{
    switch (s) {
    case ClaimState::Opened:
        return QStringLiteral("opened");
    case ClaimState::Answered:
        return QStringLiteral("answered");
    case ClaimState::Closed:
        break;
    }
    return QStringLiteral("closed");
}

std::optional<ClaimState> stateFromName(QStringView name)
{
    for (ClaimState s : {ClaimState::Opened, ClaimState::Answered, ClaimState::Closed})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

QString outcomeName(ClaimOutcome o)
{
    switch (o) {
    case ClaimOutcome::FoundDelivered:
        return QStringLiteral("found");
    case ClaimOutcome::FoundReturned:
        return QStringLiteral("returned");
    case ClaimOutcome::Lost:
        return QStringLiteral("lost");
    case ClaimOutcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

std::optional<ClaimOutcome> outcomeFromName(QStringView name)
{
    for (ClaimOutcome o : {ClaimOutcome::FoundDelivered, ClaimOutcome::FoundReturned, ClaimOutcome::Lost,
                           ClaimOutcome::Rejected})
        if (outcomeName(o) == name)
            return o;
    return std::nullopt;
}

QString roleName(ClaimantRole r)
{
    return r == ClaimantRole::Sender ? QStringLiteral("sender") : QStringLiteral("recipient");
}

std::optional<ClaimantRole> roleFromName(QStringView name)
{
    if (name == u"sender")
        return ClaimantRole::Sender;
    if (name == u"recipient")
        return ClaimantRole::Recipient;
    return std::nullopt;
}

QString stateText(ClaimState s)
{
    switch (s) {
    case ClaimState::Opened:
        return QStringLiteral("открыто");
    case ClaimState::Answered:
        return QStringLiteral("дан ответ");
    case ClaimState::Closed:
        break;
    }
    return QStringLiteral("закрыто");
}

QString outcomeText(ClaimOutcome o)
{
    switch (o) {
    case ClaimOutcome::FoundDelivered:
        return QStringLiteral("найдено и вручено");
    case ClaimOutcome::FoundReturned:
        return QStringLiteral("найдено и возвращено отправителю");
    case ClaimOutcome::Lost:
        return QStringLiteral("утрачено, выплачено возмещение");
    case ClaimOutcome::Rejected:
        break;
    }
    return QStringLiteral("отказано");
}

QString roleText(ClaimantRole r)
{
    return r == ClaimantRole::Sender ? QStringLiteral("отправитель") : QStringLiteral("адресат");
}

Status checkAnswer(ClaimState from, const QString& text)
{
    if (text.trimmed().isEmpty())
        return Error{QStringLiteral("claim.answer_empty"),
                     QCoreApplication::translate("Claims", "Type the answer's text: what the search found.")};
    if (from == ClaimState::Answered)
        return transition(QCoreApplication::translate(
            "Claims", "The claim has already been answered; close it with its outcome."));
    if (from == ClaimState::Closed)
        return transition(
            QCoreApplication::translate("Claims", "The claim is closed; it cannot be answered."));
    return {};
}

Status checkClose(ClaimState from, ClaimOutcome outcome, std::optional<Money> compensation)
{
    if (from == ClaimState::Closed)
        return transition(QCoreApplication::translate("Claims", "The claim is already closed."));
    if (from == ClaimState::Opened && outcome != ClaimOutcome::Rejected)
        return transition(QCoreApplication::translate(
            "Claims", "The claim has no answer yet: record the answer first (only a rejected claim is "
                      "closed without one)."));
    if (outcome == ClaimOutcome::Lost) {
        if (!compensation || compensation->isNegative() || compensation->isZero())
            return Error{QStringLiteral("claim.compensation_needed"),
                         QCoreApplication::translate(
                             "Claims", "A lost item is closed with the compensation paid: give its amount.")};
    } else if (compensation && !compensation->isZero()) {
        return Error{QStringLiteral("claim.compensation_not_due"),
                     QCoreApplication::translate("Claims", "Compensation is paid only for a lost item.")};
    }
    return {};
}

} // namespace pc::claims
