#include "DemoShift.h"

#include "AcceptanceService.h"
#include "AppConfig.h"
#include "OfficeSetup.h"
#include "db/OutboxRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcDemo, "pc.services.demo")

namespace pc::services {

namespace {
// What the simulated counter sees during the demo: a scan (or an allocation) and a stable weight.
struct DemoStep {
    const char* scanned; // nullptr → allocate
    IdKind kind;
    const char* serviceIndicator;
    qint64 grams;
    int objectCode;
    const char* destination;
};
constexpr DemoStep kSteps[] = {
    {nullptr, IdKind::Rpo14, "", 1250, 4030, "630099"},           // parcel to Novosibirsk
    {nullptr, IdKind::Rpo14, "", 20, 2010, "190000"},             // registered letter to St Petersburg
    {"80082240994512", IdKind::Rpo14, "", 3400, 27030, "690000"}, // pre-labelled business parcel
    {nullptr, IdKind::S10, "RA", 45, 2011, "DE"},                 // international registered letter
    {nullptr, IdKind::S10, "CP", 2300, 4031, "KZ"},               // international parcel
};
} // namespace

Result<DemoResult> DemoShift::run()
{
    QDir out(m_outDir);
    if (!out.mkpath(QStringLiteral(".")))
        return Error{
            QStringLiteral("demo.out_dir"),
            QCoreApplication::translate("DemoShift", "Cannot create the output folder %1.").arg(m_outDir)};

    AppConfig cfg;
    cfg.configPath = out.filePath(QStringLiteral("postcounter.conf"));
    cfg.databasePath = out.filePath(QStringLiteral("postcounter.db"));
    cfg.officePostcode = QStringLiteral("101000");
    cfg.officeName = QStringLiteral("Москва 101000 (sample)");
    cfg.officeRegion = QStringLiteral("Москва");
    cfg.counterId = QStringLiteral("1");
    cfg.counterName = QStringLiteral("Окно 1");
    cfg.operatorId = QStringLiteral("demo");
    cfg.operatorName = QStringLiteral("Demo Operator");
    cfg.demo = true;
    // A fresh database every run: the demo is a script, not a continuation.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cfg.databasePath + suffix);
    if (auto st = cfg.save(); !st)
        return st.error();

    auto conn = db::openSqlite({cfg.databasePath});
    if (!conn)
        return conn.error();
    if (auto st = ensureOfficeAndCounter(*conn, cfg); !st)
        return st.error();
    if (auto st = seedDemoRanges(*conn, cfg.officePostcode); !st)
        return st.error();

    SystemClock clock;
    AcceptanceService acceptance(*conn, clock, counterContextFrom(cfg));
    QJsonArray items;
    for (const DemoStep& s : kSteps) {
        AcceptanceRequest req;
        if (s.scanned)
            req.scannedId = QString::fromLatin1(s.scanned);
        req.allocateKind = s.kind;
        req.serviceIndicator = QString::fromLatin1(s.serviceIndicator);
        req.weight = Weight::fromGrams(s.grams);
        req.objectCode = s.objectCode;
        req.destination = QString::fromLatin1(s.destination);
        auto accepted = acceptance.accept(req);
        if (!accepted)
            return accepted.error();
        items.append(QJsonObject{
            {QStringLiteral("id"), accepted->id.text},
            {QStringLiteral("kind"), idKindName(accepted->id.kind)},
            {QStringLiteral("object"), s.objectCode},
            {QStringLiteral("weight_g"), static_cast<double>(accepted->weightG)},
            {QStringLiteral("operation_id"), static_cast<double>(accepted->operationId)},
            {QStringLiteral("event_id"), accepted->eventId},
            {QStringLiteral("documents"), QJsonObject{}},
        });
        qCInfo(lcDemo) << "demo accepted" << accepted->id.text;
    }
    auto pending = db::OutboxRepository(*conn).pendingCount();
    if (!pending)
        return pending.error();

    const QJsonObject manifest{
        {QStringLiteral("product"), QStringLiteral("PostCounter")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("office"), cfg.officePostcode},
        {QStringLiteral("counter"), cfg.counterId},
        {QStringLiteral("database"), QStringLiteral("postcounter.db")},
        {QStringLiteral("items"), items},
        {QStringLiteral("outbox_pending"), static_cast<double>(*pending)},
    };
    const QString path = out.filePath(QStringLiteral("manifest.json"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(manifest).toJson()) < 0 || !f.commit())
        return Error{
            QStringLiteral("demo.manifest"),
            QCoreApplication::translate("DemoShift", "Cannot write %1: %2").arg(path, f.errorString())};
    return DemoResult{path, static_cast<int>(items.size())};
}

} // namespace pc::services
