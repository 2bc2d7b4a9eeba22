// Reason metadata: family and stable key.
#include "terminal/core/verdict.h"

namespace checkin::core {

Family familyOf(Reason reason)
{
    switch (reason) {
    case Reason::Admitted:
    case Reason::AdmittedLate:
    case Reason::AdmittedNotYetSynced:
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

namespace {
// The first character of a UTF-8 string (one code point), upper-cased only for ASCII.
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
} // namespace

std::string Verdict::initials() const
{
    if (!appointment)
        return {};
    return firstLetter(appointment->givenName) + ". " + firstLetter(appointment->familyName) + ".";
}

} // namespace checkin::core
