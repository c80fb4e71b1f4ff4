#include "DemoShift.h"

#include "AcceptanceService.h"
#include "AppConfig.h"
#include "OfficeSetup.h"
#include "db/OutboxRepository.h"
#include "documents/DemoDocuments.h"
#include "forms/FormRegistry.h"
#include "forms/render/Renderer.h"
#include "shift/OperatorService.h"
#include "shift/ShiftReportFormat.h"
#include "shift/ShiftService.h"
#include "tariff/TariffService.h"

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
// What the simulated counter sees during the demo: a scan (or an allocation), a stable weight, the
// product, destination and services the clerk picks.
struct DemoStep {
    const char* scanned; // nullptr → allocate
    IdKind kind;
    const char* serviceIndicator;
    qint64 grams;
    int objectCode;
    const char* destination; // postcode, or ISO country for international objects
    qint64 declaredKop;
    qint64 codKop;
    QList<int> services;
};
const DemoStep kSteps[] = {
    {nullptr, IdKind::Rpo14, "", 2350, 4040, "630099", 500000, 450000, {23}}, // parcel, value + COD +
                                                                              // inventory
    {nullptr, IdKind::Rpo14, "", 20, 2010, "190000", 0, 0, {}},               // registered letter
    {"80082240994512", IdKind::Rpo14, "", 3400, 4030, "690000", 0, 0, {4}},   // pre-labelled parcel, fragile
    {nullptr, IdKind::S10, "UA", 450, 5001, "DE", 0, 0, {}},      // international small packet (CN22)
    {nullptr, IdKind::S10, "CP", 2300, 4031, "KZ", 0, 0, {}},     // international parcel (CN23)
    {nullptr, IdKind::S10, "EE", 1200, 7030, "620000", 0, 0, {}}, // EMS
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
    // The clerk's day: log in, open the shift with a float, work, count the cash, close.
    OperatorService operators(*conn, clock);
    const QString demoPassword = QStringLiteral("demo-password");
    if (auto st = operators.add({cfg.operatorId, cfg.operatorName, Role::Operator, demoPassword}); !st)
        return st.error();
    if (auto who = operators.authenticate(cfg.operatorId, demoPassword); !who)
        return who.error();
    ShiftService shifts(*conn, clock, operators);
    const qint64 floatKop = 500000; // 5 000 ₽ in the drawer
    auto shift = shifts.open(cfg.counterId, cfg.operatorId, floatKop);
    if (!shift)
        return shift.error();

    AcceptanceService acceptance(*conn, clock, counterContextFrom(cfg));
    acceptance.setShiftCheck([&shifts](const QString& counter) { return shifts.requireOpenShift(counter); });
    TariffService tariffs(*conn, clock, cfg.utcOffsetMin);
    if (auto st = tariffs.ensureTariffs(); !st)
        return st.error();
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
        req.declaredValueKop = s.declaredKop;
        req.codKop = s.codKop;

        tariff::QuoteRequest q;
        q.object = s.objectCode;
        q.fromPostcode = cfg.officePostcode;
        (req.destination.size() == 2 ? q.country : q.toPostcode) = req.destination;
        q.weightG = s.grams;
        q.declaredValueKop = s.declaredKop;
        q.codKop = s.codKop;
        q.services = s.services;
        const tariff::QuoteResult price = tariffs.quote(q);
        if (!price.ok())
            return price.errors.first();
        req.totalKop = price.quote.totalKop;

        auto accepted = acceptance.accept(req);
        if (!accepted)
            return accepted.error();
        // What the counter prints for it, written where the manifest says (relative paths).
        auto documents =
            renderDemoDocuments({accepted->id.text, s.objectCode, accepted->weightG, s.declaredKop, s.codKop,
                                 req.totalKop, req.destination, s.services.contains(23)},
                                out.filePath(QStringLiteral("documents")));
        if (!documents)
            return documents.error();
        QJsonObject docs;
        for (auto it = documents->constBegin(); it != documents->constEnd(); ++it)
            docs.insert(it.key(), QStringLiteral("documents/") + it.value().toString());
        items.append(QJsonObject{
            {QStringLiteral("id"), accepted->id.text},
            {QStringLiteral("kind"), idKindName(accepted->id.kind)},
            {QStringLiteral("object"), s.objectCode},
            {QStringLiteral("weight_g"), static_cast<double>(accepted->weightG)},
            {QStringLiteral("destination"), req.destination},
            {QStringLiteral("total_kop"), static_cast<double>(req.totalKop)},
            {QStringLiteral("tariff_version"), price.quote.tariffVersion},
            {QStringLiteral("operation_id"), static_cast<double>(accepted->operationId)},
            {QStringLiteral("event_id"), accepted->eventId},
            {QStringLiteral("documents"), docs},
        });
        qCInfo(lcDemo) << "demo accepted" << accepted->id.text;
    }
    // Close: the counted cash is exactly what the journal says the drawer holds.
    auto x = shifts.xReport(cfg.counterId);
    if (!x)
        return x.error();
    CloseRequest closing;
    closing.operatorId = cfg.operatorId;
    closing.countedTotalKop = x->expectedCashKop;
    auto closed = shifts.close(shift->id, closing);
    if (!closed)
        return closed.error();
    const QJsonObject zReport = shiftReportJson(closed->report);
    const QString zPath = out.filePath(QStringLiteral("shift-report.json"));
    QSaveFile z(zPath);
    if (!z.open(QIODevice::WriteOnly) || z.write(QJsonDocument(zReport).toJson()) < 0 || !z.commit())
        return Error{
            QStringLiteral("demo.report"),
            QCoreApplication::translate("DemoShift", "Cannot write %1: %2").arg(zPath, z.errorString())};

    // The Z-report as printed for the head of office (A4 PDF), from the same JSON.
    QJsonObject zData = zReport;
    zData.insert(QStringLiteral("office"), cfg.officeName);
    auto zForm =
        forms::buildForm(QStringLiteral("shift-report"), QJsonDocument(zData).toJson(QJsonDocument::Compact));
    if (!zForm)
        return zForm.error();
    auto zPdf = forms::render::renderDocument(*zForm, forms::OutputLanguage::Pdf, {203, 1});
    if (!zPdf)
        return zPdf.error();
    QSaveFile zp(out.filePath(QStringLiteral("shift-report.pdf")));
    if (!zp.open(QIODevice::WriteOnly) || zp.write(zPdf->bytes) < 0 || !zp.commit())
        return Error{QStringLiteral("demo.report"),
                     QCoreApplication::translate("DemoShift", "Cannot write %1: %2")
                         .arg(zp.fileName(), zp.errorString())};

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
        {QStringLiteral("shift"),
         QJsonObject{{QStringLiteral("id"), static_cast<double>(shift->id)},
                     {QStringLiteral("report_json"), QStringLiteral("shift-report.json")},
                     {QStringLiteral("report_pdf"), QStringLiteral("shift-report.pdf")},
                     {QStringLiteral("totals"), zReport.value(QStringLiteral("totals"))}}},
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
