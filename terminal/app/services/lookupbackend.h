// LookupBackend: the narrow interface the lookup and search screens need from the store.
#pragma once

#include "offline-cache/appointment.h"
#include "terminal/core/checkinservice.h"
#include "terminal/core/onsiteresolution.h"
#include "terminal/core/verdict.h"

#include <functional>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::app {

enum class LookupErrorKind {
    Unavailable, ///< no back end on this kiosk (yet): the screen says "ask the staff"
    Failed, ///< the store failed; the message is for staff and logs only
};

struct LookupError
{
    LookupErrorKind kind = LookupErrorKind::Failed;
    std::string message;
};

using SearchResult = tl::expected<std::vector<core::StaffHit>, LookupError>;
using SelfServiceLookupResult = tl::expected<core::SelfServiceResult, LookupError>;
/// A verdict, or nothing: the person must go to the desk.
using SelfServiceConfirmResult = tl::expected<std::optional<core::Verdict>, LookupError>;
/// Why no ticket: what was typed breaks the rule for new cases (`problem` set), or the store failed.
struct TicketError
{
    std::optional<cache::CaseDetailsProblem> problem;
    LookupError error;
};
using TicketResult = tl::expected<std::string, TicketError>;
using AdmitResult = tl::expected<core::Verdict, LookupError>;
using AnnulResult = tl::expected<void, core::AnnulRefusal>;

/// Implemented over the offline cache's ranked lookup and the on-site resolution flow on the store
/// thread. All calls are asynchronous; `done` runs on the GUI thread. Implementations must not
/// block the caller.
class LookupBackend
{
public:
    virtual ~LookupBackend() = default;
    /// Staff: any part of a name, a date of birth, or a booking reference; rows with their status.
    virtual void search(const std::string &text, std::function<void(SearchResult)> done) = 0;
    /// Self-service: family name and date of birth (ISO), through the store thread's one guard.
    virtual void selfServiceLookup(const std::string &familyName, const std::string &birthDate,
        std::function<void(SelfServiceLookupResult)> done)
        = 0;
    /// Self-service: the person confirms the last hit with the second factor the policy asks for.
    virtual void confirmSelfService(int64_t appointmentId, const std::string &secondFactor,
        std::function<void(SelfServiceConfirmResult)> done)
        = 0;
    /// Staff check a person in after an ID check (a booking attempt is confirmed, capacity allowing).
    virtual void admit(int64_t appointmentId, std::function<void(AdmitResult)> done) = 0;
    /// Staff admit against the rules with a fixed reason key and an optional note.
    virtual void admitByOverride(int64_t appointmentId, core::OverrideReason reason, const std::string &note,
        std::function<void(AdmitResult)> done)
        = 0;
    /// Staff annul a check-in made by mistake (inside the policy's annul window).
    virtual void annul(
        const std::string &checkInId, core::AnnulReason reason, std::function<void(AnnulResult)> done)
        = 0;
    /// Opens a clearing case for the central office; returns the ticket number shown to the person.
    /// An empty account is filled with where the case was opened (self-service or staff kiosk).
    virtual void openClearingCase(const core::CaseDetails &details, std::function<void(TicketResult)> done)
        = 0;
};

} // namespace checkin::app
