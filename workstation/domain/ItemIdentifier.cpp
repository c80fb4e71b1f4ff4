#include "ItemIdentifier.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace pc {

namespace {

constexpr const char kIsoCodes[] = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI "
                                   "BJ BL BM BN BO BQ BR BS BT BV BW "
                                   "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK "
                                   "DM DO DZ EC EE EG EH ER ES ET FI "
                                   "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY "
                                   "HK HM HN HR HT HU ID IE IL IM IN "
                                   "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI "
                                   "LK LR LS LT LU LV LY MA MC MD ME "
                                   "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG "
                                   "NI NL NO NP NR NU NZ OM PA PE PF "
                                   "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH "
                                   "SI SJ SK SL SM SN SO SR SS ST SV "
                                   "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY "
                                   "UZ VA VC VE VG VI VN VU WF WS YE "
                                   "YT ZA ZM ZW";

constexpr std::array<bool, 26 * 26> makeIsoTable()
{
    std::array<bool, 26 * 26> t{};
    for (std::size_t i = 0; i + 1 < sizeof(kIsoCodes); i += 3)
        t[(kIsoCodes[i] - 'A') * 26 + (kIsoCodes[i + 1] - 'A')] = true;
    return t;
}
constexpr auto kIsoTable = makeIsoTable();

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

} // namespace

bool isIsoCountryCode(char a, char b) noexcept
{
    return isUpper(a) && isUpper(b) && kIsoTable[(a - 'A') * 26 + (b - 'A')];
}

int rpoCheckDigit(std::string_view d) noexcept
{
    int odd = 0, even = 0;
    for (std::size_t i = 0; i < 13; ++i)
        (i % 2 == 0 ? odd : even) += d[i] - '0';
    const int s = 3 * odd + even;
    return (10 - s % 10) % 10;
}

int s10CheckDigit(std::string_view d) noexcept
{
    static constexpr int w[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int s = 0;
    for (int i = 0; i < 8; ++i)
        s += (d[i] - '0') * w[i];
    const int c = 11 - s % 11;
    return c == 10 ? 0 : c == 11 ? 5 : c;
}

IdCheck checkIdentifier(std::string_view raw) noexcept
{
    IdCheck r;
    unsigned n = 0;
    bool nonAscii = false;
    for (char ch : raw) {
        if (ch == ' ' || ch == '\t')
            continue;
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x80) {
            nonAscii = true;
            if (u < 0xC0)
                continue; // UTF-8 continuation byte: count characters, not bytes
        }
        if (ch >= 'a' && ch <= 'z')
            ch = static_cast<char>(ch - 'a' + 'A');
        if (n < 15)
            r.text[n] = ch;
        if (n < 255)
            ++n;
    }
    r.length = static_cast<std::uint8_t>(n);
    r.nonAscii = nonAscii;
    if (n == 0)
        return r; // Empty
    if (nonAscii) {
        r.error = IdError::Characters;
        return r;
    }

    const char* t = r.text;
    const bool startsWithLetters = n >= 2 && isUpper(t[0]) && isUpper(t[1]);
    if (startsWithLetters) {
        r.kindKnown = true;
        r.kind = IdKind::S10;
        if (n != 13) {
            r.error = IdError::Length;
            return r;
        }
        if (nonAscii || !isUpper(t[11]) || !isUpper(t[12])) {
            r.error = IdError::Characters;
            return r;
        }
        for (int i = 2; i < 11; ++i)
            if (!isDigit(t[i])) {
                r.error = IdError::Characters;
                return r;
            }
        if (t[0] == 'J' || t[0] == 'K') {
            r.error = IdError::ReservedServiceIndicator;
            return r;
        }
        if (!isIsoCountryCode(t[11], t[12])) {
            r.error = IdError::CountryCode;
            return r;
        }
        const int c = s10CheckDigit(std::string_view(t + 2, 8));
        if (c != t[10] - '0') {
            r.error = IdError::CheckDigit;
            r.expected = static_cast<std::int8_t>(c);
            return r;
        }
        r.error = IdError::None;
        return r;
    }

    if (n > 0 && isDigit(t[0])) {
        r.kindKnown = true;
        r.kind = IdKind::Rpo14;
    }
    if (n != 14) {
        r.error = r.kindKnown || n != 13 ? IdError::Length : IdError::Characters;
        return r;
    }
    r.kindKnown = true;
    r.kind = IdKind::Rpo14;
    if (nonAscii) {
        r.error = IdError::Characters;
        return r;
    }
    for (int i = 0; i < 14; ++i)
        if (!isDigit(t[i])) {
            r.error = IdError::Characters;
            return r;
        }
    const int c = rpoCheckDigit(std::string_view(t, 13));
    if (c != t[13] - '0') {
        r.error = IdError::CheckDigit;
        r.expected = static_cast<std::int8_t>(c);
        return r;
    }
    r.error = IdError::None;
    return r;
}

