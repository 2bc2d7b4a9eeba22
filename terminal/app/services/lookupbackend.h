// LookupBackend: the narrow interface the lookup and search screens need from the store.
#pragma once

#include "offline-cache/appointment.h"
#include "terminal/core/verdict.h"

#include <functional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::app {

/// What a person or a staff member typed. Self-service fills familyName and birthDate; staff
/// fill text (any part of a name, a date of birth, or a booking reference).
struct LookupQuery
{
    std::string text;
    std::string familyName;
    std::string birthDate; ///< ISO 8601
    int limit = 20;
};

enum class LookupErrorKind {
    Unavailable, ///< no back end on this kiosk (yet): the screen says "ask the staff"
    Failed, ///< the store failed; the message is for staff and logs only
};

struct LookupError
{
    LookupErrorKind kind = LookupErrorKind::Failed;
    std::string message;
};

using SearchResult = tl::expected<std::vector<cache::Appointment>, LookupError>;
using TicketResult = tl::expected<std::string, LookupError>;
using AdmitResult = tl::expected<core::Verdict, LookupError>;

/// Implemented over the offline cache's ranked lookup and the on-site resolution flow. All
/// calls are asynchronous; `done` runs on the GUI thread. Implementations must not block the
/// caller (the store lives on its own thread).
class LookupBackend
{
public:
    virtual ~LookupBackend() = default;
    virtual void search(const LookupQuery &query, std::function<void(SearchResult)> done) = 0;
    /// Checks the person in by lookup (self-service) or by staff after an ID check; a non-empty
    /// overrideReason admits despite a reject verdict and is stored with the check-in. Unavailable
    /// when this kiosk cannot admit by lookup.
    virtual void admit(
        int64_t appointmentId, const std::string &overrideReason, std::function<void(AdmitResult)> done)
        = 0;
    /// Opens a clearing case for the central office; returns the ticket number shown to the person.
    virtual void openClearingCase(
        const std::string &familyName, const std::string &birthDate, std::function<void(TicketResult)> done)
        = 0;
};

} // namespace checkin::app
