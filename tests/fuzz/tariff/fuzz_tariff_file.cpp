// Fuzzes the tariff file parser (an admin imports files from elsewhere): any bytes must be refused
// cleanly or give a version the engine can quote against without reading out of bounds.
#include "domain/tariff/TariffEngine.h"
#include "domain/tariff/TariffParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pc::tariff;
    const QByteArray text(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    TariffFileError error;
    auto parsed = parseTariff(text, &error);
    if (!parsed)
        return 0;
    const TariffVersion& t = **parsed;
    QuoteResult r;
    for (const Product& p : t.products) {
        for (const char* to : {"101000", "000000", "999999"}) {
            QuoteRequest rq;
            rq.object = p.object;
            rq.fromPostcode = QStringLiteral("101000");
            rq.toPostcode = QString::fromLatin1(to);
            rq.country = QStringLiteral("DE");
            rq.weightG = p.maxWeightG;
            rq.declaredValueKop = p.declaredValue ? 100000 : 0;
            rq.codKop = p.cod ? 100000 : 0;
            rq.date = t.effectiveFrom;
            for (const Service& s : t.services)
                rq.services.append(s.code);
            quoteInto(rq, t, r);
        }
    }
    return 0;
}
