// `postcounter-cli journal export` after real counter operations (a registered letter and a parcel
// with declared value and COD, both with the sender's and recipient's names, addresses and a phone):
// the exported events carry the documented fields in time order, the hash chain is recomputed here
// from the file alone (docs/tracking-api.md, "Journal chain", re-implemented independently of
// db/journal), and no personal data leaves in either format.
#include "../CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

namespace {
using Run = pc::testing::CliRun;

const char* kLetter = R"({"object": 2010, "weight_g": 20,
  "sender": {"name": "Орлов Павел Сергеевич", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26"},
  "recipient": {"name": "Кузнецов Андрей", "postcode": "190000", "place": "Санкт-Петербург", "street": "ул. Большая Морская", "house": "8"}})";
const char* kParcel =
    R"({"object": 4040, "weight_g": 2350, "declared_value_kop": 500000, "cod_kop": 450000,
  "sender": {"name": "Орлов Павел Сергеевич", "postcode": "101000", "place": "Москва", "street": "ул. Мясницкая", "house": "26", "phone": "+79161234567"},
  "recipient": {"name": "Смирнова Екатерина", "postcode": "630099", "place": "Новосибирск", "street": "ул. Ленина", "house": "45", "room": "118", "phone": "+79137654321"}})";

// What the counter knows about the people and must keep to itself.
const QStringList kPersonal{QStringLiteral("Орлов"),           QStringLiteral("Кузнецов"),
                            QStringLiteral("Смирнова"),        QStringLiteral("Мясницкая"),
                            QStringLiteral("Большая Морская"), QStringLiteral("Ленина"),
                            QStringLiteral("79161234567"),     QStringLiteral("79137654321")};

