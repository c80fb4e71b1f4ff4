// Fuzzes the easy-return list import (files come from online shops' own systems): any bytes must be
// refused as a whole with a reason, or give lines each either importable or carrying its problem.
#include "domain/returns/ReturnCode.h"
#include "domain/returns/ReturnList.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto list = pc::returns::parseReturnList(bytes);
    if (!list) {
        if (list.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const pc::returns::ReturnListLine& l : list->lines) {
        if (!l.importable() && l.problem.isEmpty())
            __builtin_trap(); // a line that is not imported must say why
        if (l.authorization && !pc::returns::parseReturnCode(l.authorization->code))
            __builtin_trap(); // an authorised code is a valid code
    }
    return 0;
}
