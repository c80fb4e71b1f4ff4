#include "ScanGrammar.h"

#include "domain/prefill/PrefillPayload.h"
#include "domain/returns/ReturnCode.h"

#include <QCoreApplication>

namespace pc::services {

const char* ScanVerdict::kindName() const
{
    switch (kind) {
    case Kind::Rpo14:
        return "rpo14";
    case Kind::S10:
        return "s10";
    case Kind::Prefill:
        return "prefill";
    case Kind::ReturnCode:
        return "return_code";
    case Kind::Unrecognised:
        return "unrecognised";
    }
    return "unrecognised";
}

QString printableScan(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

ScanVerdict classifyScan(const QString& raw)
{
    ScanVerdict v;
    bool hasControl = false;
    QString clean;
    clean.reserve(raw.size());
    for (QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            hasControl = true;
        else
            clean += c;
    }
    // A customer's pre-filled shipment (QR): routed whole; the acceptance screen checks it.
    if (!hasControl && prefill::looksLikePrefill(clean)) {
        v.kind = ScanVerdict::Kind::Prefill;
        v.text = clean;
        return v;
    }
    if (!hasControl && returns::looksLikeReturnCode(clean)) {
        if (auto code = returns::parseReturnCode(clean); code) {
            v.kind = ScanVerdict::Kind::ReturnCode;
            v.text = *code;
        } else {
            v.text = clean;
            v.message = code.error().message;
        }
        return v;
    }
    // A barcode carrying control characters is not one of ours, even if the rest would match: it is
    // exactly the crafted symbol that tries to fire shortcuts.
    if (!hasControl && clean.size() <= 32) {
        const QByteArray utf8 = clean.toUtf8();
        const IdCheck c =
            checkIdentifier(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        // Spaces inside a scan mean a typist, not a symbol; checkIdentifier tolerates them for typing.
        if (c.valid() && !clean.contains(u' ')) {
            v.kind = c.kind == IdKind::S10 ? ScanVerdict::Kind::S10 : ScanVerdict::Kind::Rpo14;
            v.text =
                QString::fromLatin1(c.normalized().data(), static_cast<qsizetype>(c.normalized().size()));
            return v;
        }
        if (c.kindKnown && c.error == IdError::CheckDigit) {
            v.text = printableScan(raw);
            v.message = QCoreApplication::translate("ScanGrammar", "Unrecognised barcode \"%1\": %2")
                            .arg(v.text, describeIdError(c));
            return v;
        }
    }
    v.text = printableScan(raw);
    v.message = QCoreApplication::translate("ScanGrammar", "Unrecognised barcode \"%1\"").arg(v.text);
    return v;
}

} // namespace pc::services
