// Reason metadata: family, stable key and the staff text.
#include "terminal/core/verdict.h"

#include "terminal/core/localtime.h"

#include <chrono>

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

std::string Verdict::initials() const
{
    if (!appointment)
        return {};
    return firstLetter(appointment->givenName) + ". " + firstLetter(appointment->familyName) + ".";
}

} // namespace checkin::core

namespace checkin::core {

namespace {
std::string who(const Verdict &v)
{
    if (!v.appointment)
        return {};
    const auto &a = *v.appointment;
    std::string out = a.givenName.empty() && a.familyName.empty() ? "appointment " + std::to_string(a.id)
                                                                  : a.givenName + " " + a.familyName;
    return out + " (" + a.day + " " + formatMinute(a.slotStart) + ", " + a.centerId + ")";
}

std::string previousText(const Verdict &v)
{
    if (!v.previous)
        return {};
    const auto at = std::chrono::system_clock::time_point(std::chrono::milliseconds(v.previous->scannedAtMs));
    const LocalTime local = toLocal(at);
    return " at " + formatMinute(local.minuteOfDay) + " on " + local.day + ", kiosk " + v.previous->kioskId;
}
} // namespace

std::string staffText(const Verdict &v)
{
    const std::string person = who(v);
    const std::string detail = v.detail.empty() ? std::string() : " [" + v.detail + "]";
    switch (v.reason) {
    case Reason::Admitted:
        return "Admitted: " + person;
    case Reason::AdmittedLate:
        return "Admitted late (grace period): " + person;
    case Reason::AdmittedNotYetSynced:
        return "Admitted on a valid signed code not yet in the local list (booked after the last sync): "
            + person;
    case Reason::AdmittedAgain:
        return "Same code shown again right after admission" + previousText(v) + ": " + person;
    case Reason::AdmittedByStaff:
        return "Admitted by staff override (" + v.recorded.value_or(cache::CheckIn{}).operatorId
            + "): " + person;
    case Reason::NotABookingCode:
        return "Not a booking code (URL, payment code or other QR code); ask for the booking code";
    case Reason::NotFound:
        return "Booking code not in the local list; look the person up by name and date of birth";
    case Reason::WrongDay:
        return "Booked for another day: " + person;
    case Reason::WrongCenter:
        return "Booked at another center"
            + (v.rightCenterName.empty() ? std::string() : " (" + v.rightCenterName + ")") + ": " + person;
    case Reason::TooEarly:
        return "Too early; may come back at " + formatMinute(v.comeBackAtMinute) + ": " + person;
    case Reason::TooEarlyWait:
        return "Slightly early; admitted from " + formatMinute(v.comeBackAtMinute) + ", may wait: " + person;
    case Reason::TooLate:
        return "Late beyond what this kiosk admits; decide at the desk: " + person;
    case Reason::AlreadyCheckedIn:
        return "Already checked in" + previousText(v) + ": " + person;
    case Reason::Cancelled:
        return "Booking was cancelled: " + person;
    case Reason::NeverConfirmed:
        return "Booking attempt never confirmed; resolve at the desk: " + person;
    case Reason::InvalidSignature:
        return "Code altered, damaged or forged (signature does not verify); do not admit on this code"
            + detail;
    case Reason::UnknownKey:
        return "Code signed with a key this kiosk does not know; check the key list sync" + detail;
    case Reason::ExpiredKey:
        return "Code signed with an expired key; look the person up" + detail;
    case Reason::RevokedKey:
        return "Code signed with a revoked key; look the person up" + detail;
    case Reason::CodeRevoked:
        return "This code was withdrawn (reissued or misused); look the person up" + detail;
    case Reason::Unreadable:
        return "Code could not be read" + detail;
    case Reason::StoreFailure:
        return "TECHNICAL: the local database failed; admissions cannot be recorded" + detail;
    case Reason::StaleData:
        return "TECHNICAL: local data is outdated; confirm bookings manually and check the sync" + detail;
    case Reason::ClockWrong:
        return "TECHNICAL: the kiosk clock differs from the hub's; fix the time before deciding" + detail;
    }
    return "Unknown outcome" + detail;
}

} // namespace checkin::core
