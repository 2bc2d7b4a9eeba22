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

/// What staff need to know beyond the reason, as values: the QML words them in the kiosk's
/// language (never a raw English line on screen).
enum class DetailKind {
    None = 0,
    CodeDamaged = 1, ///< the code text is cut or altered: it cannot be unpacked
    SignatureMismatch = 2, ///< unpacked, but the signature does not verify
    NoKeyList = 3, ///< no verified key list on this kiosk
    KeyListExpired = 4, ///< keyListVersion
    KeyUnknown = 5, ///< keyId
    KeyRevoked = 6, ///< keyId
    KeyNotValidNow = 7, ///< keyId, validFromS, validToS
    KeyNotForCenter = 8, ///< keyId, center
    CodeWithdrawn = 9,
    ClockSkew = 10, ///< skewSeconds
    ListForOtherDay = 11, ///< day
    StoreFailed = 12, ///< the database refused; the error text is in `message` for the log
    NoCapacity = 13, ///< a booking attempt cannot be confirmed: today's capacity is used up
};

struct VerdictDetail
{
    DetailKind kind = DetailKind::None;
    int64_t keyId = 0;
    int64_t validFromS = 0;
    int64_t validToS = 0;
    int64_t keyListVersion = 0;
    int64_t skewSeconds = 0;
    std::string day; ///< ListForOtherDay: the day the local list is for
    std::string center; ///< KeyNotForCenter: the center the code names
    std::string message; ///< a lower layer's error text, for the log only; never shown
};

struct Verdict
{
    Reason reason = Reason::Unreadable;
    std::optional<cache::Appointment> appointment; ///< the booking it concerns, for staff screens
    std::optional<cache::CheckIn> previous; ///< the earlier check-in (AlreadyCheckedIn)
    std::optional<cache::CheckIn> recorded; ///< the check-in this decision stored
    VerdictDetail detail; ///< technical detail for staff screens and logs, never for citizens
    int comeBackAtMinute = -1; ///< TooEarly, TooEarlyWait: when the person may go in
    std::string rightCenterName; ///< WrongCenter: the name of the center the booking is for
    bool signedCode = false; ///< decided on a verified CK1 code (not a legacy lookup)

    Family family() const { return familyOf(reason); }
};

/// The first letter of a UTF-8 name (one code point), upper-cased only for ASCII.
std::string firstLetter(const std::string &name);

/// All a citizen-facing screen may receive of a booking: given name, the family name's first
/// letter, the year of birth, day and slot. The one masking rule: every citizen screen and the
/// self-service lookup use it.
cache::Appointment masked(const cache::Appointment &appointment);

/// "A. M.": the initials of a booking (a PASS screen at a self-service kiosk), from masked().
std::string initials(const cache::Appointment &appointment);

/// A stable lowercase key of a detail kind ("key-unknown"), for logs.
const char *detailKey(DetailKind kind);

} // namespace checkin::core
