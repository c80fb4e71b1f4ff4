// postcounter-cli report shift [--id N] [--json | --csv FILE | --pdf FILE] [--vat PERCENT]
//                 report day [--date YYYY-MM-DD] [--close] [--json | --csv FILE | --pdf FILE] [--vat PERCENT]
//                 report period --from DATE --to DATE [--json] [--csv FILE] [--pdf FILE] [--vat PERCENT]
// The report of a shift (default: the configured counter's latest one): an X-report while it is
// open, the Z-report once closed. Figures come from the journal of operations.
#include "CliContext.h"
#include "db/shift/ShiftRepository.h"
#include "domain/Money.h"
#include "services/shift/OfficeDayClose.h"
#include "services/shift/OfficeDayReport.h"
#include "services/shift/PeriodReport.h"
#include "services/shift/ReportDocuments.h"
#include "services/shift/ShiftReportFormat.h"

#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace pc::cli {

namespace {

QString rub(qint64 kop)
{
    return Money::fromKopecks(kop).format(NumberStyle::English, false);
}

// Writes the file and says so; an error that names the file otherwise.
int writeFile(CliContext& ctx, const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) < 0)
        return ctx.fail(
            {QStringLiteral("file.write"), QStringLiteral("cannot write %1: %2").arg(path, f.errorString())});
    ctx.out << "report written to " << path << "\n";
    return ExitOk;
}

int writePdf(CliContext& ctx, const QString& path, const QString& form, const QJsonObject& data,
             const QString& officeName)
{
    auto pdf = services::renderReportPdf(services::reportDocument(form, data, officeName, form));
    if (!pdf)
        return ctx.fail(pdf.error());
    return writeFile(ctx, path, *pdf);
}

std::optional<services::ReportOptions> vatOption(const std::optional<QString>& vatText)
{
    services::ReportOptions options;
    if (vatText) {
        bool ok = false;
        options.vatRatePercent = vatText->toInt(&ok);
        if (!ok || *options.vatRatePercent < 0 || *options.vatRatePercent > 100)
            return std::nullopt;
    }
    return options;
}

void printText(QTextStream& out, const services::ShiftReport& r)
{
    out << (r.final ? "Z-report" : "X-report") << " of shift " << r.shiftId << ", counter " << r.counterId
        << ", operator " << r.operatorId << "\n"
        << r.openedAtUtc.toString(Qt::ISODate) << " .. " << r.untilUtc.toString(Qt::ISODate) << "\n";
    for (const auto& k : r.byKind)
        out << "  " << k.kind << " (" << k.opType << "." << k.opAttr << ")\t" << k.count << "\t"
            << rub(k.amountKop) << "\n";
    out << "operations " << r.operationCount << "; accepted " << r.itemsAccepted << ", issued "
        << r.itemsIssued << ", returned " << r.itemsReturned << ", voids " << r.voids << "\n"
        << "revenue " << rub(r.revenueKop);
    if (r.vatKop)
        out << " (VAT " << *r.vatRatePercent << "% " << rub(*r.vatKop) << ")";
    out << "; COD collected " << rub(r.codCollectedKop) << "\n"
        << "cash: float " << rub(r.floatKop) << ", in " << rub(r.cashInKop) << ", out " << rub(r.cashOutKop)
        << ", expected " << rub(r.expectedCashKop);
    if (r.countedCashKop)
        out << ", counted " << rub(*r.countedCashKop);
    if (r.discrepancyKop && *r.discrepancyKop)
        out << ", discrepancy " << rub(*r.discrepancyKop) << " (" << r.discrepancyReason << ", approved by "
            << r.approvedBy << ")";
    out << "\n";
    for (const auto& a : r.approvals)
        out << "approval: " << a.action << " for " << a.requestedBy << " by " << a.approvedBy << ": "
            << a.reason << "\n";
}

