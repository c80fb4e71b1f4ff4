#include "JournalCodec.h"

#include <QCryptographicHash>

namespace pc::db {

namespace {
void putField(QByteArray& out, const QByteArray& bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ';';
}
void putText(QByteArray& out, const QString& s)
{
    putField(out, s.toUtf8());
}
void putInt(QByteArray& out, qint64 v)
{
    putField(out, QByteArray::number(v));
}
void putOptional(QByteArray& out, const std::optional<qint64>& v)
{
    if (v)
        putInt(out, *v);
    else
        out += "~;";
}
} // namespace

QByteArray canonicalJournalEncoding(const JournalRow& r)
{
    QByteArray out;
    out.reserve(256);
    out += "pc-journal/1\n";
    putText(out, r.counterId);
    putInt(out, r.journalSeq);
    putText(out, r.prevHash);
    putText(out, r.itemId);
    putInt(out, r.opType);
    putInt(out, r.opAttr);
    putText(out, r.occurredAt);
    putInt(out, r.utcOffsetMin);
    putText(out, r.officePostcode);
    putText(out, r.operatorId);
    putOptional(out, r.weightG);
    putOptional(out, r.amountKop);
    return out;
}

QString journalRowHash(const JournalRow& r)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJournalEncoding(r), QCryptographicHash::Sha256).toHex());
}

} // namespace pc::db
