#pragma once
// The quote: a pure function of (request, tariff version). No I/O, no clock, no global state; the
// same inputs give the same lines to the kopeck. Rounding rules: TariffRounding.h, docs/tariffs.md.
#include "Quote.h"
#include "TariffVersion.h"

namespace pc::tariff {

// Stable error codes of a refused quote (the CLI prints them; scripts and the GUI rely on them).
namespace errc {
inline constexpr char DateInvalid[] = "tariff.date_invalid";
inline constexpr char NoVersion[] = "tariff.no_version";
inline constexpr char ObjectUnknown[] = "tariff.object_unknown";
inline constexpr char PostcodeInvalid[] = "tariff.postcode_invalid";
inline constexpr char PostcodeUnknown[] = "tariff.postcode_unknown";
inline constexpr char DestinationInvalid[] = "tariff.destination_invalid";
inline constexpr char RouteNotPriced[] = "tariff.route_not_priced";
inline constexpr char CountryNotServed[] = "tariff.country_not_served";
inline constexpr char WeightInvalid[] = "tariff.weight_invalid";
inline constexpr char WeightOverLimit[] = "tariff.weight_over_limit";
inline constexpr char SizeInvalid[] = "tariff.size_invalid";
inline constexpr char SizeOverLimit[] = "tariff.size_over_limit";
inline constexpr char DeclaredValueInvalid[] = "tariff.declared_value_invalid";
inline constexpr char DeclaredValueMissing[] = "tariff.declared_value_missing";
inline constexpr char DeclaredValueNotOffered[] = "tariff.declared_value_not_offered";
inline constexpr char DeclaredValueOverLimit[] = "tariff.declared_value_over_limit";
inline constexpr char CodInvalid[] = "tariff.cod_invalid";
inline constexpr char CodMissing[] = "tariff.cod_missing";
inline constexpr char CodNotOffered[] = "tariff.cod_not_offered";
inline constexpr char CodWithoutDeclaredValue[] = "tariff.cod_without_declared_value";
inline constexpr char CodOverDeclaredValue[] = "tariff.cod_over_declared_value";
inline constexpr char CodOverLimit[] = "tariff.cod_over_limit";
inline constexpr char ServiceUnknown[] = "tariff.service_unknown";
inline constexpr char ServiceNotOffered[] = "tariff.service_not_offered";
inline constexpr char ServiceRepeated[] = "tariff.service_repeated";
inline constexpr char ServiceConflict[] = "tariff.service_conflict";
inline constexpr char ServiceRequiresCod[] = "tariff.service_requires_cod";
inline constexpr char ServiceRequiresDeclaredValue[] = "tariff.service_requires_declared_value";
inline constexpr char ByPhoneNotOffered[] = "tariff.by_phone_not_offered";
} // namespace errc

QuoteResult quote(const QuoteRequest& request, const TariffVersion& tariff);

// The same, into a result the caller keeps: its line buffer is reused, so a steady stream of quotes
// (the acceptance screen as the scale settles, the benchmark) allocates nothing.
void quoteInto(const QuoteRequest& request, const TariffVersion& tariff, QuoteResult& result);

} // namespace pc::tariff
