// postcounter-cli report shift [--id N] [--json | --csv FILE] [--vat PERCENT]
//                 report day [--date YYYY-MM-DD] [--json | --csv FILE] [--vat PERCENT]
// The report of a shift (default: the configured counter's latest one): an X-report while it is
// open, the Z-report once closed. Figures come from the journal of operations.
#include "CliContext.h"
#include "db/shift/ShiftRepository.h"
#include "domain/Money.h"
#include "services/shift/OfficeDayReport.h"
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
    const auto vatText = ctx.takeOption(QStringLiteral("--vat"), &usageError);
    if (usageError || !ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("report shift [--id N] [--json | --csv FILE] [--vat PERCENT]"));
    services::ReportOptions options;
    if (vatText) {
        bool ok = false;
        options.vatRatePercent = vatText->toInt(&ok);
        if (!ok || *options.vatRatePercent < 0 || *options.vatRatePercent > 100)
            return ctx.usage(QStringLiteral("--vat is a percentage, e.g. 20"));
    }
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
        services::buildShiftReport(ws->connection, **shift, QDateTime::currentDateTimeUtc(), options);
    if (!report)
        return ctx.fail(report.error());
    if (csvPath) {
        QFile f(*csvPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(services::shiftReportCsv(*report).toUtf8()) < 0)
            return ctx.fail({QStringLiteral("file.write"),
                             QStringLiteral("cannot write %1: %2").arg(*csvPath, f.errorString())});
        ctx.out << "report written to " << *csvPath << "\n";
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
    const auto vatText = ctx.takeOption(QStringLiteral("--vat"), &usageError);
    if (usageError || !ctx.args.isEmpty())
        return ctx.usage(
            QStringLiteral("report day [--date YYYY-MM-DD] [--json | --csv FILE] [--vat PERCENT]"));
    services::ReportOptions options;
    if (vatText) {
        bool ok = false;
        options.vatRatePercent = vatText->toInt(&ok);
        if (!ok || *options.vatRatePercent < 0 || *options.vatRatePercent > 100)
            return ctx.usage(QStringLiteral("--vat is a percentage, e.g. 20"));
    }
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
    auto report = services::buildOfficeDayReport(*conn, date, cfg->utcOffsetMin, options);
    if (!report)
        return ctx.fail(report.error());
    if (csvPath) {
        QFile f(*csvPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(services::officeDayReportCsv(*report).toUtf8()) < 0)
            return ctx.fail({QStringLiteral("file.write"),
                             QStringLiteral("cannot write %1: %2").arg(*csvPath, f.errorString())});
        ctx.out << "report written to " << *csvPath << "\n";
        return ExitOk;
    }
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

} // namespace

int runReportCommand(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(QStringLiteral("report shift|day ... [--json | --csv FILE]"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QStringLiteral("shift"))
        return shiftReport(ctx);
    if (sub == QStringLiteral("day"))
        return dayReport(ctx);
    return ctx.usage(QStringLiteral("unknown report %1 (available: shift, day)").arg(sub));
}

} // namespace pc::cli
