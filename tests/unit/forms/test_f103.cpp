// Ф.103 batch list: a short list on one sheet, long lists paged with the heading and the table
// header repeated, every row once and in order, totals computed here from the test's own input.
#include "FormsTestSupport.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

using namespace pc;
using namespace pc::forms;
using namespace pc::forms::test;

namespace {

// DOMAIN.md: S = 3*(odd positions) + (even positions), check = (10 - S mod 10) mod 10.
QString rpo(int serial)
{
    const QString first = QStringLiteral("10100094%1").arg(serial, 5, 10, QLatin1Char('0'));
    int s = 0;
    for (int i = 0; i < 13; ++i)
        s += (first[i].digitValue()) * (i % 2 == 0 ? 3 : 1);
    return first + QString::number((10 - s % 10) % 10);
}

// "12 345,60" with a no-break space between thousands, as the forms print roubles.
QString roubles(qint64 kop)
{
    QString whole = QString::number(kop / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QChar(0xA0));
    return QStringLiteral("%1,%2").arg(whole).arg(kop % 100, 2, 10, QLatin1Char('0'));
}

QString kgText(qint64 grams)
{
    return QStringLiteral("%1,%2").arg(grams / 1000).arg(grams % 1000, 3, 10, QLatin1Char('0'));
}

struct Input {
    qint64 grams = 0, declaredKop = 0, codKop = 0, feeKop = 0;
};

// n items with varied values; the sums land in *totals.
QByteArray listJson(int n, Input* totals)
{
    QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("f103"))).object();
    QJsonArray items;
    for (int i = 1; i <= n; ++i) {
        const qint64 grams = 100 + 37 * i;
        const qint64 declared = 1000 + i; // roubles
        const qint64 cod = i % 3 == 0 ? declared : 0;
        const qint64 feeKop = 30000 + 55 * i;
        items.append(QJsonObject{
            {QStringLiteral("id"), rpo(i)},
            {QStringLiteral("recipient"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Получатель номер %1").arg(i)},
                         {QStringLiteral("address"), QStringLiteral("ул. Садовая, д. %1").arg(i)},
                         {QStringLiteral("city"), QStringLiteral("Самара")},
                         {QStringLiteral("postcode"), QStringLiteral("443001")}}},
            {QStringLiteral("weight_g"), grams},
            {QStringLiteral("declared_value"), declared},
            {QStringLiteral("cod_amount"), cod},
            {QStringLiteral("fee"),
             QStringLiteral("%1,%2").arg(feeKop / 100).arg(feeKop % 100, 2, 10, QLatin1Char('0'))}});
        totals->grams += grams;
        totals->declaredKop += declared * 100;
        totals->codKop += cod * 100;
        totals->feeKop += feeKop;
    }
    o.insert(QStringLiteral("items"), items);
    return QJsonDocument(o).toJson();
}

const layout::TextBox* field(const layout::Page& page, const QString& name)
{
    for (const auto& e : page.elements)
        if (const auto* t = std::get_if<layout::TextBox>(&e); t && t->field == name)
            return t;
    return nullptr;
}

QStringList texts(const layout::Page& page)
{
    QStringList out;
    for (const auto& e : page.elements)
        if (const auto* t = std::get_if<layout::TextBox>(&e))
            out << t->text;
    return out;
}

