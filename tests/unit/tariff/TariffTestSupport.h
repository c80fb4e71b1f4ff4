#pragma once
// Shared by the tariff tests: the bundled sample tariff read from the source tree, and a request builder.
#include "domain/tariff/Quote.h"
#include "domain/tariff/TariffParser.h"

#include <QFile>
#include <QTest>

namespace pc::tariff::test {

inline QByteArray sampleTariffText()
{
    QFile f(QStringLiteral(PC_TEST_DATA_DIR "/../../db/tariffs/sample.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read db/tariffs/sample.json");
    return f.readAll();
}

inline std::shared_ptr<const TariffVersion> sampleTariff()
{
    static const auto t = [] {
        auto r = parseTariff(sampleTariffText());
        if (!r)
            qFatal("sample tariff refused: %s", qPrintable(r.error().message));
        return *r;
    }();
    return t;
}

inline QuoteRequest request(int object, const char* from, const char* to, std::int64_t weightG,
                            QDate date = QDate(2025, 6, 1))
{
    QuoteRequest r;
    r.object = object;
    r.fromPostcode = QString::fromLatin1(from);
    r.toPostcode = QString::fromLatin1(to);
    r.weightG = weightG;
    r.date = date;
    return r;
}

inline QStringList errorCodes(const QuoteResult& r)
{
    QStringList codes;
    for (const auto& e : r.errors)
        codes << e.code;
    return codes;
}

inline const QuoteLine* line(const Quote& q, const QString& code)
{
    for (const auto& l : q.lines)
        if (l.code == code)
            return &l;
    return nullptr;
}

} // namespace pc::tariff::test
