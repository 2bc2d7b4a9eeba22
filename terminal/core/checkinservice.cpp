// CheckInService: every decision about a booking is recorded; admissions only once committed.
#include "terminal/core/checkinservice.h"

#include "terminal/core/audittrail.h"
#include "terminal/core/localtime.h"

#include <fstream>
#include <sstream>

namespace checkin::core {

const char *overrideReasonKey(OverrideReason reason)
{
    switch (reason) {
    case OverrideReason::IdentityChecked:
        return "identity-checked";
    case OverrideReason::BookingConfirmed:
        return "booking-confirmed";
    case OverrideReason::LateAccepted:
        return "late-accepted";
    case OverrideReason::EarlyAccepted:
        return "early-accepted";
    }
    return "unknown";
}

CheckInService::CheckInService(cache::Store &store, const Policy &policy, const Clock &clock)
    : m_store(store)
    , m_policy(policy)
    , m_clock(clock)
{
    reloadFromStore();
    if (m_policy.keyListFile.empty() || !m_policy.rootPublicKey)
        return;
    std::ifstream in(m_policy.keyListFile, std::ios::binary);
    if (!in)
        return;
    std::stringstream text;
    text << in.rdbuf();
    // A provisioned list only ever moves the kiosk forward; an older one is ignored.
    (void)installKeyList(text.str());
}

void CheckInService::reloadFromStore()
{
    if (auto day = m_store.cursor("sync/day"); day && *day)
        m_trust.cacheDay = **day;
    if (!m_policy.rootPublicKey) {
        m_trust.keysProblem = "no root public key configured (trust.root_public_key)";
        return;
    }
    auto stored = m_store.keyList();
    if (!stored) {
        m_trust.keysProblem = "cannot read the stored key list: " + stored.error().message;
        return;
    }
    if (!*stored) {
        if (!m_trust.keys)
            m_trust.keysProblem = "no key list received yet";
        return;
    }
    if (m_trust.keys && m_trust.keys->version() >= (*stored)->version)
        return;
    // Verified again whenever it is read: the file could have been edited while the kiosk was off,
    // and the sync thread writes it through its own connection.
    auto list = KeyList::parse((*stored)->signedBlob, *m_policy.rootPublicKey);
    if (!list) {
        m_trust.keysProblem = "stored key list refused: " + list.error().message;
        return;
    }
    auto accepted = KeyList::accept(m_trust.keys, std::move(*list));
    if (!accepted) {
        m_trust.keysProblem = "stored key list refused: " + accepted.error().message;
        return;
    }
    m_trust.keys = std::move(*accepted);
    m_trust.keysProblem.clear();
}

tl::expected<void, KeyListError> CheckInService::installKeyList(std::string_view signedText)
{
    if (!m_policy.rootPublicKey)
        return tl::unexpected(KeyListError{KeyListErrorKind::BadSignature, "no root public key configured"});
    auto parsed = KeyList::parse(signedText, *m_policy.rootPublicKey);
    if (!parsed)
        return tl::unexpected(parsed.error());
    auto accepted = KeyList::accept(m_trust.keys, std::move(*parsed));
    if (!accepted)
        return tl::unexpected(accepted.error());
    // The store refuses a version at or below its own as well (no rollback across restarts).
    if (auto saved = m_store.saveKeyList(accepted->version(), std::string(signedText)); !saved) {
        const auto kind = saved.error().kind == cache::ErrorKind::Invalid ? KeyListErrorKind::Rollback
                                                                          : KeyListErrorKind::Malformed;
        return tl::unexpected(KeyListError{kind, "cannot keep the key list: " + saved.error().message});
    }
    m_trust.keys = std::move(*accepted);
    m_trust.keysProblem.clear();
    return {};
}

void CheckInService::audit(cache::AuditAction action, cache::AuditOutcome outcome,
    const std::string &operatorId, const std::string &subject)
{
    appendAudit(m_store, m_policy.kioskId, m_clock, action, outcome, operatorId, subject);
}

tl::expected<void, AnnulRefusal> CheckInService::annul(
    const std::string &checkInId, const std::string &operatorId, const std::string &reason)
{
    const std::string subject = "checkin:" + checkInId;
    auto refuse = [&](AnnulRefusal r) -> tl::expected<void, AnnulRefusal> {
        if (!operatorId.empty())
            audit(cache::AuditAction::Annulment, cache::AuditOutcome::Refused, operatorId, subject);
        return tl::unexpected(r);
    };
    auto found = m_store.checkInLog().find(checkInId);
    if (!found)
        return refuse(AnnulRefusal::StoreFailure);
    if (!*found)
        return refuse(AnnulRefusal::NotFound);
    if (auto refusal = checkAnnulment(**found, operatorId, reason, m_policy, m_clock.now()))
        return refuse(*refusal);
    if (!(*found)->admitted || (*found)->annulledAtMs)
        return refuse(AnnulRefusal::NotAnAdmission);
    if (auto done = m_store.annulCheckIn(checkInId, operatorId, reason, unixMs(m_clock.now())); !done)
        return refuse(done.error().kind == cache::ErrorKind::Invalid ? AnnulRefusal::NotAnAdmission
                                                                     : AnnulRefusal::StoreFailure);
    audit(cache::AuditAction::Annulment, cache::AuditOutcome::Done, operatorId, subject);
    return {};
}

tl::expected<Verdict, OverrideRefusal> CheckInService::admitByOverride(
    const Verdict &original, const std::string &operatorId, OverrideReason reason)
{
    if (operatorId.empty())
        return tl::unexpected(OverrideRefusal::NoOperator);
    const std::string subject
        = (original.appointment ? "appointment:" + std::to_string(original.appointment->id)
                                : std::string("appointment:none"))
        + " reason:" + overrideReasonKey(reason) + " overrides:" + reasonKey(original.reason);
    if (!original.appointment) {
        audit(cache::AuditAction::Override, cache::AuditOutcome::Refused, operatorId, subject);
        return tl::unexpected(OverrideRefusal::NoAppointment);
    }
    Verdict v = original;
    v.reason = Reason::AdmittedByStaff;
    v.detail.clear();
    cache::CheckIn row;
    row.appointmentId = original.appointment->id;
    row.kioskId = m_policy.kioskId;
    row.operatorId = operatorId;
    row.method = cache::CheckInMethod::Manual;
    row.outcome = static_cast<int>(Family::Pass);
    row.reason = static_cast<int>(Reason::AdmittedByStaff);
    row.scannedAtMs = unixMs(m_clock.now());
    auto stored = m_store.recordCheckIn(row, true);
    if (!stored) {
        audit(cache::AuditAction::Override, cache::AuditOutcome::Refused, operatorId, subject);
        return tl::unexpected(stored.error().kind == cache::ErrorKind::Invalid
                ? OverrideRefusal::AlreadyAdmitted
                : OverrideRefusal::StoreFailure);
    }
    v.recorded = *stored;
    audit(cache::AuditAction::Override, cache::AuditOutcome::Done, operatorId, subject);
    return v;
}

Verdict CheckInService::handleScan(
    std::string_view scanned, cache::CheckInMethod method, const std::string &operatorId)
{
    Verdict v = decide(scanned, m_store, m_policy, m_clock, m_trust);
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
    const bool admits = v.family() == Family::Pass && v.reason != Reason::AdmittedAgain;
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
        return v; // a reject (or a repeat) that could not be logged is still correct
    }
    v.recorded = *stored;
    return v;
}

std::optional<AnnulRefusal> CheckInService::checkAnnulment(const cache::CheckIn &checkIn,
    const std::string &operatorId, const std::string &reason, const Policy &policy,
    std::chrono::system_clock::time_point now)
{
    if (operatorId.empty())
        return AnnulRefusal::NoOperator;
    if (reason.find_first_not_of(" \t") == std::string::npos)
        return AnnulRefusal::NoReason;
    if (!checkIn.appointmentId || familyOf(static_cast<Reason>(checkIn.reason)) != Family::Pass)
        return AnnulRefusal::NotAnAdmission;
    const int64_t ageMs = unixMs(now) - checkIn.scannedAtMs;
    if (ageMs < 0)
        return AnnulRefusal::FromTheFuture;
    if (ageMs > int64_t{policy.annulMinutes} * 60 * 1000)
        return AnnulRefusal::WindowOver;
    return std::nullopt;
}

} // namespace checkin::core
