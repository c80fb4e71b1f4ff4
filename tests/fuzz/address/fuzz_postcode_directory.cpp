// Fuzzes the postcode directory import (our CSV and Russian Post's PIndx export): any bytes must be
// refused cleanly or give offices with six-digit postcodes, each once, and rejections with a line.
#include "domain/acceptance/PostcodeDirectoryFile.h"

#include <QSet>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pc::acceptance;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto file = parsePostcodeDirectory(bytes);
    if (!file)
        return 0;
    QSet<QString> seen;
    for (const PostcodeOffice& o : file->offices) {
        if (!isDomesticPostcode(o.postcode) || seen.contains(o.postcode))
            __builtin_trap();
        seen.insert(o.postcode);
        if (officeKindFromCode(officeKindCode(o.kind)) != o.kind)
            __builtin_trap();
    }
    for (const PostcodeFileLineError& e : file->rejected)
        if (e.line < 1 || e.reason.isEmpty())
            __builtin_trap();
    return 0;
}
