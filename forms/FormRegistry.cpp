#include "FormRegistry.h"

#include "forms/claims/ClaimForms.h"
#include "forms/customs/CustomsForms.h"
#include "forms/label/ParcelLabel.h"
#include "forms/postal/PostalForms.h"
#include "forms/receipt/Receipt.h"
#include "forms/render/Fonts.h"
#include "forms/report/ReportForms.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pc::forms {

namespace {

template <typename Data>
std::function<Result<layout::Document>(const QJsonObject&)>
chain(Result<Data> (*parse)(const QJsonObject&), Result<layout::Document> (*build)(const Data&))
{
    return [parse, build](const QJsonObject& json) -> Result<layout::Document> {
        auto data = parse(json);
        if (!data)
            return data.error();
        return build(*data);
    };
}

} // namespace

const std::vector<FormInfo>& formRegistry()
{
    static const std::vector<FormInfo> forms = {
        {QStringLiteral("label"), QStringLiteral("parcel address label 100×150 mm (Ф.7п)"),
         chain(&parcelLabelFromJson, &buildParcelLabel)},
        {QStringLiteral("label-small"),
         QStringLiteral("letter label 58×40 mm; S10 label for an S10 identifier"),
         chain(&smallLabelFromJson, &buildSmallLabel)},
        {QStringLiteral("receipt"), QStringLiteral("counter receipt 80/58 mm with 54-ФЗ fields"),
         chain(&receiptFromJson, &buildReceipt)},
        {QStringLiteral("cn22"), QStringLiteral("customs declaration CN 22 (≤ 300 SDR), 100×150 mm"),
         chain(&cn22FromJson, &buildCn22)},
        {QStringLiteral("cn23"),
         QStringLiteral("customs declaration CN 23, A4, lines continue on next pages"),
         chain(&cn23FromJson, &buildCn23)},
        {QStringLiteral("f103"),
         QStringLiteral("Ф.103 list of a business client's batch, A4 landscape, sheets"),
         chain(&f103FromJson, &buildF103)},
        {QStringLiteral("f107"), QStringLiteral("Ф.107 inventory of contents, two copies"),
         chain(&f107FromJson, &buildF107)},
        {QStringLiteral("f112"), QStringLiteral("Ф.112ЭП COD money transfer, amount in words"),
         chain(&f112FromJson, &buildF112)},
        {QStringLiteral("f116"), QStringLiteral("Ф.116 parcel dispatch note (Ф.117 with COD)"),
         chain(&f116FromJson, &buildF116)},
        {QStringLiteral("f22"), QStringLiteral("Ф.22 arrival notice with barcode, front and back"),
         chain(&f22FromJson, &buildF22)},
        {QStringLiteral("shift-report"),
         QStringLiteral("shift X/Z report, A4: totals, tables by kind and product, chart, cash, approvals"),
         chain(&shiftReportFromJson, &buildShiftReport)},
        {QStringLiteral("shift-report-80"),
         QStringLiteral("shift X/Z report on 80 mm receipt paper (for --format escpos), same data"),
         chain(&shiftReportFromJson, &buildShiftReportSlip)},
        {QStringLiteral("day-report"),
         QStringLiteral("office daily report, A4: per counter, chart, by kind, shifts closed"),
         chain(&dayReportFromJson, &buildDayReport)},
        {QStringLiteral("claim"), QStringLiteral("search claim (заявление на розыск), A4, number as barcode"),
         chain(&claimFormFromJson, &buildClaimForm)},
        {QStringLiteral("claim-slip"),
         QStringLiteral("claimant's acknowledgement of a search claim, 80 mm receipt paper"),
         chain(&claimFormFromJson, &buildClaimSlip)},
        {QStringLiteral("period-report"),
         QStringLiteral("period report, A4: per day and hour, chart, products"),
         chain(&periodReportFromJson, &buildPeriodReport)},
        {QStringLiteral("returns-day"),
         QStringLiteral("the day's easy returns per shop and contract, A4, signed by the head of office"),
         chain(&returnsDayFromJson, &buildReturnsDay)},
    };
    return forms;
}

const FormInfo* findForm(const QString& name)
{
    for (const FormInfo& f : formRegistry())
        if (f.name == name)
            return &f;
    return nullptr;
}

QByteArray exampleData(const QString& name)
{
    QFile f(QStringLiteral(":/pc/forms/examples/%1.json").arg(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<layout::Document> buildForm(const QString& name, const QByteArray& json)
{
    const FormInfo* form = findForm(name);
    if (!form)
        return Error{QStringLiteral("forms.unknown"), QStringLiteral("unknown form \"%1\"").arg(name)};
    if (auto st = render::fontsReady(); !st)
        return st.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("forms.json"),
            QStringLiteral("data is not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("forms.json"), QStringLiteral("data must be a JSON object")};
    return form->build(doc.object());
}

} // namespace pc::forms