int shiftReport(CliContext& ctx)
{
    bool usageError = false;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const auto csvPath = ctx.takeOption(QStringLiteral("--csv"), &usageError);
    const auto idText = ctx.takeOption(QStringLiteral("--id"), &usageError);
    const auto pdfPath = ctx.takeOption(QStringLiteral("--pdf"), &usageError);
    const auto vatText = ctx.takeOption(QStringLiteral("--vat"), &usageError);
    if (usageError || !ctx.args.isEmpty())
        return ctx.usage(
            QStringLiteral("report shift [--id N] [--json | --csv FILE | --pdf FILE] [--vat PERCENT]"));
    const auto options = vatOption(vatText);
    if (!options)
        return ctx.usage(QStringLiteral("--vat is a percentage, e.g. 20"));
    auto ws = ctx.openWorkstation();
    if (!ws)
        return ctx.fail(ws.error());
    db::ShiftRepository repo(ws->connection);
    auto shift = idText ? repo.find(idText->toLongLong()) : repo.latest(ws->config.counterId);
    if (!shift)
        return ctx.fail(shift.error());
    if (!*shift) {
        ctx.err << "postcounter-cli: no such shift" << (idText ? QStringLiteral(" ") + *idText : QString())
                << " at counter " << ws->config.counterId << "\n";
        return ExitRefused;
    }
    auto report =
        services::buildShiftReport(ws->connection, **shift, QDateTime::currentDateTimeUtc(), *options);
    if (!report)
        return ctx.fail(report.error());
    if (pdfPath)
        return writePdf(ctx, *pdfPath, QStringLiteral("shift-report"), services::shiftReportJson(*report),
                        ws->config.officeName);
    if (csvPath) {
        return writeFile(ctx, *csvPath, services::shiftReportCsv(*report).toUtf8());
    } else if (json) {
        ctx.out << QJsonDocument(services::shiftReportJson(*report)).toJson(QJsonDocument::Indented);
    } else {
        printText(ctx.out, *report);
    }
    return ExitOk;
}

