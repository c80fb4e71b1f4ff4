// The time of one hand-over as the counter does it (SQLite file, WAL, one transaction): a parcel by
// passport with nothing due, and a COD parcel paid in cash (receipt, 63, cod_transfer, Ф.112ЭП job).
// Items arrive first (not timed). PC_BENCH_ISSUING_ITEMS overrides the number of items per case.
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"
#include "services/issuing/IssuingService.h"
#include "services/issuing/PersonalDataCipher.h"
#include "services/storage/ArrivalService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace pc;
using namespace pc::services;

namespace {
QString s10(int serial)
{
    const QString d = QStringLiteral("%1").arg(serial, 8, 10, QChar(u'0'));
    const int w[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += d[i].digitValue() * w[i];
    int c = 11 - sum % 11;
    c = c == 10 ? 0 : c == 11 ? 5 : c;
    return QStringLiteral("CP%1%2RU").arg(d).arg(c);
}

void report(const char* name, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) {
        return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(p * double(ms.size())))];
    };
    std::printf("%-28s n=%lld  p50=%.3f ms  p99=%.3f ms  max=%.3f ms\n", name,
                static_cast<long long>(ms.size()), at(0.50), at(0.99), ms.back());
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false"));
    const int n = qEnvironmentVariableIsSet("PC_BENCH_ISSUING_ITEMS")
                      ? qEnvironmentVariableIntValue("PC_BENCH_ISSUING_ITEMS")
                      : 1000;
    QTemporaryDir dir;
    auto c = db::openSqlite({dir.filePath(QStringLiteral("issuing.db"))});
    if (!c) {
        std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
        return 1;
    }
    AppConfig cfg;
    cfg.officePostcode = QStringLiteral("101000");
    cfg.officeName = QStringLiteral("Москва 101000");
    cfg.counterId = QStringLiteral("1");
    cfg.operatorId = QStringLiteral("clerk");
    if (!ensureOfficeAndCounter(*c, cfg))
        return 1;
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
    ArrivalService arrival(*c, clock, counterContextFrom(cfg), officeInfoFrom(cfg));
    IssuingService issuing(*c, clock, counterContextFrom(cfg));
    issuing.setOffice(officeInfoFrom(cfg));
    std::array<unsigned char, 32> key{};
    key.fill(3);
    const auto cipher = PersonalDataCipher::fromKey(key);
    issuing.setPersonalDataCipher(&cipher);

    QStringList plain, cod;
    for (int i = 0; i < 2 * n; ++i) {
        ArrivalRequest r;
        r.barcode = s10(100000 + i);
        r.weightG = 900;
        r.recipientPhone = QStringLiteral("+7 912 %1").arg(1000000 + i);
        if (i % 2)
            r.codKop = 150000;
        auto done = arrival.arrive(r);
        if (!done) {
            std::fprintf(stderr, "arrival: %s\n", qPrintable(done.error().message));
            return 1;
        }
        (i % 2 ? cod : plain) << done->itemId;
    }
    const issuing::IdDocumentInput passport{
        issuing::IdDocType::RussianPassport, QStringLiteral("4510123456"), QDate(2015, 3, 20), {}};
    QList<double> a, b;
    QElapsedTimer t;
    for (const QString& id : plain) {
        t.start();
        auto done = issuing.handOver({{id}, passport, std::nullopt});
        a << double(t.nsecsElapsed()) / 1e6;
        if (!done)
            return std::fprintf(stderr, "%s\n", qPrintable(done.error().message)), 1;
    }
    for (const QString& id : cod) {
        t.start();
        auto done = issuing.handOver(
            {{id}, passport, acceptance::PaymentChoice{acceptance::PaymentMethod::Cash, 200000}});
        b << double(t.nsecsElapsed()) / 1e6;
        if (!done)
            return std::fprintf(stderr, "%s\n", qPrintable(done.error().message)), 1;
    }
    report("hand-over, passport", a);
    report("hand-over, COD cash", b);
    return 0;
}
