// Fuzzes what a scanner or a clerk hands the counter: the identifier check (allocation-free hot path
// and its QString wrapper), the scan grammar, return codes and claim numbers. Any bytes must give a
// clean verdict; whatever is accepted must be accepted again in its normalised form.
#include "domain/ItemIdentifier.h"
#include "domain/claims/ClaimRules.h"
#include "domain/returns/ReturnCode.h"
#include "services/devices/ScanGrammar.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    const pc::IdCheck check = pc::checkIdentifier(raw);
    if (check.length > 0 && check.normalized().size() > 15)
        __builtin_trap();
    (void)pc::describeIdError(check);

    const QString text = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    const auto id = pc::parseItemId(text);
    if (id) {
        const auto again = pc::parseItemId(id->text); // normalised text must stay valid
        if (!again || !(*again == *id))
            __builtin_trap();
    }

    const pc::services::ScanVerdict v = pc::services::classifyScan(text);
    (void)v.kindName();
    (void)pc::services::printableScan(text);
    if (v.recognised() != v.message.isEmpty())
        __builtin_trap(); // a recognised scan has no message, an unrecognised one always says why

    if (const auto code = pc::returns::parseReturnCode(text)) {
        if (!pc::returns::parseReturnCode(*code) || !pc::returns::looksLikeReturnCode(*code))
            __builtin_trap();
    }
    if (const auto claim = pc::claims::parseClaimNumber(text)) {
        const QString back = pc::claims::claimNumber(claim->officePostcode, claim->year, claim->sequence);
        if (!pc::claims::parseClaimNumber(back))
            __builtin_trap();
    }
    return 0;
}
