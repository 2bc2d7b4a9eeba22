// Time-ordered unique ids for check-ins and cases (UUID version 7, RFC 9562).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace checkin::cache {

/// A UUIDv7 string whose first 48 bits are unixMs, so ids sort by time; the rest is random.
std::string newTimeOrderedId(int64_t unixMs);

/// A short keyed hash of a scanned code, so the store can match codes without keeping them.
std::string codeDigest(std::string_view code);

/// A salted hash of an e-mail address or phone number, so that what a person types can be matched
/// without the store keeping the contact itself. E-mail is compared case-insensitively and phone
/// numbers by their digits only ("+49 681 1234" = "0049-681-1234" is not attempted: country
/// prefixes are the hub's job).
enum class ContactKind { Email, Phone };
std::string contactDigest(ContactKind kind, std::string_view salt, std::string_view value);

} // namespace checkin::cache
