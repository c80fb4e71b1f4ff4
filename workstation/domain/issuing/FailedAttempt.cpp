#include "FailedAttempt.h"

#include <QCoreApplication>

namespace pc::issuing {

namespace {
struct Row {
    int attr;
    const char* name;
    const char* title;
};
// Tracking operation 12 attributes (DOMAIN.md §4: 1 addressee absent, 6 refused; the rest after the
// Russian Post tracking reference).
const Row kReasons[] = {
    {1, "addressee_absent", QT_TRANSLATE_NOOP("FailedAttempt", "Addressee temporarily absent")},
    {2, "postponed_by_addressee",
     QT_TRANSLATE_NOOP("FailedAttempt", "Delivery postponed at the addressee's request")},
    {3, "incomplete_address", QT_TRANSLATE_NOOP("FailedAttempt", "Incomplete address")},
    {4, "wrong_address", QT_TRANSLATE_NOOP("FailedAttempt", "Wrong address")},
    {5, "addressee_moved", QT_TRANSLATE_NOOP("FailedAttempt", "Addressee has moved")},
    {6, "refused", QT_TRANSLATE_NOOP("FailedAttempt", "Addressee refused the item")},
    {7, "force_majeure", QT_TRANSLATE_NOOP("FailedAttempt", "Force majeure")},
    {8, "other", QT_TRANSLATE_NOOP("FailedAttempt", "Other reason")},
    {9, "will_collect", QT_TRANSLATE_NOOP("FailedAttempt", "Addressee will collect the item")},
    {10, "no_addressee", QT_TRANSLATE_NOOP("FailedAttempt", "No such addressee at the address")},
    {11, "technical", QT_TRANSLATE_NOOP("FailedAttempt", "Technical reasons")},
};
} // namespace

QList<FailedAttemptReason> failedAttemptReasons()
{
    QList<FailedAttemptReason> out;
    for (const auto& r : kReasons)
        out << FailedAttemptReason{r.attr, QString::fromLatin1(r.name),
                                   QCoreApplication::translate("FailedAttempt", r.title)};
    return out;
}

std::optional<FailedAttemptReason> failedAttemptReason(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QStringLiteral("12.")))
        t = t.mid(3);
    bool num = false;
    const int attr = t.toInt(&num);
    for (const auto& r : failedAttemptReasons())
        if ((num && r.attr == attr) || (!num && r.name == t))
            return r;
    return std::nullopt;
}

} // namespace pc::issuing
