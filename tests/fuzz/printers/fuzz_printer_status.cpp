// One libFuzzer target per printer status parser (PC_FUZZ_PARSER selects which). Contract: no crash,
// and a parse either fails with printer.status_malformed or yields only known condition bits.
#include "drivers/printer/CupsClient.h"
#include "drivers/printer/StatusParsers.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace pc::drivers;

namespace {
void check(const PrinterResult<PrinterState>& r)
{
    constexpr unsigned kKnown = 0xFF;
    if (r.ok() ? (r->conditions & ~kKnown) != 0 : r.error().code != QLatin1String("printer.status_malformed"))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray b(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::string_view name = PC_FUZZ_PARSER;
    if (name == "zpl") {
        check(parseZplHostStatus(b));
    } else if (name == "tspl") {
        check(parseTsplStatus(b));
    } else if (name == "escpos") {
        check(parseEscPosStatusSet(b));
        if (size >= 1)
            check(parseEscPosStatus(1 + data[0] % 6, size > 1 ? data[1] : 0));
    } else if (name == "cups") {
        // printer-state-reasons keywords split on commas, state from the first byte.
        const QStringList reasons = QString::fromUtf8(b).split(u',');
        const PrinterState st = printerStateFromCups(size ? 3 + data[0] % 3 : 3, reasons, size % 2 == 0);
        if ((st.conditions & ~0xFFu) != 0)
            std::abort();
    }
    return 0;
}
