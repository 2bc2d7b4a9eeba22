// Time-ordered unique ids for check-ins and cases (UUID version 7, RFC 9562).
#pragma once

#include <cstdint>
#include <string>

namespace checkin::cache {

/// A UUIDv7 string whose first 48 bits are unixMs, so ids sort by time; the rest is random.
std::string newTimeOrderedId(int64_t unixMs);

/// A short keyed hash of a scanned code, so the store can match codes without keeping them.
std::string codeDigest(std::string_view code);

} // namespace checkin::cache
