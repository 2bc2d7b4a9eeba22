// The check-in flow for one scanned code: decide, then store before anything is shown.
#pragma once

#include "terminal/core/admission.h"

#include <tl/expected.hpp>

namespace checkin::core {

/// Why staff may not annul a check-in (the value of a refused annulment).
enum class AnnulRefusal {
    NoOperator,
    NoReason,
    NotAnAdmission,
    WindowOver,
    FromTheFuture,
    NotFound,
    StoreFailure
};

/// Why staff admit against the rules' verdict. Fixed keys, so that the audit log holds no free text.
enum class OverrideReason {
    IdentityChecked, ///< staff checked the person's ID against the booking (expired/unknown key, not found)
    BookingConfirmed, ///< staff confirmed the booking by phone or in the central system (stale data)
    LateAccepted, ///< the center takes the late person anyway
    EarlyAccepted, ///< the center has room now
};
const char *overrideReasonKey(OverrideReason reason);

/// Why an override did not admit.
enum class OverrideRefusal { NoOperator, NoAppointment, AlreadyAdmitted, StoreFailure };

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
    /// Loads the key list from the store (verified again against the pinned root key); a list
    /// provisioned in policy.keyListFile is installed when it is newer.
    CheckInService(cache::Store &store, const Policy &policy, const Clock &clock);

    Verdict handleScan(std::string_view scanned, cache::CheckInMethod method = cache::CheckInMethod::Code,
        const std::string &operatorId = {});

    /// Verifies a key list that arrived through sync against the pinned root key, refuses a rollback,
    /// keeps it in the store and uses it from the next scan on.
    tl::expected<void, KeyListError> installKeyList(std::string_view signedText);
    /// Takes up what the sync thread wrote to the store through its own connection: a newer key
    /// list (verified against the pinned root key again, never a rollback) and the day the
    /// appointment list is for. Called at construction and after every sync run.
    void reloadFromStore();
    /// The sync client reports the hub's time.
    void setClockCheck(const ClockCheck &check) { m_trust.clockCheck = check; }
    const TrustState &trust() const { return m_trust; }

    /// Staff annul a check-in made by mistake: checked by checkAnnulment, recorded with operator and
    /// reason, and written to the audit log (refusals too, when an operator is known).
    tl::expected<void, AnnulRefusal> annul(
        const std::string &checkInId, const std::string &operatorId, const std::string &reason);

    /// Staff admit a person the rules did not (a Reject or a Technical verdict that names an
    /// appointment). Needs an operator; writes the admitting check-in (method Manual, reason
    /// AdmittedByStaff) and an audit entry, in that order, before returning the PASS verdict.
    tl::expected<Verdict, OverrideRefusal> admitByOverride(
        const Verdict &original, const std::string &operatorId, OverrideReason reason);

    /// Pure check of a staff annulment: operator and reason given, an admission, inside the window.
    static std::optional<AnnulRefusal> checkAnnulment(const cache::CheckIn &checkIn,
        const std::string &operatorId, const std::string &reason, const Policy &policy,
        std::chrono::system_clock::time_point now);

private:
    void audit(cache::AuditAction action, cache::AuditOutcome outcome, const std::string &operatorId,
        const std::string &subject);
    cache::Store &m_store;
    const Policy &m_policy;
    const Clock &m_clock;
    TrustState m_trust;
};

} // namespace checkin::core
