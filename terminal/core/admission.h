// The admission rules: a pure decision from (scanned text, cache, policy, clock, trust state).
#pragma once

#include "offline-cache/store.h"
#include "terminal/core/clock.h"
#include "terminal/core/policy.h"
#include "terminal/core/truststate.h"
#include "terminal/core/verdict.h"

#include <string_view>

namespace checkin::core {

/// Decides without writing anything. Reads the store on the caller's thread (the store thread).
/// Order: shape (no decoding) -> clock and data freshness -> signature -> booking state -> place ->
/// day -> duplicates -> time window.
Verdict decide(std::string_view scanned, cache::Store &store, const Policy &policy, const Clock &clock,
    const TrustState &trust);
/// Without a trust state: legacy codes only (signed codes need a key list and go to staff).
Verdict decide(std::string_view scanned, cache::Store &store, const Policy &policy, const Clock &clock);

/// Steps 4 to 6 for a booking already in hand (found by a code, or by staff or a citizen through a
/// lookup): booking state, place, day, duplicates, time window.
Verdict decideForAppointment(
    const cache::Appointment &appointment, cache::Store &store, const Policy &policy, const Clock &clock);

/// True when the text is shaped like a booking code at all (a CK1 code or a legacy shape), checked
/// before anything is looked up or decoded.
bool looksLikeBookingCode(std::string_view scanned, const Policy &policy);

} // namespace checkin::core
