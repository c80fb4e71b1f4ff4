#include "IdentityDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pc::issuing {

namespace {
struct DocSpec {
    IdDocType type;
    const char* name;
    const char* title;
    const char* pattern; // on the normalised number
    const char* shape;   // what the clerk is told to type
    int seriesLen;       // leading characters shown by the mask
};

// The accepted list: the documents a Russian post office checks at hand-over.
const DocSpec kSpecs[] = {
    {IdDocType::RussianPassport, "ru_passport", QT_TRANSLATE_NOOP("IdDoc", "Passport of a citizen of Russia"),
     "^[0-9]{10}$", "NNNN NNNNNN", 4},
    {IdDocType::InternationalPassport, "intl_passport", QT_TRANSLATE_NOOP("IdDoc", "International passport"),
     "^[0-9]{9}$", "NN NNNNNNN", 2},
    {IdDocType::ForeignPassport, "foreign_passport", QT_TRANSLATE_NOOP("IdDoc", "Foreign citizen's passport"),
     "^[A-Z0-9А-ЯЁ]{5,20}$", "5–20 letters or digits", 0},
    {IdDocType::ResidencePermit, "residence_permit", QT_TRANSLATE_NOOP("IdDoc", "Residence permit"),
     "^[0-9]{9}$", "NN NNNNNNN", 2},
    {IdDocType::TemporaryResidence, "temp_residence",
     QT_TRANSLATE_NOOP("IdDoc", "Temporary residence permit"), "^[A-Z0-9А-ЯЁ]{5,20}$",
     "5–20 letters or digits", 0},
    {IdDocType::MilitaryId, "military_id", QT_TRANSLATE_NOOP("IdDoc", "Military ID"), "^[А-ЯЁ]{2}[0-9]{7}$",
     "АА NNNNNNN", 2},
    {IdDocType::TemporaryId, "temporary_id", QT_TRANSLATE_NOOP("IdDoc", "Temporary identity card (form 2P)"),
     "^[A-Z0-9А-ЯЁ]{5,20}$", "5–20 letters or digits", 0},
    {IdDocType::RefugeeCertificate, "refugee_cert", QT_TRANSLATE_NOOP("IdDoc", "Refugee certificate"),
     "^[A-Z0-9А-ЯЁ]{5,20}$", "5–20 letters or digits", 0},
};

const DocSpec& spec(IdDocType t)
{
    for (const auto& s : kSpecs)
        if (s.type == t)
            return s;
    return kSpecs[0];
}

QString normalise(const QString& raw)
{
    QString out;
    for (QChar c : raw)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

QDate parseDate(const QString& s)
{
    QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(s, QStringLiteral("dd.MM.yyyy"));
    return d;
}
} // namespace

QList<IdDocType> acceptedIdDocTypes()
{
    QList<IdDocType> out;
    for (const auto& s : kSpecs)
        out << s.type;
    return out;
}

QString idDocTypeName(IdDocType type)
{
    return QString::fromLatin1(spec(type).name);
}

std::optional<IdDocType> idDocTypeFromName(QStringView name)
{
    for (const auto& s : kSpecs)
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.type;
    return std::nullopt;
}

QString idDocTypeTitle(IdDocType type)
{
    return QCoreApplication::translate("IdDoc", spec(type).title);
}

QString maskIdNumber(IdDocType type, const QString& n)
{
    const DocSpec& s = spec(type);
    const int keepTail = n.size() > 4 ? 2 : 0;
    const int head = std::min<int>(s.seriesLen, std::max<int>(0, n.size() - keepTail));
    QString series = n.left(head);
    if (type == IdDocType::RussianPassport && series.size() == 4)
        series = series.left(2) + u' ' + series.mid(2); // "45 10" as printed in the passport
    const QString stars(n.size() - head - keepTail, u'*');
    const QString rest = stars + n.right(keepTail);
    return series.isEmpty() ? rest : series + u' ' + rest;
}

Result<CheckedIdDocument> checkIdDocument(const IdDocumentInput& doc, QDate today)
{
    const DocSpec& s = spec(doc.type);
    const QString n = normalise(doc.number);
    if (!QRegularExpression(QString::fromUtf8(s.pattern)).match(n).hasMatch())
        return Error{QStringLiteral("iddoc.number_format"),
                     QCoreApplication::translate("IdDoc", "The number of a %1 must look like %2.")
                         .arg(idDocTypeTitle(doc.type), QString::fromUtf8(s.shape))};
    if (!doc.issued.isValid())
        return Error{QStringLiteral("iddoc.issue_date_missing"),
                     QCoreApplication::translate("IdDoc", "Enter the document's issue date.")};
    if (doc.issued > today)
        return Error{
            QStringLiteral("iddoc.issued_in_future"),
            QCoreApplication::translate("IdDoc", "The issue date %1 is in the future: check the document.")
                .arg(doc.issued.toString(QStringLiteral("dd.MM.yyyy")))};
    return CheckedIdDocument{doc.type, n, maskIdNumber(doc.type, n), doc.issued, doc.issuer.trimmed()};
}

Result<IdDocumentInput> parseIdDocumentArg(const QString& text)
{
    const QStringList parts = text.split(u':');
    const auto bad = [&] {
        return Error{QStringLiteral("iddoc.syntax"),
                     QCoreApplication::translate("IdDoc", "Expected TYPE:NUMBER:ISSUED[:ISSUER], e.g. "
                                                          "ru_passport:4510123456:2015-03-20.")};
    };
    if (parts.size() < 3)
        return bad();
    auto type = idDocTypeFromName(parts[0].trimmed());
    if (!type) {
        QStringList names;
        for (const auto& s : kSpecs)
            names << QString::fromLatin1(s.name);
        return Error{QStringLiteral("iddoc.unknown_type"),
                     QCoreApplication::translate("IdDoc", "Unknown document type \"%1\"; accepted: %2.")
                         .arg(parts[0], names.join(u", "))};
    }
    const QDate issued = parseDate(parts[2].trimmed());
    if (!issued.isValid())
        return bad();
    return IdDocumentInput{*type, parts[1], issued, parts.mid(3).join(u':').trimmed()};
}

} // namespace pc::issuing
