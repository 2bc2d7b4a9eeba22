// CheckInService: every decision about a booking is recorded; admissions only once committed.
#include "terminal/core/checkinservice.h"

#include "terminal/core/localtime.h"

namespace checkin::core {

CheckInService::CheckInService(cache::Store &store, const Policy &policy, const Clock &clock)
    : m_store(store)
    , m_policy(policy)
    , m_clock(clock)
{ }

Verdict CheckInService::handleScan(
    std::string_view scanned, cache::CheckInMethod method, const std::string &operatorId)
{
    Verdict v = decide(scanned, m_store, m_policy, m_clock);
    if (v.family() == Family::Technical)
        return v;
    cache::CheckIn row;
    if (v.appointment)
        row.appointmentId = v.appointment->id;
    row.kioskId = m_policy.kioskId;
    row.operatorId = operatorId;
    row.method = method;
    row.outcome = static_cast<int>(v.family());
    row.reason = static_cast<int>(v.reason);
    row.scannedAtMs = unixMs(m_clock.now());
    const bool admits = v.family() == Family::Pass;
    auto stored = m_store.recordCheckIn(row, admits);
    if (!stored) {
        if (admits && stored.error().kind == cache::ErrorKind::Invalid) {
            // Another writer admitted this appointment between our read and our write.
            if (auto prev = m_store.admittedCheckIn(*row.appointmentId); prev && *prev) {
                v.previous = **prev;
                v.reason = Reason::AlreadyCheckedIn;
                return v;
            }
        }
        if (admits) {
            v.reason = Reason::StoreFailure;
            v.detail = stored.error().message;
        }
        return v; // a reject that could not be logged is still a correct reject
    }
    v.recorded = *stored;
    return v;
}

} // namespace checkin::core
