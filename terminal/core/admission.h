// The admission rules: a pure decision from (scanned text, cache, policy, clock).
#pragma once

#include "offline-cache/store.h"
#include "terminal/core/clock.h"
#include "terminal/core/policy.h"
#include "terminal/core/verdict.h"

#include <string_view>

namespace checkin::core {

/// Decides without writing anything. Reads the store on the caller's thread (the store thread).
Verdict decide(std::string_view scanned, cache::Store &store, const Policy &policy, const Clock &clock);

/// True when the text is shaped like a booking code at all (length, prefix, alphabet), checked
/// before anything is looked up or decoded.
bool looksLikeBookingCode(std::string_view scanned);

} // namespace checkin::core