int dayReport(CliContext& ctx)
{
    bool usageError = false;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const auto csvPath = ctx.takeOption(QStringLiteral("--csv"), &usageError);
    const auto dateText = ctx.takeOption(QStringLiteral("--date"), &usageError);
    const auto pdfPath = ctx.takeOption(QStringLiteral("--pdf"), &usageError);
    const auto vatText = ctx.takeOption(QStringLiteral("--vat"), &usageError);
    const bool close = ctx.takeFlag(QStringLiteral("--close"));
    if (usageError || !ctx.args.isEmpty())
        return ctx.usage(QStringLiteral(
            "report day [--date YYYY-MM-DD] [--close] [--json | --csv FILE | --pdf FILE] [--vat PERCENT]"));
    const auto options = vatOption(vatText);
    if (!options)
        return ctx.usage(QStringLiteral("--vat is a percentage, e.g. 20"));
    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());
    QDate date = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(cfg->utcOffsetMin * 60)).date();
    if (dateText) {
        date = QDate::fromString(*dateText, Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(QStringLiteral("--date is YYYY-MM-DD"));
    }
    auto conn = ctx.openDatabase(*cfg);
    if (!conn)
        return ctx.fail(conn.error());
    // --close: the office day is closed once, for every window, when all shifts are closed.
    SystemClock clock;
    auto report =
        close ? services::closeOfficeDay(
                    *conn, clock, {cfg->officePostcode, date, cfg->utcOffsetMin, cfg->operatorId, *options})
              : services::buildOfficeDayReport(*conn, date, cfg->utcOffsetMin, *options);
    if (!report)
        return report.error().code.startsWith(u"office_day.") ? ctx.refuse(report.error())
                                                              : ctx.fail(report.error());
    if (pdfPath)
        return writePdf(ctx, *pdfPath, QStringLiteral("day-report"), services::officeDayReportJson(*report),
                        cfg->officeName);
    if (csvPath)
        return writeFile(ctx, *csvPath, services::officeDayReportCsv(*report).toUtf8());
    if (json) {
        ctx.out << QJsonDocument(services::officeDayReportJson(*report)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out << "office day report " << date.toString(Qt::ISODate) << "\n";
    for (const auto& l : report->counters)
        ctx.out << "  counter " << l.counterId << "\t" << l.operations << " operations\trevenue "
                << rub(l.revenueKop) << "\tCOD " << rub(l.codCollectedKop) << "\n";
    ctx.out << "total " << report->total.operations << " operations, revenue "
            << rub(report->total.revenueKop) << ", COD collected " << rub(report->total.codCollectedKop)
            << "; " << report->shiftsClosed.size() << " shift(s) closed\n";
    return ExitOk;
}

int periodReport(CliContext& ctx)
{
    bool usageError = false;
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const auto csvPath = ctx.takeOption(QStringLiteral("--csv"), &usageError);
    const auto pdfPath = ctx.takeOption(QStringLiteral("--pdf"), &usageError);
    const auto fromText = ctx.takeOption(QStringLiteral("--from"), &usageError);
    const auto toText = ctx.takeOption(QStringLiteral("--to"), &usageError);
    const auto vatText = ctx.takeOption(QStringLiteral("--vat"), &usageError);
    const QString usage = QStringLiteral(
        "report period --from YYYY-MM-DD --to YYYY-MM-DD [--json] [--csv FILE] [--pdf FILE] [--vat PERCENT]");
    if (usageError || !ctx.args.isEmpty() || !fromText || !toText)
        return ctx.usage(usage);
    const QDate from = QDate::fromString(*fromText, Qt::ISODate),
                to = QDate::fromString(*toText, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return ctx.usage(QStringLiteral("--from and --to are dates, YYYY-MM-DD"));
    const auto options = vatOption(vatText);
    if (!options)
        return ctx.usage(QStringLiteral("--vat is a percentage, e.g. 20"));
    auto cfg = ctx.config();
    if (!cfg)
        return ctx.fail(cfg.error());
    auto conn = ctx.openDatabase(*cfg);
    if (!conn)
        return ctx.fail(conn.error());
    auto report = services::buildPeriodReport(*conn, from, to, cfg->utcOffsetMin, *options);
    if (!report) {
        if (report.error().code == QStringLiteral("report.period"))
            return ctx.usage(report.error().message);
        return ctx.fail(report.error());
    }
    // Several outputs at once: the head of office takes the PDF and the spreadsheet together.
    if (csvPath)
        if (int rc = writeFile(ctx, *csvPath, services::periodReportCsv(*report).toUtf8()); rc != ExitOk)
            return rc;
    if (pdfPath)
        if (int rc = writePdf(ctx, *pdfPath, QStringLiteral("period-report"),
                              services::periodReportJson(*report), cfg->officeName);
            rc != ExitOk)
            return rc;
    if (json) {
        ctx.out << QJsonDocument(services::periodReportJson(*report)).toJson(QJsonDocument::Indented);
    } else if (!csvPath && !pdfPath) {
        ctx.out << "period report " << from.toString(Qt::ISODate) << " .. " << to.toString(Qt::ISODate)
                << "\n";
        for (auto it = report->days.cbegin(); it != report->days.cend(); ++it)
            ctx.out << "  " << it.key().toString(Qt::ISODate) << "\t" << it->operations
                    << " operations\trevenue " << rub(it->revenueKop) << "\tcash " << rub(it->cashKop)
                    << "\tcard " << rub(it->cardKop) << "\tcontract " << rub(it->contractKop) << "\n";
        const auto& t = report->total;
        ctx.out << "total " << t.operations << " operations, " << t.itemsAccepted << " accepted, revenue "
                << rub(t.revenueKop) << ", COD collected " << rub(t.codCollectedKop) << "\n";
    }
    return ExitOk;
}

} // namespace

int runReportCommand(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("report shift|day|period ... [--json | --csv FILE | --pdf FILE]"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QStringLiteral("shift"))
        return shiftReport(ctx);
    if (sub == QStringLiteral("day"))
        return dayReport(ctx);
    if (sub == QStringLiteral("period"))
        return periodReport(ctx);
    return ctx.usage(QStringLiteral("unknown report %1 (available: shift, day, period)").arg(sub));
}

} // namespace pc::cli
