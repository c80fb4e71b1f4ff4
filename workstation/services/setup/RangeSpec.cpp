#include "RangeSpec.h"

#include <QCoreApplication>

namespace pc::services {

namespace {
Error rangeError(const QString& spec, const QString& why)
{
    return Error{QStringLiteral("setup.bad_range"),
                 QCoreApplication::translate("Setup", "Identifier range \"%1\": %2").arg(spec, why)};
}

bool sameSeries(const db::IdentifierRange& a, const db::IdentifierRange& b)
{
    return a.kind == b.kind && a.prefix.toUpper() == b.prefix.toUpper() &&
           a.country.toUpper() == b.country.toUpper();
}
} // namespace

Result<db::IdentifierRange> parseRangeSpec(const QString& spec, const QString& officePostcode)
{
    const QStringList parts = spec.trimmed().split(u':');
    const QString kind = parts.value(0).toLower();
    db::IdentifierRange r;
    r.officePostcode = officePostcode;
    QString serials;
    if (kind == u"rpo14" && parts.size() == 3) {
        r.kind = IdKind::Rpo14;
        r.prefix = parts[1];
        serials = parts[2];
        if (r.prefix.size() != 8 ||
            !std::all_of(r.prefix.begin(), r.prefix.end(), [](QChar c) { return c.isDigit(); }))
            return rangeError(spec, QCoreApplication::translate(
                                        "Setup", "the prefix must be 8 digits: the office postcode and the "
                                                 "2-digit counter issued with the range."));
        if (!officePostcode.isEmpty() && !r.prefix.startsWith(officePostcode))
            return rangeError(spec, QCoreApplication::translate(
                                        "Setup", "the prefix must start with the office postcode %1.")
                                        .arg(officePostcode));
    } else if (kind == u"s10" && (parts.size() == 3 || parts.size() == 4)) {
        r.kind = IdKind::S10;
        r.prefix = parts[1].toUpper();
        r.country = parts.size() == 4 ? parts[2].toUpper() : QStringLiteral("RU");
        serials = parts.last();
    } else {
        return rangeError(
            spec, QCoreApplication::translate(
                      "Setup", "write it as rpo14:PREFIX:FIRST-LAST or s10:SERVICE[:COUNTRY]:FIRST-LAST, "
                               "e.g. rpo14:10100025:1-99999 or s10:RA:10000000-19999999."));
    }
    const QStringList bounds = serials.split(u'-');
    bool ok1 = false, ok2 = false;
    r.firstSerial = bounds.value(0).toLongLong(&ok1);
    r.lastSerial = bounds.value(1).toLongLong(&ok2);
    if (bounds.size() != 2 || !ok1 || !ok2 || r.firstSerial < 0 || r.firstSerial > r.lastSerial)
        return rangeError(spec,
                          QCoreApplication::translate(
                              "Setup", "the serials must be FIRST-LAST, whole numbers with FIRST <= LAST."));
    r.nextSerial = r.firstSerial;
    for (qint64 serial : {r.firstSerial, r.lastSerial}) {
        auto id = r.kind == IdKind::S10 ? makeS10(r.prefix, serial, r.country) : makeRpo14(r.prefix, serial);
        if (!id)
            return rangeError(spec, id.error().message);
    }
    return r;
}

QString rangeSpecText(const db::IdentifierRange& r)
{
    if (r.kind == IdKind::Rpo14)
        return QStringLiteral("rpo14:%1:%2-%3").arg(r.prefix).arg(r.firstSerial).arg(r.lastSerial);
    return QStringLiteral("s10:%1:%2:%3-%4").arg(r.prefix, r.country).arg(r.firstSerial).arg(r.lastSerial);
}

Status addConfiguredRanges(const db::Connection& c, const QString& officePostcode, const QStringList& specs)
{
    if (specs.isEmpty())
        return {};
    db::IdentifierRangeRepository repo(c);
    auto existing = repo.ranges(officePostcode);
    if (!existing)
        return existing.error();
    for (const QString& spec : specs) {
        auto wanted = parseRangeSpec(spec, officePostcode);
        if (!wanted)
            return wanted.error();
        bool present = false;
        for (const auto& have : *existing) {
            if (!sameSeries(have, *wanted) || have.lastSerial < wanted->firstSerial ||
                wanted->lastSerial < have.firstSerial)
                continue;
            if (have.firstSerial == wanted->firstSerial && have.lastSerial == wanted->lastSerial) {
                present = true;
                break;
            }
            return rangeError(spec, QCoreApplication::translate(
                                        "Setup", "it overlaps the range %1 already in the database; "
                                                 "correct identifiers/ranges in the configuration.")
                                        .arg(rangeSpecText(have)));
        }
        if (present)
            continue;
        auto id = repo.addRange(*wanted);
        if (!id)
            return id.error();
        existing->push_back(*wanted);
    }
    return {};
}

} // namespace pc::services