QString idKindName(IdKind kind)
{
    return kind == IdKind::S10 ? QStringLiteral("s10") : QStringLiteral("rpo14");
}

QString describeIdError(const IdCheck& c)
{
    switch (c.error) {
    case IdError::None:
        return {};
    case IdError::Empty:
        return QCoreApplication::translate("ItemIdentifier", "No identifier was entered.");
    case IdError::Length:
        if (c.kindKnown && c.kind == IdKind::S10)
            return QCoreApplication::translate("ItemIdentifier",
                                               "An international identifier has 13 characters "
                                               "(AA123456789RU); this one has %1.")
                .arg(c.length);
        return QCoreApplication::translate("ItemIdentifier",
                                           "A domestic barcode has 14 digits; this one has %1.")
            .arg(c.length);
    case IdError::Characters:
        if (c.nonAscii)
            return QCoreApplication::translate(
                "ItemIdentifier", "The barcode contains letters of another alphabet: switch the "
                                  "keyboard layout to English, or set up the scanner in USB/HID mode.");
        if (c.kindKnown && c.kind == IdKind::S10)
            return QCoreApplication::translate("ItemIdentifier",
                                               "An international identifier is two letters, nine digits "
                                               "and two letters (AA123456789RU).");
        if (c.length == 14)
            return QCoreApplication::translate(
                "ItemIdentifier", "A domestic barcode has digits only; this one has other characters.");
        return QCoreApplication::translate(
            "ItemIdentifier", "This is neither a domestic barcode nor an international identifier.");
    case IdError::CheckDigit:
        return QCoreApplication::translate("ItemIdentifier",
                                           "Wrong check digit: it should be %1. Check the number for a typo.")
            .arg(c.expected);
    case IdError::ReservedServiceIndicator:
        return QCoreApplication::translate(
                   "ItemIdentifier", "Service indicators starting with %1 are reserved and never issued.")
            .arg(QChar::fromLatin1(c.text[0]));
    case IdError::CountryCode:
        return QCoreApplication::translate("ItemIdentifier", "\"%1\" is not a country code.")
            .arg(QString::fromLatin1(c.text + 11, 2));
    }
    return {};
}

Result<ItemId> parseItemId(QStringView input)
{
    const QByteArray utf8 = input.toUtf8();
    const IdCheck c =
        checkIdentifier(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (!c.valid()) {
        static const char* codes[] = {"id.ok",          "id.empty",       "id.length",
                                      "id.characters",  "id.check_digit", "id.reserved_service_indicator",
                                      "id.country_code"};
        return Error{QString::fromLatin1(codes[static_cast<int>(c.error)]), describeIdError(c)};
    }
    const std::string_view t = c.normalized();
    return ItemId{c.kind, QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()))};
}

Result<ItemId> makeRpo14(QStringView prefix8, std::int64_t serial)
{
    if (prefix8.size() != 8 ||
        !std::all_of(prefix8.begin(), prefix8.end(), [](QChar ch) { return ch >= u'0' && ch <= u'9'; }))
        return Result<ItemId>::fail(
            QStringLiteral("id.range_prefix"),
            QStringLiteral("A domestic range prefix is 8 digits (postcode + month counter)."));
    if (serial < 0 || serial > 99999)
        return Result<ItemId>::fail(QStringLiteral("id.range_serial"),
                                    QStringLiteral("A domestic serial number is 0..99999."));
    QByteArray d = prefix8.toLatin1() + QByteArray::number(serial).rightJustified(5, '0');
    d += static_cast<char>('0' + rpoCheckDigit(std::string_view(d.constData(), 13)));
    return ItemId{IdKind::Rpo14, QString::fromLatin1(d)};
}

Result<ItemId> makeS10(QStringView serviceIndicator, std::int64_t serial, QStringView country)
{
    const QByteArray si = serviceIndicator.toLatin1().toUpper();
    const QByteArray cc = country.toLatin1().toUpper();
    if (si.size() != 2 || !isUpper(si[0]) || !isUpper(si[1]) || si[0] == 'J' || si[0] == 'K')
        return Result<ItemId>::fail(
            QStringLiteral("id.service_indicator"),
            QStringLiteral("\"%1\" is not a usable service indicator.").arg(serviceIndicator));
    if (cc.size() != 2 || !isIsoCountryCode(cc[0], cc[1]))
        return Result<ItemId>::fail(QStringLiteral("id.country_code"),
                                    QStringLiteral("\"%1\" is not a country code.").arg(country));
    if (serial < 0 || serial > 99'999'999)
        return Result<ItemId>::fail(QStringLiteral("id.range_serial"),
                                    QStringLiteral("An S10 serial number is 0..99999999."));
    const QByteArray digits = QByteArray::number(serial).rightJustified(8, '0');
    QByteArray d = si + digits;
    d += static_cast<char>('0' + s10CheckDigit(std::string_view(digits.constData(), 8)));
    d += cc;
    return ItemId{IdKind::S10, QString::fromLatin1(d)};
}

} // namespace pc
