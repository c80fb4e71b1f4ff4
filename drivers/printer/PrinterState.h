#pragma once
// One vocabulary for what a printer reports, whatever it is attached by (USB status bytes, CUPS
// printer-state-reasons, a simulated printer). Several conditions can hold at once.
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pc::drivers {

enum class PrinterCondition : unsigned {
    PaperOut = 1u << 0,
    PaperNearEnd = 1u << 1, // a warning: printing still works
    RibbonOut = 1u << 2,    // ribbon, toner or ink
    HeadOpen = 1u << 3,
    CoverOpen = 1u << 4,
    Paused = 1u << 5,
    Offline = 1u << 6,
    Error = 1u << 7, // anything else; reason says what
};

struct PrinterState {
    unsigned conditions = 0;
    QString reason; // technical detail for an admin: "paper jam", "media-empty-error", "no answer"

    static PrinterState readyState() { return {}; }
    static PrinterState with(PrinterCondition c, QString why = {})
    {
        return PrinterState{static_cast<unsigned>(c), std::move(why)};
    }

    bool has(PrinterCondition c) const { return (conditions & static_cast<unsigned>(c)) != 0; }
    void set(PrinterCondition c) { conditions |= static_cast<unsigned>(c); }
    void addReason(const QString& why);
    bool isReady() const { return conditions == 0; }
    // Ready, or only warnings (paper near end): a job may be sent.
    bool canPrint() const
    {
        return (conditions & ~static_cast<unsigned>(PrinterCondition::PaperNearEnd)) == 0;
    }
    // "ready" or the condition names joined by ',' (stable: used in CLI JSON), e.g. "paper-out,paused".
    QString summary() const;
    QStringList conditionNames() const;
    bool operator==(const PrinterState&) const = default;
};

QString conditionName(PrinterCondition c); // "paper-out", "paper-near-end", "ribbon-out", ...
const QList<PrinterCondition>& allConditions();

} // namespace pc::drivers

Q_DECLARE_METATYPE(pc::drivers::PrinterState)
