// On-site resolution: from "I have no code" to admitted, confirmed, or a clearing case opened.
#pragma once

#include "offline-cache/clearingcases.h"
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
    std::optional<cache::Appointment> hit; ///< Found: the booking, already masked (core::masked)
    SelfServiceConfirm confirm = SelfServiceConfirm::Desk; ///< Found: what admits it (the policy)
    std::chrono::seconds wait{0}; ///< Wait: how long
    bool suggestStaff = false;
};

/// Why staff admit against the rules' verdict. Fixed keys: the audit log holds no free text but
/// the bounded note.
enum class OverrideReason {
    LateAccepted = 0, ///< the center takes the late person anyway
    EarlyAccepted = 1, ///< the center has room now
    OtherDayAccepted = 2, ///< booked for another day; the center takes the person today
    OtherCenterAccepted = 3, ///< booked at another center; this one takes the person
    ConfirmedOnSite = 4, ///< a booking attempt staff just confirmed, outside its slot (not a choice)
};
const char *overrideReasonKey(OverrideReason reason);
/// The reasons staff may give to overrule a verdict with this reason; empty: it cannot be overruled.
std::vector<OverrideReason> overrideReasonsFor(Reason reason);
/// The longest note staff may add to an override (characters beyond it are cut).
inline constexpr size_t kMaxOverrideNote = 120;

/// What the staff search shows of a booking beside name and slot.
enum class SearchStatus {
    Confirmed = 0,
    NeverConfirmed = 1, ///< a booking attempt: staff may confirm it on site
    CheckedIn = 2, ///< see checkIn for when and where
    Cancelled = 3,
    OtherCenter = 4,
};

struct StaffHit
{
    cache::Appointment appointment;
    SearchStatus status = SearchStatus::Confirmed;
    std::optional<cache::CheckIn> checkIn; ///< CheckedIn: the admitting check-in
    bool annullable = false; ///< CheckedIn: staff may still annul it (policy.annulMinutes)
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

/// Why a clearing case was not opened: what was typed breaks the one rule for new cases
/// (cache::checkCaseDetails), or the store failed.
struct CaseRefusal
{
    std::optional<cache::CaseDetailsProblem> problem; ///< set: the details; unset: the store
    cache::Error error; ///< the store's error when `problem` is unset
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
/// 3. There is one override: admitByOverride. It admits only with an operator and a fixed reason
///    key that fits the verdict it overrules (overrideReasonsFor: wrong day, wrong center, too early,
///    too late), stores the check-in as admitted-by-staff and audits it with the overruled rule.
/// 4. A pending booking attempt is confirmed only while today's remaining capacity is above zero;
///    the confirmation and the check-in are both queued for the hub.
/// 5. A self-service kiosk admits only the one booking its last lookup found, within
///    kSelfServiceConfirmWindow, and only with the second factor policy asks for; a wrong factor is
///    a miss for the guard and ends that hit (the person goes to the desk).
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

    /// How long after a self-service hit its confirmation is accepted.
    static constexpr std::chrono::minutes kSelfServiceConfirmWindow{3};

    /// Staff search by any part of a name, a date of birth, a booking reference, or a mix
    /// ("mueller anna", "29.11.1950", "müller 29.11.50"); today's bookings at this center first,
    /// each with its status and check-in. A clearing ticket (cache::asTicketNumber) finds the
    /// appointment the desk resolved its case to, and nothing while the case is open.
    cache::Result<std::vector<StaffHit>> staffSearch(std::string_view text, const std::string &operatorId);

    /// Self-service: family name and date of birth only (see invariant 2).
    SelfServiceResult selfServiceLookup(std::string_view familyName, std::string_view birthDate);

    /// Self-service: the person confirms the hit of the last lookup, with the second factor policy
    /// asks for (invariant 5). The verdict when admitted (or refused by the rules); nothing when the
    /// person must go to the desk.
    std::optional<Verdict> confirmSelfService(int64_t appointmentId, std::string_view secondFactor);

    /// Staff admit a booking found by lookup after an ID check (an operator is required).
    Verdict admit(int64_t appointmentId, const std::string &operatorId);

    /// Staff admit against the rules (invariant 3). The admitted-by-staff verdict, or the rules'
    /// verdict unchanged when the override is refused (no operator, a reason that does not fit).
    Verdict admitByOverride(int64_t appointmentId, const std::string &operatorId, OverrideReason reason,
        std::string_view note = {});

    /// Confirms a pending booking attempt when capacity allows, then admits it (invariant 4).
    Verdict confirmPendingAndAdmit(int64_t appointmentId, const std::string &operatorId);

    /// Opens a clearing case (queued for the hub) and returns the ticket shown or printed. The
    /// details must pass cache::checkCaseDetails against today in the center's zone.
    tl::expected<ClearingTicket, CaseRefusal> openClearingCase(
        const CaseDetails &details, const std::string &operatorId);

    /// Today's figures for this center (capacity for confirmations and walk-ins).
    cache::Result<cache::DayFigures> today();

    /// True when staff may overrule a verdict with this reason (invariant 3).
    static bool overridable(Reason reason) { return !overrideReasonsFor(reason).empty(); }

private:
    void audit(cache::AuditAction action, cache::AuditOutcome outcome, const std::string &operatorId,
        const std::string &subject);
    /// The search's rows: each hit with its status and check-in; audits the search.
    cache::Result<std::vector<StaffHit>> describe(
        std::vector<cache::LookupHit> hits, const std::string &operatorId);
    Verdict record(Verdict verdict, const std::string &operatorId, cache::CheckInMethod method, bool admits,
        Reason storedReason);
    Verdict admitChecked(int64_t appointmentId, const std::string &operatorId);
    Verdict overrule(
        Verdict verdict, const std::string &operatorId, OverrideReason reason, std::string_view note);

    struct PendingHit
    {
        int64_t appointmentId = 0;
        std::chrono::system_clock::time_point at;
    };

    cache::Store &m_store;
    const Policy &m_policy;
    const Clock &m_clock;
    Options m_options;
    cache::EntranceDay m_day;
    LookupGuard m_guard;
    std::optional<PendingHit> m_pendingHit; ///< the last self-service hit, until confirmed or expired
};

/// Folds a typed postal code or booking reference for comparison: letters and digits only,
/// upper case ("sb1-4k7t 93qx" = "SB14K7T93QX").
std::string foldFactor(std::string_view text);

} // namespace checkin::core