// poppler's count, independent of our renderer.
int pdfPageCount(const QByteArray& pdf)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("doc.pdf")));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {f.fileName()});
    p.waitForFinished(20000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestF103 : public QObject {
    Q_OBJECT
private:
    // Every row once and in order, no row below the sheet's table area, a sheet broken only when the
    // next row would not fit, the heading and table header on every sheet, "Лист k из M".
    void checkPaging(const layout::Document& doc, int n)
    {
        const int sheets = static_cast<int>(doc.pages.size());
        int expectedNo = 1;
        for (int p = 0; p < sheets; ++p) {
            const layout::Page& page = doc.pages[static_cast<size_t>(p)];
            const QStringList t = texts(page);
            QVERIFY(t.contains(QStringLiteral("Ф.103")));
            QVERIFY(t.contains(QStringLiteral("№ п/п")));
            QVERIFY(t.contains(QStringLiteral("Плата за пересылку, руб.")));
            const auto* sheet = field(page, QStringLiteral("sheet"));
            QVERIFY(sheet);
            QCOMPARE(sheet->text, QStringLiteral("Лист %1 из %2").arg(p + 1).arg(sheets));
            double lastBottom = 0;
            for (const auto& e : page.elements) {
                const auto* tb = std::get_if<layout::TextBox>(&e);
                if (!tb || !tb->field.endsWith(QLatin1StringView(".no")))
                    continue;
                QCOMPARE(tb->text, QString::number(expectedNo));
                QCOMPARE(tb->field, QStringLiteral("items[%1].no").arg(expectedNo - 1));
                ++expectedNo;
                lastBottom = std::max(lastBottom, tb->mm.bottom());
            }
            for (const auto& e : page.elements)
                if (const auto* tb = std::get_if<layout::TextBox>(&e))
                    QVERIFY2(tb->mm.bottom() <= 205 && tb->mm.right() <= 292, // A4 landscape, 5 mm edge
                             qPrintable(tb->text));
            // A sheet that continues on the next one is full: one more 7 mm row would not have fitted
            // above the table's bottom edge (about 190 mm, the sheet number below it).
            if (p + 1 < sheets && expectedNo <= n)
                QVERIFY2(lastBottom + 7 > 185,
                         qPrintable(QStringLiteral("sheet %1 ends at %2 mm").arg(p + 1).arg(lastBottom)));
        }
        QCOMPARE(expectedNo, n + 1);
    }

private slots:
    void threeItemsOnOneSheet()
    {
        const layout::Document doc = build(QStringLiteral("f103"), fixture(QStringLiteral("f103")));
        QCOMPARE(doc.pages.size(), size_t(1));
        checkPaging(doc, 3);
        const layout::Page& page = doc.pages[0];
        // The fixture's figures added by hand: 1 250 + 860 + 2 405 g; 1 500 + 2 300 + 500 ₽ declared;
        // 1 500 + 2 300 + 0 ₽ COD; 412,40 + 389,10 + 455,00 ₽ charge.
        QCOMPARE(field(page, QStringLiteral("total.count"))->text,
                 QStringLiteral("Итого по списку: 3 отправления"));
        QCOMPARE(field(page, QStringLiteral("total.weight"))->text, QStringLiteral("4,515"));
        QCOMPARE(field(page, QStringLiteral("total.declared_value"))->text, QStringLiteral("4\u00A0300,00"));
        QCOMPARE(field(page, QStringLiteral("total.cod_amount"))->text, QStringLiteral("3\u00A0800,00"));
        QCOMPARE(field(page, QStringLiteral("total.fee"))->text, QStringLiteral("1\u00A0256,50"));
        QVERIFY(field(page, QStringLiteral("total.fee_words"))
                    ->text.contains(QStringLiteral("Одна тысяча двести пятьдесят шесть рублей 50 копеек")));
        QCOMPARE(field(page, QStringLiteral("total.count_words"))->text,
                 QStringLiteral("Всего отправлений: 3 (три)"));
        QCOMPARE(field(page, QStringLiteral("items[1].id"))->text, QStringLiteral("10100094000027"));
        QCOMPARE(field(page, QStringLiteral("items[1].weight_g"))->text, QStringLiteral("0,860"));
        QCOMPARE(field(page, QStringLiteral("items[2].cod_amount"))->text, QStringLiteral("—"));

        const QByteArray pdf = render::renderPdf(doc, 203);
        QCOMPARE(pdfPageCount(pdf), 1);
        const QString text = pdfText(pdf);
        for (const QString& s : {QStringLiteral("СПИСОК № 17"), QStringLiteral("ООО «Книжный двор»"),
                                 QStringLiteral("7701234567"), QStringLiteral("101000 Москва ОПС 101000"),
                                 QStringLiteral("24.11.2026"), QStringLiteral("1 256,50"),
                                 QStringLiteral("Лист 1 из 1"), QStringLiteral("Иванова А. С.")})
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" not in ") + text));
    }

    void longListsPage_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("20") << 20;
        QTest::newRow("200") << 200;
    }
    void longListsPage()
    {
        QFETCH(int, n);
        Input sum;
        auto built = buildForm(QStringLiteral("f103"), listJson(n, &sum));
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        const layout::Document& doc = *built;
        QVERIFY(doc.pages.size() >= 2);
        checkPaging(doc, n);
        const layout::Page& last = doc.pages.back();
        QCOMPARE(field(last, QStringLiteral("total.weight"))->text, kgText(sum.grams));
        QCOMPARE(field(last, QStringLiteral("total.declared_value"))->text, roubles(sum.declaredKop));
        QCOMPARE(field(last, QStringLiteral("total.cod_amount"))->text, roubles(sum.codKop));
        QCOMPARE(field(last, QStringLiteral("total.fee"))->text, roubles(sum.feeKop));
        QVERIFY(field(last, QStringLiteral("total.count"))
                    ->text.startsWith(QStringLiteral("Итого по списку: %1 ").arg(n)));
        // Continuation sheets repeat who and which list.
        for (size_t p = 1; p < doc.pages.size(); ++p)
            QVERIFY(texts(doc.pages[p]).join(u'|').contains(QStringLiteral("Список № 17 от 24.11.2026")));

        const QByteArray pdf = render::renderPdf(doc, 203);
        QCOMPARE(pdfPageCount(pdf), static_cast<int>(doc.pages.size()));
        const QString text = pdfText(pdf);
        const QString lastSheet = QStringLiteral("Лист %1 из %1").arg(doc.pages.size());
        QVERIFY(text.contains(lastSheet));
        QVERIFY(text.contains(QStringLiteral("Получатель номер %1 ").arg(n)));
        QVERIFY(text.contains(rpo(n)));
    }

    void countInWordsIsNeuter()
    {
        Input sum;
        auto one = buildForm(QStringLiteral("f103"), listJson(1, &sum));
        QVERIFY(one.ok());
        QCOMPARE(field(one->pages.back(), QStringLiteral("total.count_words"))->text,
                 QStringLiteral("Всего отправлений: 1 (одно)"));
        QCOMPARE(field(one->pages.back(), QStringLiteral("total.count"))->text,
                 QStringLiteral("Итого по списку: 1 отправление"));
        auto twentyOne = buildForm(QStringLiteral("f103"), listJson(21, &sum));
        QVERIFY(twentyOne.ok());
        QCOMPARE(field(twentyOne->pages.back(), QStringLiteral("total.count_words"))->text,
                 QStringLiteral("Всего отправлений: 21 (двадцать одно)"));
    }

    void invalidDataNamesTheField()
    {
        QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("f103"))).object();
        QJsonObject sender = o.value(QStringLiteral("sender")).toObject();
        sender.insert(QStringLiteral("inn"), QStringLiteral("77012345"));
        o.insert(QStringLiteral("sender"), sender);
        auto bad = buildForm(QStringLiteral("f103"), QJsonDocument(o).toJson());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("\"sender.inn\"")));

        o = QJsonDocument::fromJson(fixture(QStringLiteral("f103"))).object();
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QJsonObject first = items[0].toObject();
        first.insert(QStringLiteral("cod_amount"), 2000); // declared value is 1 500
        items[0] = first;
        o.insert(QStringLiteral("items"), items);
        bad = buildForm(QStringLiteral("f103"), QJsonDocument(o).toJson());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("items[0].cod_amount")));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestF103 t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_f103.moc"
