// The shift report and the office daily report: read back from the PDF (pdftotext, pdftoppm) and from
// the built layout. Sums, money formatting and bar heights are computed here from the fixtures.
#include "FormsTestSupport.h"
#include "forms/render/Cp866.h"
#include "services/shift/OfficeDayReport.h"
#include "services/shift/ShiftReportFormat.h"

#include <QGuiApplication>
#include <QTest>

using namespace pc::forms;
using namespace pc::forms::test;

namespace {

// "24 839,50 ₽" written independently of Money::format.
QString rubles(qint64 kop)
{
    const qint64 a = std::abs(kop);
    QString units = QString::number(a / 100);
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, u' ');
    return (kop < 0 ? QStringLiteral("-") : QString()) + units + u',' +
           QStringLiteral("%1").arg(a % 100, 2, 10, QChar(u'0')) + QStringLiteral(" ₽");
}

QJsonObject fixtureObject(const QString& form)
{
    return QJsonDocument::fromJson(fixture(form)).object();
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

QString pageText(const QByteArray& pdf, int page)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("doc.pdf")));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    const QString n = QString::number(page);
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), n,
                                          QStringLiteral("-l"), n, f.fileName(), QStringLiteral("-")});
    p.waitForFinished(20000);
    return collapse(QString::fromUtf8(p.readAllStandardOutput()));
}

// The text of the box showing a field ("by_kind_total.amount_kop") on any page.
QString fieldText(const layout::Document& doc, const QString& field)
{
    for (const auto& page : doc.pages)
        for (const auto& e : page.elements)
            if (const auto* t = std::get_if<layout::TextBox>(&e); t && t->field == field)
                return collapse(t->text);
    return QStringLiteral("<no %1>").arg(field);
}

std::vector<layout::Box> filledBoxes(const layout::Document& doc, int page)
{
    std::vector<layout::Box> out;
    for (const auto& e : doc.pages[static_cast<size_t>(page)].elements)
        if (const auto* b = std::get_if<layout::Box>(&e); b && b->filled)
            out.push_back(*b);
    return out;
}

QString errorOf(const QString& form, const QJsonObject& data)
{
    auto doc = buildForm(form, toJson(data));
    return doc ? QStringLiteral("<no error>") : doc.error().message;
}

} // namespace

