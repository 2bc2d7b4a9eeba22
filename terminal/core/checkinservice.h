// The check-in flow for one scanned code: decide, then store before anything is shown.
#pragma once

#include "terminal/core/admission.h"

#include <tl/expected.hpp>

namespace checkin::core {

/// Why staff may not annul a check-in (the value of a refused annulment).
enum class AnnulRefusal { NoOperator, NoReason, NotAnAdmission, WindowOver, FromTheFuture };

/// Owns nothing but the trust state; runs on the store thread with the store it is given.
///
/// Invariants:
/// 1. A verdict of family Pass is returned only after its check-in row is committed
///    (synchronous=FULL); when the commit fails the verdict becomes StoreFailure.
/// 2. AdmittedAgain never writes a second admitting row: it is logged as a non-admitting row.
/// 3. The key list only moves to a higher version, and only to one signed by the pinned root key.
class CheckInService
{
public:
    /// Loads the key list from policy.keyListFile when the policy pins a root key.
    CheckInService(cache::Store &store, const Policy &policy, const Clock &clock);

    Verdict handleScan(std::string_view scanned, cache::CheckInMethod method = cache::CheckInMethod::Code,
        const std::string &operatorId = {});

    /// Verifies a key list that arrived through sync against the pinned root key, refuses a rollback,
    /// keeps it (policy.keyListFile when set) and uses it from the next scan on.
    tl::expected<void, KeyListError> installKeyList(std::string_view signedText);
    /// The sync client reports the hub's time and the day its appointment list is for.
    void setClockCheck(const ClockCheck &check) { m_trust.clockCheck = check; }
    void setCacheDay(const std::string &day) { m_trust.cacheDay = day; }
    const TrustState &trust() const { return m_trust; }

    /// Pure check of a staff annulment: operator and reason given, an admission, inside the window.
    static std::optional<AnnulRefusal> checkAnnulment(const cache::CheckIn &checkIn,
        const std::string &operatorId, const std::string &reason, const Policy &policy,
        std::chrono::system_clock::time_point now);

private:
    cache::Store &m_store;
    const Policy &m_policy;
    const Clock &m_clock;
    TrustState m_trust;
};

} // namespace checkin::core
