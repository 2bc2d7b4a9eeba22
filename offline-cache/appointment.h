// An appointment as the entrance needs it: who, when, where, and in which state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace checkin::cache {

enum class AppointmentStatus {
    Confirmed = 0,
    Cancelled = 1,
    Pending = 2, ///< a booking attempt the central system recorded but never confirmed
};

struct Appointment
{
    int64_t id = 0; ///< the central system's appointment id
    std::string bookingRef; ///< what the booking portal printed, e.g. "SB1-4K7T-93QX"
    std::string centerId; ///< e.g. "SB1"
    std::string day; ///< local date, ISO 8601 "YYYY-MM-DD"
    int slotStart = 0; ///< minutes after local midnight
    int slotEnd = 0;
    AppointmentStatus status = AppointmentStatus::Confirmed;
    std::string givenName;
    std::string familyName;
    std::string birthDate; ///< ISO 8601
    std::string postalCode;
    std::string language; ///< the person's language as booked ("de", "tr", ...), may be empty
    int64_t version = 0; ///< the central system's change counter
    std::optional<int> dose; ///< 1 for the first dose, ... when the central system sends it
    std::string eligibilityGroup; ///< e.g. "60+", "staff", may be empty
    std::string emailHash; ///< contactDigest() of the e-mail address, never the address itself
    std::string phoneHash; ///< contactDigest() of the phone number
    std::optional<int64_t> pendingAttemptMs; ///< Pending: when the unconfirmed booking attempt was made
};

} // namespace checkin::cache