class TestReportForms : public QObject {
    Q_OBJECT
private slots:
    void pdfHasEveryFieldAndCyrillic_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("title");
        QTest::newRow("shift") << QStringLiteral("shift-report") << QStringLiteral("СМЕННЫЙ ОТЧЁТ (Z-отчёт");
        QTest::newRow("day") << QStringLiteral("day-report") << QStringLiteral("ДНЕВНОЙ ОТЧЁТ ОТДЕЛЕНИЯ");
    }
    void pdfHasEveryFieldAndCyrillic()
    {
        QFETCH(QString, form);
        QFETCH(QString, title);
        const QByteArray pdf = render::renderPdf(build(form, fixture(form)), 300);
        QVERIFY(pdf.startsWith("%PDF"));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(title), qPrintable(text));
        QStringList strings;
        collectStrings(fixtureObject(form), {}, &strings);
        strings << fixtureObject(form).value(QStringLiteral("date")).toString();
        for (const QString& s : strings)
            QVERIFY2(text.contains(collapse(s)),
                     qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, text)));
        // Every amount and count of the fixture, as a reader sees it.
        std::function<void(const QJsonValue&, const QString&)> numbers = [&](const QJsonValue& v,
                                                                             const QString& key) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    numbers(it.value(), it.key());
            } else if (v.isArray())
                for (const QJsonValue& e : v.toArray())
                    numbers(e, key);
            else if (v.isDouble() && key.endsWith(QStringLiteral("_kop")))
                QVERIFY2(text.contains(rubles(v.toInteger())),
                         qPrintable(key + u' ' + rubles(v.toInteger())));
            else if (v.isDouble() && key != QStringLiteral("utc_offset_min"))
                QVERIFY2(text.contains(QString::number(v.toInteger())), qPrintable(key));
        };
        numbers(fixtureObject(form), {});
        QVERIFY(text.contains(QStringLiteral("НДС 20%")));
    }

    void totalsAreSumsOfRows()
    {
        const QJsonObject shift = fixtureObject(QStringLiteral("shift-report"));
        const auto doc = build(QStringLiteral("shift-report"), fixture(QStringLiteral("shift-report")));
        QVERIFY(!doc.pages.empty());
        const QString text = pdfText(render::renderPdf(doc, 300));
        qint64 count = 0, amount = 0;
        for (const QJsonValue& k : shift[QStringLiteral("by_kind")].toArray()) {
            count += k[QStringLiteral("count")].toInteger();
            amount += k[QStringLiteral("amount_kop")].toInteger();
        }
        QCOMPARE(count, 61); // by hand: 23 + 31 + 2 + 1 + 4
        QCOMPARE(fieldText(doc, QStringLiteral("by_kind_total.count")), QString::number(count));
        QCOMPARE(fieldText(doc, QStringLiteral("by_kind_total.amount_kop")), rubles(amount));
        QVERIFY(text.contains(QStringLiteral("Итого %1 %2").arg(count).arg(rubles(amount))));
        count = amount = 0;
        for (const QJsonValue& p : shift[QStringLiteral("by_product")].toArray()) {
            count += p[QStringLiteral("count")].toInteger();
            amount += p[QStringLiteral("amount_kop")].toInteger();
        }
        QCOMPARE(fieldText(doc, QStringLiteral("by_product_total.count")), QString::number(count));
        QCOMPARE(fieldText(doc, QStringLiteral("by_product_total.amount_kop")), rubles(amount));
        QVERIFY(text.contains(QStringLiteral("Итого %1 %2").arg(count).arg(rubles(amount))));

        const QJsonObject day = fixtureObject(QStringLiteral("day-report"));
        const auto dayDoc = build(QStringLiteral("day-report"), fixture(QStringLiteral("day-report")));
        for (const QString& key : {QStringLiteral("operations"), QStringLiteral("items_accepted"),
                                   QStringLiteral("revenue_kop"), QStringLiteral("cod_collected_kop")}) {
            qint64 sum = 0;
            for (const QJsonValue& c : day[QStringLiteral("counters")].toArray())
                sum += c[key].toInteger();
            const QString expected =
                key.endsWith(QStringLiteral("_kop")) ? rubles(sum) : QString::number(sum);
            QCOMPARE(fieldText(dayDoc, QStringLiteral("counters_total.") + key), expected);
        }
        // A shift's discrepancy is counted − expected: 16 834,50 − 16 839,50.
        QVERIFY(pdfText(render::renderPdf(dayDoc, 300))
                    .contains(QStringLiteral("ivanova.mv 16 839,50 ₽ 16 834,50 ₽ -5,00 ₽")));
    }

    void longTableContinuesWithHeader()
    {
        QJsonObject data = fixtureObject(QStringLiteral("shift-report"));
        QJsonArray products;
        qint64 count = 0, amount = 0;
        for (int i = 0; i < 40; ++i) { // page 1 holds about 22 rows
            const qint64 kop = 10000 + i * 1234;
            products.append(QJsonObject{{QStringLiteral("object_code"), QString::number(1000 + i)},
                                        {QStringLiteral("count"), i % 5 + 1},
                                        {QStringLiteral("amount_kop"), kop}});
            count += i % 5 + 1;
            amount += kop;
        }
        data[QStringLiteral("by_product")] = products;
        const auto doc = build(QStringLiteral("shift-report"), toJson(data));
        QVERIFY(doc.pages.size() >= 2);
        const QByteArray pdf = render::renderPdf(doc, 300);
        const QString p1 = pageText(pdf, 1), p2 = pageText(pdf, 2);
        QVERIFY(p1.contains(QStringLiteral("Вид объекта (код)")));
        QVERIFY2(p2.contains(QStringLiteral("Вид объекта (код) Принято, шт. Сумма")),
                 qPrintable(p2.right(300)));
        QVERIFY(p2.contains(QStringLiteral("СМЕННЫЙ ОТЧЁТ (Z-отчёт, смена закрыта) — продолжение")));
        QVERIFY(!p1.contains(QStringLiteral("1039 ")));
        QVERIFY2(p2.contains(QStringLiteral("1039 5 %1").arg(rubles(10000 + 39 * 1234))),
                 qPrintable(p2.right(300)));
        QCOMPARE(fieldText(doc, QStringLiteral("by_product_total.count")), QString::number(count));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Итого %1 %2").arg(count).arg(rubles(amount))));
    }

    void chartIsDrawn()
    {
        const auto doc = build(QStringLiteral("shift-report"), fixture(QStringLiteral("shift-report")));
        QVERIFY(!doc.pages.empty());
        // The revenue chart: one bar per product, heights proportional to the amounts.
        const QJsonArray products =
            fixtureObject(QStringLiteral("shift-report"))[QStringLiteral("by_product")].toArray();
        const auto bars = filledBoxes(doc, 0);
        QCOMPARE(bars.size(), size_t(5 + 5)); // 5 products, 5 kinds with a count > 0
        const double max = 310400;            // object code 4, the largest amount
        for (int i = 0; i < products.size(); ++i) {
            const double ratio = products[i][QStringLiteral("amount_kop")].toDouble() / max;
            QVERIFY2(std::abs(bars[static_cast<size_t>(i)].mm.height() / bars[1].mm.height() - ratio) < 1e-6,
                     qPrintable(QString::number(i)));
        }
        // The bars are ink on the page: rasterise and count dark pixels inside the chart's bars.
        QRectF area;
        for (const auto& b : bars)
            area = area.united(b.mm);
        const int dpi = 100;
        const QImage page =
            pdfRaster(render::renderPdf(doc, dpi), dpi).convertToFormat(QImage::Format_Grayscale8);
        const double dpmm = layout::dotsPerMm(dpi);
        qsizetype dark = 0, inBars = 0;
        for (const auto& b : bars) {
            const QRect r = QRectF(b.mm.topLeft() * dpmm, b.mm.size() * dpmm).toRect().adjusted(1, 1, -1, -1);
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    ++inBars;
                    dark += page.pixelColor(x, y).lightness() < 100;
                }
        }
        QVERIFY(inBars > 1000);
        QVERIFY2(dark * 100 > inBars * 95, qPrintable(QStringLiteral("%1 of %2 dark").arg(dark).arg(inBars)));
        // And the day report draws a bar per counter and per kind.
        QCOMPARE(
            filledBoxes(build(QStringLiteral("day-report"), fixture(QStringLiteral("day-report"))), 0).size(),
            size_t(3 + 5));
    }

    void badDataNamesTheField()
    {
        QJsonObject s = fixtureObject(QStringLiteral("shift-report"));
        s.remove(QStringLiteral("counter"));
        QVERIFY(errorOf(QStringLiteral("shift-report"), s).contains(QStringLiteral("\"counter\"")));

        s = fixtureObject(QStringLiteral("shift-report"));
        QJsonArray kinds = s[QStringLiteral("by_kind")].toArray();
        QJsonObject k = kinds[2].toObject();
        k[QStringLiteral("count")] = QStringLiteral("many"); // not a number
        kinds[2] = k;
        s[QStringLiteral("by_kind")] = kinds;
        QVERIFY(errorOf(QStringLiteral("shift-report"), s).contains(QStringLiteral("\"by_kind[2].count\"")));

        s = fixtureObject(QStringLiteral("shift-report"));
        QJsonObject totals = s[QStringLiteral("totals")].toObject();
        totals[QStringLiteral("operations")] = 60;
        s[QStringLiteral("totals")] = totals;
        const QString sumError = errorOf(QStringLiteral("shift-report"), s);
        QVERIFY2(sumError.contains(QStringLiteral("\"totals.operations\"")) &&
                     sumError.contains(QStringLiteral("61")),
                 qPrintable(sumError));

        s = fixtureObject(QStringLiteral("shift-report"));
        QJsonObject cash = s[QStringLiteral("cash")].toObject();
        QJsonArray moves = cash[QStringLiteral("movements")].toArray();
        QJsonObject m = moves[1].toObject();
        m[QStringLiteral("kind")] = QStringLiteral("up");
        moves[1] = m;
        cash[QStringLiteral("movements")] = moves;
        s[QStringLiteral("cash")] = cash;
        QVERIFY(errorOf(QStringLiteral("shift-report"), s)
                    .contains(QStringLiteral("\"cash.movements[1].kind\"")));

        QJsonObject d = fixtureObject(QStringLiteral("day-report"));
        QJsonArray counters = d[QStringLiteral("counters")].toArray();
        QJsonObject c = counters[1].toObject();
        c.remove(QStringLiteral("revenue_kop"));
        counters[1] = c;
        d[QStringLiteral("counters")] = counters;
        QVERIFY(
            errorOf(QStringLiteral("day-report"), d).contains(QStringLiteral("\"counters[1].revenue_kop\"")));

        d = fixtureObject(QStringLiteral("day-report"));
        d.remove(QStringLiteral("shifts_closed"));
        QVERIFY(errorOf(QStringLiteral("day-report"), d).contains(QStringLiteral("\"shifts_closed\"")));
    }

    void returnsListCountsMustMatchTheirRows()
    {
        // The fixture lists 2 + 1 returns; a count or total that disagrees is refused, naming the field.
        QJsonObject r = fixtureObject(QStringLiteral("returns-day"));
        QJsonArray shops = r[QStringLiteral("shops")].toArray();
        QJsonObject first = shops[0].toObject();
        first[QStringLiteral("count")] = 3;
        shops[0] = first;
        r[QStringLiteral("shops")] = shops;
        const QString countError = errorOf(QStringLiteral("returns-day"), r);
        QVERIFY2(countError.contains(QStringLiteral("\"shops[0].count\"")) &&
                     countError.contains(QStringLiteral("2")),
                 qPrintable(countError));

        r = fixtureObject(QStringLiteral("returns-day"));
        r[QStringLiteral("total")] = 4;
        QVERIFY(errorOf(QStringLiteral("returns-day"), r).contains(QStringLiteral("\"total\"")));

        r = fixtureObject(QStringLiteral("returns-day"));
        shops = r[QStringLiteral("shops")].toArray();
        QJsonObject second = shops[1].toObject();
        QJsonArray items = second[QStringLiteral("items")].toArray();
        QJsonObject line = items[0].toObject();
        line.remove(QStringLiteral("item"));
        items[0] = line;
        second[QStringLiteral("items")] = items;
        shops[1] = second;
        r[QStringLiteral("shops")] = shops;
        QVERIFY(
            errorOf(QStringLiteral("returns-day"), r).contains(QStringLiteral("\"shops[1].items[0].item\"")));
    }

    void slipPrintsOnEscPos()
    {
        const auto doc = build(QStringLiteral("shift-report-80"), fixture(QStringLiteral("shift-report")));
        QVERIFY(!doc.pages.empty());
        QCOMPARE(doc.mediaMm.width(), 80.0);
        auto esc = render::renderDocument(doc, OutputLanguage::EscPos);
        QVERIFY(esc.ok());
        QVERIFY(esc->bytes.startsWith(QByteArray("\x1b@\x1bt\x11", 5))); // init, code page 17 (PC866)
        // "СМЕННЫЙ" in CP866: С=91 М=8C Е=85 Н=8D Н=8D Ы=9B Й=89, from the code page table.
        QVERIFY(esc->bytes.contains(QByteArray("\x91\x8c\x85\x8d\x8d\x9b\x89")));
        // Rows are 48 characters of font A on 72 mm at 203 dpi; label left, amount right-aligned.
        QStringList rows;
        QByteArray bytes = esc->bytes;
        for (const char* cmd : {"\x1b\x45\x01", "\x1b\x45\x00", "\x1d!\x11", "\x1d!\x00"}) // bold, size
            bytes.replace(QByteArray(cmd, 3), QByteArray());
        for (const QByteArray& line : bytes.split('\n')) {
            QByteArray printable;
            for (char ch : line)
                if (static_cast<unsigned char>(ch) >= 0x20)
                    printable += ch;
            rows << render::fromCp866(printable);
        }
        const QJsonObject shift = fixtureObject(QStringLiteral("shift-report"));
        qint64 amount = 0;
        for (const QJsonValue& k : shift[QStringLiteral("by_kind")].toArray())
            amount += k[QStringLiteral("amount_kop")].toInteger();
        // The Итого row: sum computed here, right-aligned to column 48; ₽ is printed as "р." in
        // CP866.
        const QString amountText =
            collapse(rubles(amount)).replace(QStringLiteral("₽"), QStringLiteral("р."));
        bool found = false;
        for (const QString& r : rows)
            if (r.startsWith(QStringLiteral("Итого: 61 шт."))) {
                found = true;
                QCOMPARE(collapse(r.mid(13)), amountText);
                QCOMPARE(r.size(), 48);
            }
        QVERIFY(found);
        const QString all = collapse(rows.join(u' '));
        for (const QString& must :
             {QStringLiteral("101000-03"), QStringLiteral("ivanova.mv"),
              QStringLiteral("2026-11-24T05:00:00.000Z"), QStringLiteral("Инкассация, сумка № 0457"),
              QStringLiteral("24 839,50"), QStringLiteral("-5,00"), QStringLiteral("petrova.an")})
            QVERIFY2(all.contains(must), qPrintable(must + QStringLiteral(" not in ") + all));
        QVERIFY(!all.contains(u'?')); // every character exists in CP866
    }

    // The forms take the shift area's JSON as it is: build the report structs the shift service
    // fills, serialise them with its own functions and render without any conversion.
    void rendersTheShiftAreasJson()
    {
        using namespace pc::services;
        ShiftReport r;
        r.shiftId = 7;
        r.counterId = QStringLiteral("окно-2");
        r.operatorId = QStringLiteral("smirnova.ea");
        r.openedAtUtc = QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC);
        r.untilUtc = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
        r.byKind = {{1, 0, QStringLiteral("acceptance"), 3, 45000},
                    {63, 0, QStringLiteral("cod_paid"), 1, 120000}};
        r.operationCount = 4;
        r.cashPaymentsKop = 165000;
        r.byProduct = {{4, 2, 30000}, {std::nullopt, 1, 15000}};
        r.itemsAccepted = 3;
        r.revenueKop = 45000;
        r.codCollectedKop = 120000;
        r.floatKop = 100000;
        r.expectedCashKop = 265000;
        pc::db::CashMovementRecord m;
        m.cashIn = false;
        m.amountKop = 50000;
        m.reason = QStringLiteral("Инкассация");
        m.operatorId = r.operatorId;
        m.atUtc = r.untilUtc;
        r.cashMovements = {m};
        const QByteArray shiftJson = QJsonDocument(shiftReportJson(r)).toJson();
        for (const QString& form : {QStringLiteral("shift-report"), QStringLiteral("shift-report-80")}) {
            auto doc = buildForm(form, shiftJson);
            QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        }
        const QString text =
            pdfText(render::renderPdf(build(QStringLiteral("shift-report"), shiftJson), 300));
        QVERIFY(text.contains(QStringLiteral("X-отчёт")));
        QVERIFY(text.contains(QStringLiteral("окно-2")));
        QVERIFY(text.contains(QStringLiteral("Итого 4 1 650,00 ₽")));
        QVERIFY(text.contains(QStringLiteral("unknown")));

        OfficeDayReport day;
        day.date = QDate(2026, 11, 24);
        day.utcOffsetMin = 180;
        day.counters = {{QStringLiteral("окно-1"), 5, 2, 30000, 0},
                        {QStringLiteral("окно-2"), 4, 3, 45000, 120000}};
        day.total = {QString(), 9, 5, 75000, 120000};
        day.byKind = {{1, 0, QStringLiteral("acceptance"), 5, 75000},
                      {2, 0, QStringLiteral("delivery"), 4, 0}};
        pc::db::ShiftRecord closed;
        closed.id = 6;
        closed.counterId = QStringLiteral("окно-1");
        closed.operatorId = QStringLiteral("sidorov.ap");
        closed.expectedKop = 130000;
        closed.countedKop = 130000;
        day.shiftsClosed = {closed};
        const QByteArray dayJson = QJsonDocument(officeDayReportJson(day)).toJson();
        auto dayDoc = buildForm(QStringLiteral("day-report"), dayJson);
        QVERIFY2(dayDoc.ok(), dayDoc.ok() ? "" : qPrintable(dayDoc.error().message));
        QVERIFY(pdfText(render::renderPdf(*dayDoc, 300))
                    .contains(QStringLiteral("Итого 9 5 750,00 ₽ 1 200,00 ₽")));
    }

    void exampleMatchesFixtureShape()
    {
        // `render --list` prints the example; it must build as it stands.
        for (const QString& form : {QStringLiteral("shift-report"), QStringLiteral("shift-report-80"),
                                    QStringLiteral("day-report")}) {
            QVERIFY(findForm(form));
            auto doc = buildForm(form, exampleData(form));
            QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        }
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestReportForms t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_report_forms.moc"
