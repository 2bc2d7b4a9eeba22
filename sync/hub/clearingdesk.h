// The clearing desk's rules: finding a case or an appointment as the caller names it, and why an
// action is refused, in the desk's two languages.
#pragma once

#include "offline-cache/appointment.h"
#include "sync/hub/desktexts.h"
#include "sync/hub/hubstore.h"

#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::cache {
class NameFolder;
}

namespace checkin::sync {

/// Why the desk did not do what was asked; each has a message for the page.
enum class DeskRefusal {
    NoSuchCase,
    CaseClosed,
    NoSuchAppointment,
    OtherCenter,
    BadDay,
    DayOutOfRange,
    NoCapacity,
    ResolutionRequired,
    TicketLength,
    TicketCharacter,
    TicketCheck,
    BadBirthDate,
    EmptySearch,
    AppointmentCancelled,
    FamilyNameMissing,
    TooLong,
    NoSuchCenter,
    StoreFailed,
};
std::string refusalText(DeskRefusal refusal, DeskLanguage language);
/// The HTTP status a refusal answers with.
int refusalStatus(DeskRefusal refusal);

/// What the caller said: any of the three, as typed.
struct DeskQuery
{
    std::string ticket;
    std::string name;
    std::string birthDate;
    bool empty() const { return ticket.empty() && name.empty() && birthDate.empty(); }
};

/// The cases matching every given part: the ticket tolerantly (ticketnumber.h), the name with the
/// kiosk's folding and typo tolerance (NameIndex), the date of birth in any written form. Best
/// first. `currentYear` reads two-digit birth years.
tl::expected<std::vector<ClearingCase>, DeskRefusal> findCases(const std::vector<ClearingCase> &cases,
    const DeskQuery &query, cache::NameFolder &folder, int currentYear);

/// The appointments matching a name and/or date of birth (ticket ignored), best first.
tl::expected<std::vector<cache::Appointment>, DeskRefusal> findAppointments(
    const std::vector<cache::Appointment> &appointments, const DeskQuery &query, cache::NameFolder &folder,
    int currentYear);

/// A walk-in day must be an ISO date from `today` up to 14 days later (both in the center's zone).
std::optional<DeskRefusal> checkWalkInDay(const std::string &day, const std::string &today);

/// `day` moved by `days` (ISO dates), for the search window.
std::string addDays(const std::string &day, int days);

} // namespace checkin::sync
