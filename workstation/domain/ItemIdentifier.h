#pragma once
// Item identifiers (DOMAIN.md §1): the domestic 14-digit barcode (ШПИ/RPO) and the UPU S10
// 13-character identifier. checkIdentifier() is the allocation-free hot path used for every scan;
// parseItemId() wraps it with a QString and a message a clerk can read.
#include "Result.h"

#include <QString>
#include <cstdint>
#include <string_view>

namespace pc {

enum class IdKind : std::uint8_t { Rpo14, S10 };

enum class IdError : std::uint8_t {
    None,
    Empty,
    Length,                   // neither 14 digits nor 13 characters
    Characters,               // a character that has no place at that position
    CheckDigit,               // check digit does not match
    ReservedServiceIndicator, // S10 service indicator starting with J or K
    CountryCode,              // S10 country is not an ISO 3166-1 alpha-2 code
};

struct IdCheck {
    IdError error = IdError::Empty;
    bool kindKnown = false; // the shape says which kind was meant, even when invalid
    IdKind kind = IdKind::Rpo14;
    std::uint8_t length = 0;   // normalised length (may exceed 15; text then holds the first 15)
    std::int8_t expected = -1; // the correct check digit when error == CheckDigit
    bool nonAscii = false;     // e.g. a wedge scan typed through a Russian keyboard layout
    char text[16] = {};        // normalised: spaces removed, letters upper-cased, NUL-terminated

    bool valid() const { return error == IdError::None; }
    std::string_view normalized() const { return {text, length < 16 ? length : std::size_t{15}}; }
};

// Accepts UTF-8 as typed or scanned: spaces and lowercase are tolerated and normalised.
IdCheck checkIdentifier(std::string_view raw) noexcept;

struct ItemId {
    IdKind kind = IdKind::Rpo14;
    QString text; // normalised

    friend bool operator==(const ItemId&, const ItemId&) = default;
};

QString idKindName(IdKind kind);               // "rpo14" / "s10"
QString describeIdError(const IdCheck& check); // translated, specific reason
Result<ItemId> parseItemId(QStringView input);

// Check digits over ASCII digits. rpo: 13 digits; s10: 8 digits.
int rpoCheckDigit(std::string_view first13) noexcept;
int s10CheckDigit(std::string_view serial8) noexcept;
bool isIsoCountryCode(char a, char b) noexcept;

// Generation from an office's identifier range.
// prefix8 = office postcode (6 digits) + month-of-printing counter (2 digits); serial 0..99999.
Result<ItemId> makeRpo14(QStringView prefix8, std::int64_t serial);
// serviceIndicator = two letters (e.g. "RA", "CP", "EE"); serial 0..99999999; country "RU".
Result<ItemId> makeS10(QStringView serviceIndicator, std::int64_t serial, QStringView country);

} // namespace pc
