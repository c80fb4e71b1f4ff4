// bench_sale [N]: N sales (default 2000) of one domestic parcel with declared value, COD and inventory,
// each from "the weight is stable" (the shipment is complete) to the committed transaction with its
// five print jobs queued, on SQLite with synchronous=FULL in a temporary folder; then a business list
// of 10 000 orders imported (parse, rules, tariff, insert). Prints p50/p90/p99/max.
#include "SaleTestData.h"
#include "services/OfficeSetup.h"
#include "services/acceptance/CounterServices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace pc;
using namespace pc::services;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// A valid 14-digit barcode: postcode 101000, month 94, serial; check digit per DOMAIN.md §1.
QString barcode(int serial)
{
    const QString body = QStringLiteral("10100094%1").arg(serial, 5, 10, QLatin1Char('0'));
    int odd = 0, even = 0;
    for (int i = 0; i < 13; ++i)
        (i % 2 == 0 ? odd : even) += body[i].digitValue();
    const int check = (10 - (odd * 3 + even) % 10) % 10;
    return body + QString::number(check);
}

QByteArray businessList(int n)
{
    const char* postcodes[] = {"190000", "420012", "630099", "620014", "690000", "660000"};
    QJsonArray orders;
    for (int i = 0; i < n; ++i)
        orders.append(QJsonObject{{QStringLiteral("barcode"), barcode(i + 1)},
                                  {QStringLiteral("mail-type"), QStringLiteral("POSTAL_PARCEL")},
                                  {QStringLiteral("mail-category"), QStringLiteral("ORDINARY")},
                                  {QStringLiteral("mass"), 500 + (i % 40) * 100},
                                  {QStringLiteral("index-to"), QString::fromLatin1(postcodes[i % 6])},
                                  {QStringLiteral("place-to"), QStringLiteral("Город")},
                                  {QStringLiteral("street-to"), QStringLiteral("ул. Ленина")},
                                  {QStringLiteral("house-to"), QString::number(1 + i % 90)},
                                  {QStringLiteral("recipient-name"), QStringLiteral("Получатель %1").arg(i)},
                                  {QStringLiteral("mail-direct"), 643},
                                  {QStringLiteral("sender-name"), QStringLiteral("ООО «Книжный двор»")},
                                  {QStringLiteral("index-from"), QStringLiteral("101000")},
                                  {QStringLiteral("place-from"), QStringLiteral("Москва")},
                                  {QStringLiteral("street-from"), QStringLiteral("ул. Мясницкая")},
                                  {QStringLiteral("house-from"), QStringLiteral("26")}});
    return QJsonDocument(orders).toJson(QJsonDocument::Compact);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pc.*.info=false\npc.*.debug=false"));
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    auto c = db::openSqlite({dir.filePath(QStringLiteral("bench.db"))});
    if (!c) {
        std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
        return 1;
    }
    AppConfig cfg;
    cfg.officePostcode = QStringLiteral("101000");
    cfg.counterId = QStringLiteral("1");
    cfg.operatorId = QStringLiteral("clerk");
    if (!ensureOfficeAndCounter(*c, cfg) || !seedDemoRanges(*c, cfg.officePostcode))
        return 1;
    SystemClock clock;
    CounterServices counter(cfg, *c, clock, false);
    if (!counter.tariffs.ensureTariffs())
        return 1;

    const acceptance::Shipment parcel = testing::parcelWithValueCodAndInventory();
    std::vector<double> ms;
    ms.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        SaleRequest req;
        req.items = {parcel};
        auto sale = counter.sales.commit(req);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!sale) {
            std::fprintf(stderr, "sale %d: %s\n", i, qPrintable(sale.error().message));
            return 1;
        }
    }
    std::printf(
        "sale (1 parcel, 5 print jobs queued), %d runs: p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms\n",
        n, percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 0.99), percentile(ms, 1.0));

    const QByteArray list = businessList(10000);
    QElapsedTimer t;
    t.start();
    auto report =
        counter.lists.importBytes(list, QStringLiteral("bench.json"), {QStringLiteral("Bench"), {}, {}});
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    if (!report || report->imported != 10000) {
        std::fprintf(stderr, "import: %s\n",
                     report ? qPrintable(report->rejected.value(0).issues.value(0).message)
                            : qPrintable(report.error().message));
        return 1;
    }
    std::printf("business list import, 10 000 orders (parse + rules + tariff + insert): %.0f ms\n", importMs);
    return 0;
}
