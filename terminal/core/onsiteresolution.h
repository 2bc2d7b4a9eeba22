// On-site resolution: from "I have no code" to admitted, confirmed, or a clearing case opened.
#pragma once

#include "offline-cache/entranceday.h"
#include "offline-cache/store.h"
#include "terminal/core/clock.h"
#include "terminal/core/lookupguard.h"
#include "terminal/core/policy.h"
#include "terminal/core/verdict.h"

#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::core {

/// What a citizen at a self-service kiosk is told after typing family name and date of birth.
enum class SelfServiceAnswer {
    Found, ///< exactly one booking today: shown masked, the person confirms it
    SeeStaff, ///< the same neutral answer whether or not the name exists
    Wait, ///< too many misses: a short wait, and a hint to ask staff
    InvalidDate, ///< what was typed is not a date (says nothing about anyone)
};

struct SelfServiceResult
{
    SelfServiceAnswer answer = SelfServiceAnswer::SeeStaff;
    int64_t appointmentId = 0; ///< Found: what a confirmation admits
    std::string masked; ///< Found: "Anna M., born 1950, 10:30"
    std::chrono::seconds wait{0}; ///< Wait: how long
    bool suggestStaff = false;
};

/// What a person tells the desk when nothing was found: the minimum the central office needs.
struct CaseDetails
{
    std::string givenName;
    std::string familyName;
    std::string birthDate; ///< as typed; stored as ISO 8601 when it parses
    std::string contact; ///< only what the person chooses to give
    std::string account; ///< what they say happened
};

struct ClearingTicket
{
    std::string caseId; ///< the case's time-ordered id (the outbox idempotency key)
    std::string number; ///< short, read aloud at the desk: "K-7Q4M2"
};

/// Runs on the store thread with the store it is given (like CheckInService).
///
/// Invariants:
/// 1. Every lookup, admission by lookup, override, confirmation and clearing case appends an audit
///    entry with kiosk, operator, time and outcome; the entry never holds what was typed, only a
///    reference to the appointment, check-in or case it concerns.
/// 2. A self-service lookup never reveals more than one masked booking, and answers a miss the
///    same way whether or not the name exists; while the guard cools down, no lookup runs.
/// 3. An override admits only with an operator and a non-empty reason, and only against a verdict
///    that policy lets staff overrule (wrong day, wrong center, too early, too late).
/// 4. A pending booking attempt is confirmed only while today's remaining capacity is above zero;
///    the confirmation and the check-in are both queued for the hub.
class OnSiteResolution
{
public:
    struct Options
    {
        int extraSlots = 0; ///< walk-in slots beyond the day's bookings
        LookupGuard::Options guard{};
    };

    OnSiteResolution(cache::Store &store, const Policy &policy, const Clock &clock, Options options);
    OnSiteResolution(cache::Store &store, const Policy &policy, const Clock &clock)
        : OnSiteResolution(store, policy, clock, Options{})
    { }

    /// Staff search by any part of a name, a date of birth, a booking reference, or a mix
    /// ("mueller anna", "29.11.1950", "müller 29.11.50"); today's bookings at this center first.
    cache::Result<std::vector<cache::LookupHit>> staffSearch(
        std::string_view text, const std::string &operatorId);

    /// Self-service: family name and date of birth only (see invariant 2).
    SelfServiceResult selfServiceLookup(std::string_view familyName, std::string_view birthDate);

    /// Admits a booking found by lookup. Staff pass their operator id (after an ID check); a
    /// self-service kiosk passes none. A non-empty overrideReason admits against an overridable
    /// reject (invariant 3); the stored check-in keeps the reason it overrode.
    Verdict admit(
        int64_t appointmentId, const std::string &operatorId, const std::string &overrideReason = {});

    /// Confirms a pending booking attempt when capacity allows, then admits it (invariant 4).
    Verdict confirmPendingAndAdmit(int64_t appointmentId, const std::string &operatorId);

    /// Opens a clearing case (queued for the hub) and returns the ticket shown or printed.
    tl::expected<ClearingTicket, cache::Error> openClearingCase(
        const CaseDetails &details, const std::string &operatorId);

    /// The booking behind a self-service answer, for the caller to reduce before showing it.
    std::optional<cache::Appointment> appointment(int64_t id);

    /// Today's figures for this center (capacity for confirmations and walk-ins).
    cache::Result<cache::DayFigures> today();
    int extraSlots() const { return m_options.extraSlots; }

    /// True when staff may overrule a verdict with this reason (invariant 3).
    static bool overridable(Reason reason);

private:
    void audit(cache::AuditAction action, cache::AuditOutcome outcome, const std::string &operatorId,
        const std::string &subject);
    Verdict record(Verdict verdict, const std::string &operatorId, cache::CheckInMethod method, bool admits,
        Reason storedReason);

    cache::Store &m_store;
    const Policy &m_policy;
    const Clock &m_clock;
    Options m_options;
    cache::EntranceDay m_day;
    LookupGuard m_guard;
};

/// "Anna M., born 1950, 10:30": what a self-service screen may show of a booking.
std::string maskedSummary(const cache::Appointment &appointment);

} // namespace checkin::core
