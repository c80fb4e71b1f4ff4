#include "Printer.h"

namespace pc::drivers {

PrinterError notReadyError(const QString& printer, const PrinterState& state)
{
    const QString detail = state.reason.isEmpty()
                               ? state.summary()
                               : state.summary() + QStringLiteral(" (") + state.reason + u')';
    const QString msg = QStringLiteral("printer %1 is not ready: %2").arg(printer, detail);
    if (state.has(PrinterCondition::PaperOut))
        return {QStringLiteral("printer.paper_out"), msg};
    if (state.has(PrinterCondition::Offline))
        return {QStringLiteral("printer.offline"), msg};
    if (state.has(PrinterCondition::RibbonOut))
        return {QStringLiteral("printer.ribbon_out"), msg};
    if (state.has(PrinterCondition::HeadOpen) || state.has(PrinterCondition::CoverOpen))
        return {QStringLiteral("printer.cover_open"), msg};
    if (state.has(PrinterCondition::Paused))
        return {QStringLiteral("printer.paused"), msg};
    return {QStringLiteral("printer.not_ready"), msg};
}

} // namespace pc::drivers
