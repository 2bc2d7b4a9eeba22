// Admission rules, checked in a fixed order: shape, lookup, state, place, day, time window.
#include "terminal/core/admission.h"

#include "terminal/core/localtime.h"

#include <algorithm>

namespace checkin::core {

bool looksLikeBookingCode(std::string_view scanned)
{
    // Booking references as the portal printed them: "SB1-4K7T-93QX" style, upper-case letters,
    // digits and dashes, 8 to 40 characters.
    if (scanned.size() < 8 || scanned.size() > 40)
        return false;
    return std::all_of(scanned.begin(), scanned.end(),
        [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; });
}

Verdict decide(std::string_view scanned, cache::Store &store, const Policy &policy, const Clock &clock)
{
    Verdict v;
    if (!looksLikeBookingCode(scanned)) {
        v.reason = Reason::NotABookingCode;
        return v;
    }
    auto found = store.findByCode(scanned);
    if (!found) {
        v.reason = Reason::StoreFailure;
        v.detail = found.error().message;
        return v;
    }
    if (!*found) {
        v.reason = Reason::NotFound;
        return v;
    }
    v.appointment = **found;
    const auto &a = *v.appointment;
    if (a.status == cache::AppointmentStatus::Cancelled) {
        v.reason = Reason::Cancelled;
        return v;
    }
    if (a.status == cache::AppointmentStatus::Pending) {
        v.reason = Reason::NeverConfirmed;
        return v;
    }
    if (a.centerId != policy.centerId) {
        v.reason = Reason::WrongCenter;
        return v;
    }
    const LocalTime now = toLocal(clock.now());
    if (a.day != now.day) {
        v.reason = Reason::WrongDay;
        return v;
    }
    auto previous = store.admittedCheckIn(a.id);
    if (!previous) {
        v.reason = Reason::StoreFailure;
        v.detail = previous.error().message;
        return v;
    }
    if (*previous) {
        v.previous = **previous;
        v.reason = Reason::AlreadyCheckedIn;
        return v;
    }
    if (now.minuteOfDay < a.slotStart - policy.earlyMinutes) {
        v.reason = Reason::TooEarly;
        v.comeBackAtMinute = a.slotStart - policy.earlyMinutes;
        return v;
    }
    if (now.minuteOfDay > a.slotEnd + policy.lateMinutes) {
        v.reason = Reason::TooLate;
        return v;
    }
    v.reason = now.minuteOfDay > a.slotEnd ? Reason::AdmittedLate : Reason::Admitted;
    return v;
}

} // namespace checkin::core
