#include "PrinterState.h"

namespace pc::drivers {

const QList<PrinterCondition>& allConditions()
{
    static const QList<PrinterCondition> all = {PrinterCondition::PaperOut,  PrinterCondition::PaperNearEnd,
                                                PrinterCondition::RibbonOut, PrinterCondition::HeadOpen,
                                                PrinterCondition::CoverOpen, PrinterCondition::Paused,
                                                PrinterCondition::Offline,   PrinterCondition::Error};
    return all;
}

QString conditionName(PrinterCondition c)
{
    switch (c) {
    case PrinterCondition::PaperOut:
        return QStringLiteral("paper-out");
    case PrinterCondition::PaperNearEnd:
        return QStringLiteral("paper-near-end");
    case PrinterCondition::RibbonOut:
        return QStringLiteral("ribbon-out");
    case PrinterCondition::HeadOpen:
        return QStringLiteral("head-open");
    case PrinterCondition::CoverOpen:
        return QStringLiteral("cover-open");
    case PrinterCondition::Paused:
        return QStringLiteral("paused");
    case PrinterCondition::Offline:
        return QStringLiteral("offline");
    case PrinterCondition::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

void PrinterState::addReason(const QString& why)
{
    if (why.isEmpty() || reason.contains(why))
        return;
    reason = reason.isEmpty() ? why : reason + QStringLiteral("; ") + why;
}

QStringList PrinterState::conditionNames() const
{
    QStringList names;
    for (auto c : allConditions())
        if (has(c))
            names << conditionName(c);
    return names;
}

QString PrinterState::summary() const
{
    return isReady() ? QStringLiteral("ready") : conditionNames().join(u',');
}

} // namespace pc::drivers
