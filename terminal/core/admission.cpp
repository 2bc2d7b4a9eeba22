// Admission rules, checked in a fixed order: shape, technical state, signature, booking, place,
// day, duplicates, time window.
#include "terminal/core/admission.h"

#include "offline-cache/ticketnumber.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/core/localtime.h"

#include <algorithm>

namespace checkin::core {

namespace {

Verdict make(Reason reason, VerdictDetail detail = {})
{
    Verdict v;
    v.reason = reason;
    v.detail = std::move(detail);
    return v;
}

VerdictDetail detailOf(DetailKind kind, int64_t keyId = 0)
{
    VerdictDetail d;
    d.kind = kind;
    d.keyId = keyId;
    return d;
}

VerdictDetail storeFailed(const std::string &message)
{
    VerdictDetail d;
    d.kind = DetailKind::StoreFailed;
    d.message = message;
    return d;
}

int64_t seconds(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

/// A verified code: key known, signature valid, key usable now and for the center, code not withdrawn.
/// Fills `claims` only when everything holds.
std::optional<Verdict> verifySigned(
    std::string_view scanned, const TrustState &trust, int64_t nowS, BookingClaims &claims)
{
    auto code = bookingcode::unpack(scanned);
    if (!code) {
        VerdictDetail d = detailOf(DetailKind::CodeDamaged);
        d.message = code.error().message;
        return make(Reason::InvalidSignature, d);
    }
    if (!trust.keys) {
        VerdictDetail d = detailOf(DetailKind::NoKeyList);
        d.message = trust.keysProblem;
        return make(Reason::StaleData, d);
    }
    if (trust.keys->isExpired(nowS)) {
        VerdictDetail d = detailOf(DetailKind::KeyListExpired);
        d.keyListVersion = trust.keys->version();
        return make(Reason::StaleData, d);
    }
    const KeyEntry *key = trust.keys->find(code->keyId);
    if (!key)
        return make(Reason::UnknownKey, detailOf(DetailKind::KeyUnknown, code->keyId));
    auto opened = bookingcode::open(*code, key->publicKey);
    if (!opened) {
        VerdictDetail d = detailOf(DetailKind::SignatureMismatch, key->id);
        d.message = opened.error().message;
        return make(Reason::InvalidSignature, d);
    }
    if (key->revoked)
        return make(Reason::RevokedKey, detailOf(DetailKind::KeyRevoked, key->id));
    if (nowS < key->validFromS || nowS >= key->validToS) {
        VerdictDetail d = detailOf(DetailKind::KeyNotValidNow, key->id);
        d.validFromS = key->validFromS;
        d.validToS = key->validToS;
        return make(Reason::ExpiredKey, d);
    }
    if (!key->centers.empty()
        && std::find(key->centers.begin(), key->centers.end(), opened->centerId) == key->centers.end()) {
        VerdictDetail d = detailOf(DetailKind::KeyNotForCenter, key->id);
        d.center = opened->centerId;
        return make(Reason::UnknownKey, d);
    }
    if (trust.keys->isRevokedCode(bookingcode::revocationHash(*code)))
        return make(Reason::CodeRevoked, detailOf(DetailKind::CodeWithdrawn, key->id));
    claims = *opened;
    return std::nullopt;
}

} // namespace

bool looksLikeBookingCode(std::string_view scanned, const Policy &policy)
{
    return bookingcode::hasPrefix(scanned) || matchesLegacyShape(policy, scanned);
}

Verdict decide(std::string_view scanned, cache::Store &store, const Policy &policy, const Clock &clock)
{
    return decide(scanned, store, policy, clock, TrustState{});
}

Verdict decide(std::string_view scanned, cache::Store &store, const Policy &policy, const Clock &clock,
    const TrustState &trust)
{
    // 1. Shape only: nothing is decoded or looked up for text that is not ours.
    const bool isSigned = bookingcode::hasPrefix(scanned);
    // A clearing ticket the desk resolved admits the appointment it names.
    const auto ticket = isSigned ? std::nullopt : cache::asTicketNumber(scanned);
    if (!isSigned && !ticket && !matchesLegacyShape(policy, scanned))
        return make(Reason::NotABookingCode);

    // 2. Technical state: with a wrong clock or another day's data every time rule would be wrong.
    const auto nowPoint = clock.now();
    const LocalTime now = toLocal(nowPoint);
    if (trust.clockCheck && !trust.clockCheck->withinBound(policy.clockSkewSeconds)) {
        VerdictDetail d = detailOf(DetailKind::ClockSkew);
        d.skewSeconds = trust.clockCheck->skewMs() / 1000;
        return make(Reason::ClockWrong, d);
    }
    if (!trust.cacheDay.empty() && trust.cacheDay != now.day) {
        VerdictDetail d = detailOf(DetailKind::ListForOtherDay);
        d.day = trust.cacheDay;
        return make(Reason::StaleData, d);
    }

    // 3. The booking: a resolved ticket's appointment, a verified code's claims, or a legacy code
    // found in the cache.
    if (ticket) {
        auto found = store.findByTicket(*ticket);
        if (!found)
            return make(Reason::StoreFailure, storeFailed(found.error().message));
        if (!*found)
            return make(Reason::NotFound);
        return decideForAppointment(**found, store, policy, clock);
    }
    Verdict v;
    v.signedCode = isSigned;
    bool inCache = true;
    if (isSigned) {
        BookingClaims claims;
        if (auto refused = verifySigned(scanned, trust, seconds(nowPoint), claims))
            return *refused;
        auto found = store.findById(claims.appointmentId);
        if (!found)
            return make(Reason::StoreFailure, storeFailed(found.error().message));
        if (*found) {
            // The cache is newer than any printed code: a rebooked or cancelled appointment wins.
            v.appointment = **found;
        } else {
            inCache = false;
            cache::Appointment a;
            a.id = claims.appointmentId;
            a.centerId = claims.centerId;
            a.day = claims.day;
            a.slotStart = claims.slotStart;
            a.slotEnd = claims.slotEnd;
            v.appointment = a;
        }
    } else {
        auto found = store.findByCode(scanned);
        if (!found)
            return make(Reason::StoreFailure, storeFailed(found.error().message));
        if (!*found)
            return make(Reason::NotFound);
        v.appointment = **found;
    }
    Verdict judged = decideForAppointment(*v.appointment, store, policy, clock);
    judged.signedCode = v.signedCode;
    if (judged.reason == Reason::Admitted && !inCache)
        judged.reason = Reason::AdmittedNotYetSynced;
    return judged;
}

Verdict decideForAppointment(
    const cache::Appointment &appointment, cache::Store &store, const Policy &policy, const Clock &clock)
{
    Verdict v;
    v.appointment = appointment;
    const auto nowPoint = clock.now();
    const LocalTime now = toLocal(nowPoint);
    const auto &a = *v.appointment;

    // 4. Booking state, place, day.
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
        auto name = policy.centerNames.find(a.centerId);
        v.rightCenterName = name != policy.centerNames.end() ? name->second : a.centerId;
        return v;
    }
    if (a.day != now.day) {
        v.reason = Reason::WrongDay;
        return v;
    }

