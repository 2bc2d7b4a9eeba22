// The outcome of one admission decision: a value, never an exception or a bare "invalid".
#pragma once

#include "offline-cache/appointment.h"
#include "offline-cache/checkin.h"

#include <optional>
#include <string>

namespace checkin::core {

/// Three families: the person goes in, is sent somewhere with a next step, or staff must help
/// because something technical is wrong.
enum class Family { Pass = 0, Reject = 1, Technical = 2 };

/// Why. Stable numbers: they are stored with check-ins and pushed to the hub.
enum class Reason {
    Admitted = 0,
    AdmittedLate = 1, ///< late, inside the grace period
    AdmittedNotYetSynced = 2, ///< valid signature, booked after the last sync
    AdmittedAgain = 3, ///< the same kiosk admitted this code moments ago: shown again, not stored twice
    AdmittedByStaff = 4, ///< staff overrode the rules (operator and reason in the audit log)
    NotABookingCode = 10, ///< a URL, payment code, garbage
    NotFound = 11, ///< well-formed but unknown here: leads to lookup
    WrongDay = 12,
    WrongCenter = 13,
    TooEarly = 14,
    TooLate = 15,
    AlreadyCheckedIn = 16,
    Cancelled = 17,
    NeverConfirmed = 18, ///< a booking attempt that never completed: staff resolve it
    InvalidSignature = 19,
    UnknownKey = 20,
    ExpiredKey = 21,
    RevokedKey = 22,
    TooEarlyWait = 23, ///< early, but only a little: wait here until comeBackAtMinute
    CodeRevoked = 24, ///< this code was withdrawn in the key list (reissued or misused)
    Unreadable = 30,
    StoreFailure = 31,
    StaleData = 32,
    ClockWrong = 33,
};

Family familyOf(Reason reason);
/// A stable lowercase key ("wrong-day"), for logs, JSON and the QML text tables.
const char *reasonKey(Reason reason);

struct Verdict
{
    Reason reason = Reason::Unreadable;
    std::optional<cache::Appointment> appointment; ///< the booking it concerns, for staff screens
    std::optional<cache::CheckIn> previous; ///< the earlier check-in (AlreadyCheckedIn)
    std::optional<cache::CheckIn> recorded; ///< the check-in this decision stored
    std::string detail; ///< technical detail for staff, never for citizens
    int comeBackAtMinute = -1; ///< TooEarly, TooEarlyWait: when the person may go in
    std::string rightCenterName; ///< WrongCenter: the name of the center the booking is for
    bool signedCode = false; ///< decided on a verified CK1 code (not a legacy lookup)

    Family family() const { return familyOf(reason); }
    /// "A. M." — all a citizen-facing screen shows of a person.
    std::string initials() const;
};

/// The first letter of a UTF-8 name (one code point), upper-cased only for ASCII: what a
/// citizen-facing screen shows of a family name.
std::string firstLetter(const std::string &name);

/// One line for the staff screen and logs: what happened and what to do, with names allowed.
/// English; the QML translates citizen texts from reasonKey() and the fields above.
std::string staffText(const Verdict &verdict);

} // namespace checkin::core
