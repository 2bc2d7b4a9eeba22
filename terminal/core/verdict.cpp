// Reason metadata (family, stable key), detail keys and the one masking rule.
#include "terminal/core/verdict.h"

namespace checkin::core {

Family familyOf(Reason reason)
{
    switch (reason) {
    case Reason::Admitted:
    case Reason::AdmittedLate:
    case Reason::AdmittedNotYetSynced:
    case Reason::AdmittedAgain:
    case Reason::AdmittedByStaff:
        return Family::Pass;
    case Reason::Unreadable:
    case Reason::StoreFailure:
    case Reason::StaleData:
    case Reason::ClockWrong:
        return Family::Technical;
    default:
        return Family::Reject;
    }
}

const char *reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Admitted:
        return "admitted";
    case Reason::AdmittedLate:
        return "admitted-late";
    case Reason::AdmittedNotYetSynced:
        return "admitted-not-yet-synced";
    case Reason::AdmittedAgain:
        return "admitted-again";
    case Reason::AdmittedByStaff:
        return "admitted-by-staff";
    case Reason::TooEarlyWait:
        return "too-early-wait";
    case Reason::CodeRevoked:
        return "code-revoked";
    case Reason::NotABookingCode:
        return "not-a-booking-code";
    case Reason::NotFound:
        return "not-found";
    case Reason::WrongDay:
        return "wrong-day";
    case Reason::WrongCenter:
        return "wrong-center";
    case Reason::TooEarly:
        return "too-early";
    case Reason::TooLate:
        return "too-late";
    case Reason::AlreadyCheckedIn:
        return "already-checked-in";
    case Reason::Cancelled:
        return "cancelled";
    case Reason::NeverConfirmed:
        return "never-confirmed";
    case Reason::InvalidSignature:
        return "invalid-signature";
    case Reason::UnknownKey:
        return "unknown-key";
    case Reason::ExpiredKey:
        return "expired-key";
    case Reason::RevokedKey:
        return "revoked-key";
    case Reason::Unreadable:
        return "unreadable";
    case Reason::StoreFailure:
        return "store-failure";
    case Reason::StaleData:
        return "stale-data";
    case Reason::ClockWrong:
        return "clock-wrong";
    }
    return "unknown";
}

std::string firstLetter(const std::string &s)
{
    if (s.empty())
        return {};
    const auto lead = static_cast<unsigned char>(s[0]);
    const size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::string out = s.substr(0, std::min(n, s.size()));
    if (n == 1 && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

cache::Appointment masked(const cache::Appointment &full)
{
    cache::Appointment a;
    a.id = full.id;
    a.givenName = full.givenName;
    a.familyName = firstLetter(full.familyName);
    a.birthDate = full.birthDate.substr(0, 4);
    a.slotStart = full.slotStart;
    a.slotEnd = full.slotEnd;
    a.day = full.day;
    a.centerId = full.centerId;
    a.status = full.status;
    a.language = full.language;
    return a;
}

std::string initials(const cache::Appointment &a)
{
    // Built from the masked booking, so that what a citizen screen may see is decided in masked().
    const cache::Appointment m = masked(a);
    return firstLetter(m.givenName) + ". " + m.familyName + ".";
}

const char *detailKey(DetailKind kind)
{
    switch (kind) {
    case DetailKind::None:
        return "none";
    case DetailKind::CodeDamaged:
        return "code-damaged";
    case DetailKind::SignatureMismatch:
        return "signature-mismatch";
    case DetailKind::NoKeyList:
        return "no-key-list";
    case DetailKind::KeyListExpired:
        return "key-list-expired";
    case DetailKind::KeyUnknown:
        return "key-unknown";
    case DetailKind::KeyRevoked:
        return "key-revoked";
    case DetailKind::KeyNotValidNow:
        return "key-not-valid-now";
    case DetailKind::KeyNotForCenter:
        return "key-not-for-center";
    case DetailKind::CodeWithdrawn:
        return "code-withdrawn";
    case DetailKind::ClockSkew:
        return "clock-skew";
    case DetailKind::ListForOtherDay:
        return "list-for-other-day";
    case DetailKind::StoreFailed:
        return "store-failed";
    case DetailKind::NoCapacity:
        return "no-capacity";
    }
    return "unknown";
}

} // namespace checkin::core