    // 5. Duplicates: an admission at this kiosk moments ago is shown again, any other is refused.
    auto previous = store.admittedCheckIn(a.id);
    if (!previous)
        return make(Reason::StoreFailure, storeFailed(previous.error().message));
    if (*previous) {
        v.previous = **previous;
        const int64_t agoMs = unixMs(nowPoint) - v.previous->scannedAtMs;
        const bool justNow = agoMs >= 0 && agoMs <= int64_t{policy.duplicateRepeatSeconds} * 1000;
        v.reason = justNow && v.previous->kioskId == policy.kioskId ? Reason::AdmittedAgain
                                                                    : Reason::AlreadyCheckedIn;
        return v;
    }

    // 6. Time window.
    const int opens = a.slotStart - policy.earlyMinutes;
    if (now.minuteOfDay < opens) {
        v.comeBackAtMinute = opens;
        v.reason
            = now.minuteOfDay >= opens - policy.earlyWaitMinutes ? Reason::TooEarlyWait : Reason::TooEarly;
        return v;
    }
    if (now.minuteOfDay > a.slotEnd + policy.lateMinutes) {
        v.reason = Reason::TooLate;
        return v;
    }
    if (now.minuteOfDay > a.slotEnd) {
        v.reason = policy.latePolicy == LatePolicy::PassWithNote ? Reason::AdmittedLate : Reason::TooLate;
        return v;
    }
    v.reason = Reason::Admitted;
    return v;
}

} // namespace checkin::core