// The canonical encoding as docs/tracking-api.md states it: "pc-journal/1\n", then each field as
// <byte length>:<UTF-8 bytes>; with "~;" for a NULL optional field.
QByteArray field(const QByteArray& b)
{
    return QByteArray::number(b.size()) + ':' + b + ';';
}
QByteArray text(const QJsonObject& j, const char* key)
{
    return field(j.value(QLatin1StringView(key)).toString().toUtf8());
}
QByteArray integer(const QJsonObject& j, const char* key)
{
    const QJsonValue v = j.value(QLatin1StringView(key));
    return v.isNull() ? QByteArray("~;") : field(QByteArray::number(v.toInteger()));
}
QString documentedHash(const QJsonObject& j)
{
    const QByteArray enc = "pc-journal/1\n" + text(j, "counter_id") + integer(j, "journal_seq") +
                           text(j, "prev_hash") + text(j, "item_id") + integer(j, "op_type") +
                           integer(j, "op_attr") + text(j, "occurred_at") + integer(j, "utc_offset_min") +
                           text(j, "office_postcode") + text(j, "operator_id") + integer(j, "weight_g") +
                           integer(j, "amount_kop");
    return QString::fromLatin1(QCryptographicHash::hash(enc, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestJournalExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QStringList m_ids; // letter, parcel
    QString m_from, m_to;

    Run cli(const QStringList& args) const
    {
        return pc::testing::runCli(m_home.path(), args, {}, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    }

private slots:
    void initTestCase()
    {
        // The documented example line gives the documented hash: the encoder below is the doc's.
        QJsonObject example{{QStringLiteral("counter_id"), QStringLiteral("1")},
                            {QStringLiteral("journal_seq"), 1},
                            {QStringLiteral("prev_hash"), QString(64, u'0')},
                            {QStringLiteral("item_id"), QStringLiteral("RA123456785RU")},
                            {QStringLiteral("op_type"), 1},
                            {QStringLiteral("op_attr"), 1},
                            {QStringLiteral("occurred_at"), QStringLiteral("2026-11-24T10:05:00.123Z")},
                            {QStringLiteral("utc_offset_min"), 180},
                            {QStringLiteral("office_postcode"), QStringLiteral("101000")},
                            {QStringLiteral("operator_id"), QStringLiteral("op1")},
                            {QStringLiteral("weight_g"), 1250},
                            {QStringLiteral("amount_kop"), QJsonValue::Null}};
        const QString h = documentedHash(example);
        QVERIFY2(h.startsWith(QStringLiteral("dd4a4dc8")) && h.endsWith(QStringLiteral("a793e646")),
                 qPrintable(h));

        for (const auto& [name, json] :
             {std::pair{"letter.json", kLetter}, std::pair{"parcel.json", kParcel}}) {
            QFile f(m_home.filePath(QLatin1StringView(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json);
        }
        const QDate today = QDateTime::currentDateTimeUtc().date();
        m_from = today.addDays(-1).toString(Qt::ISODate);
        const Run r = cli({QStringLiteral("accept"), QStringLiteral("--item"),
                           m_home.filePath(QStringLiteral("letter.json")), QStringLiteral("--item"),
                           m_home.filePath(QStringLiteral("parcel.json")), QStringLiteral("--pay"),
                           QStringLiteral("cash:10000"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_to = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
        for (const QJsonValue& v :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("items")).toArray())
            m_ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_ids.size(), 2);
    }

    void jsonExportCarriesTheEventsAndAVerifiableChain()
    {
        const QString out = m_home.filePath(QStringLiteral("export.json"));
        const Run r = cli({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--from"),
                           m_from, QStringLiteral("--to"), m_to, QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray bytes = readAll(out);
        const QJsonArray events =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("events")).toArray();
        QVERIFY(events.size() >= 2);

        // The two acceptances, with the fields of docs/tracking-api.md.
        QHash<QString, QJsonObject> acceptance;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("op_type")).toInt() == 1)
                acceptance.insert(e.value(QStringLiteral("item_id")).toString(), e);
        }
        QCOMPARE(acceptance.size(), 2);
        const QJsonObject letter = acceptance.value(m_ids[0]), parcel = acceptance.value(m_ids[1]);
        for (const QJsonObject& e : {letter, parcel}) {
            QCOMPARE(e.value(QStringLiteral("op_attr")).toInt(), 1);
            QCOMPARE(e.value(QStringLiteral("upu_event")).toString(), QStringLiteral("EMA"));
            QCOMPARE(e.value(QStringLiteral("office")).toString(), QStringLiteral("101000"));
            QVERIFY(!e.value(QStringLiteral("counter")).toString().isEmpty());
            QVERIFY(!e.value(QStringLiteral("operator")).toString().isEmpty());
            QVERIFY(QUuid::fromString(e.value(QStringLiteral("event_id")).toString()).isNull() == false);
            QVERIFY(e.value(QStringLiteral("seq")).toInteger() >= 1);
            const QString at = e.value(QStringLiteral("occurred_at")).toString();
            QVERIFY2(QDateTime::fromString(at, Qt::ISODateWithMs).isValid() &&
                         (at.endsWith(u'Z') || at.at(at.size() - 6) == u'+' || at.at(at.size() - 6) == u'-'),
                     qPrintable(at));
        }
        QCOMPARE(letter.value(QStringLiteral("weight_g")).toInteger(), 20);
        QCOMPARE(letter.value(QStringLiteral("destination")).toString(), QStringLiteral("190000"));
        QCOMPARE(parcel.value(QStringLiteral("weight_g")).toInteger(), 2350);
        QCOMPARE(parcel.value(QStringLiteral("declared_value_kop")).toInteger(), 500000);
        QCOMPARE(parcel.value(QStringLiteral("cod_kop")).toInteger(), 450000);
        QCOMPARE(parcel.value(QStringLiteral("destination")).toString(), QStringLiteral("630099"));
        QVERIFY(letter.value(QStringLiteral("seq")).toInteger() <
                parcel.value(QStringLiteral("seq")).toInteger());

        // Time order, and each counter's chain recomputed from the file alone.
        QHash<QString, QJsonObject> lastOfCounter;
        QDateTime previousAt;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            const QJsonObject j = e.value(QStringLiteral("journal")).toObject();
            const QDateTime at =
                QDateTime::fromString(e.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(!previousAt.isValid() || previousAt <= at);
            previousAt = at;
            // The journal block says the same as the event.
            QCOMPARE(
                QDateTime::fromString(j.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs),
                at);
            QCOMPARE(at.offsetFromUtc(), j.value(QStringLiteral("utc_offset_min")).toInt() * 60);
            QCOMPARE(j.value(QStringLiteral("item_id")), e.value(QStringLiteral("item_id")));
            QCOMPARE(j.value(QStringLiteral("office_postcode")), e.value(QStringLiteral("office")));
            QCOMPARE(j.value(QStringLiteral("counter_id")), e.value(QStringLiteral("counter")));
            QCOMPARE(j.value(QStringLiteral("operator_id")), e.value(QStringLiteral("operator")));
            QCOMPARE(j.value(QStringLiteral("hash")), e.value(QStringLiteral("hash")));
            QCOMPARE(j.value(QStringLiteral("prev_hash")), e.value(QStringLiteral("prev_hash")));

            const QString hash = j.value(QStringLiteral("hash")).toString();
            QCOMPARE(documentedHash(j), hash);
            const QString counter = j.value(QStringLiteral("counter_id")).toString();
            const qint64 seq = j.value(QStringLiteral("journal_seq")).toInteger();
            if (const auto it = lastOfCounter.constFind(counter); it != lastOfCounter.cend()) {
                QCOMPARE(seq, it->value(QStringLiteral("journal_seq")).toInteger() + 1);
                QCOMPARE(j.value(QStringLiteral("prev_hash")).toString(),
                         it->value(QStringLiteral("hash")).toString());
            } else {
                QCOMPARE(seq, 1); // a fresh counter: the whole chain is in the file
                QCOMPARE(j.value(QStringLiteral("prev_hash")).toString(), QString(64, u'0'));
            }
            lastOfCounter.insert(counter, j);
        }

        // The recomputation notices a changed field: the check is not vacuous.
        QJsonObject forged = letter.value(QStringLiteral("journal")).toObject();
        forged.insert(QStringLiteral("weight_g"), 21);
        QVERIFY(documentedHash(forged) != forged.value(QStringLiteral("hash")).toString());

        // No personal data, in values or as keys.
        for (const QString& p : kPersonal)
            QVERIFY2(!QString::fromUtf8(bytes).contains(p), qPrintable(p));
        for (const QJsonValue& v : events)
            for (const char* key : {"sender", "recipient", "name", "phone", "address", "street", "passport"})
                QVERIFY2(!v.toObject().contains(QLatin1StringView(key)), key);
    }

    void emsevtXmlCarriesCodesAndNamesButNoPersonalData()
    {
        const Run r =
            cli({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--from"), m_from,
                 QStringLiteral("--to"), m_to, QStringLiteral("--format"), QStringLiteral("emsevt-xml")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString xml = QString::fromUtf8(r.out);
        for (const QString& p : kPersonal)
            QVERIFY2(!xml.contains(p), qPrintable(p));
        QXmlStreamReader x(r.out);
        QStringList items, codes, types;
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == QStringLiteral("MailitemId"))
                items << x.readElementText();
            else if (x.name() == QStringLiteral("EventCode"))
                codes << x.readElementText();
            else if (x.name() == QStringLiteral("OperationType") &&
                     x.attributes().value(QStringLiteral("code")) == QStringLiteral("1"))
                types << x.readElementText();
        }
        QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
        QVERIFY(items.contains(m_ids[0]) && items.contains(m_ids[1]));
        QCOMPARE(codes.count(QStringLiteral("EMA")), 2);
        QCOMPARE(types, (QStringList{QStringLiteral("Приём"), QStringLiteral("Приём")}));
    }
};

QTEST_GUILESS_MAIN(TestJournalExport)
#include "test_journal_export.moc"
