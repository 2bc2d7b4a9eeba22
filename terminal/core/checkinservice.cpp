// CheckInService: every decision about a booking is recorded; admissions only once committed.
#include "terminal/core/checkinservice.h"

#include "terminal/core/localtime.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace checkin::core {

CheckInService::CheckInService(cache::Store &store, const Policy &policy, const Clock &clock)
    : m_store(store)
    , m_policy(policy)
    , m_clock(clock)
{
    if (!m_policy.rootPublicKey) {
        m_trust.keysProblem = "no root public key configured (trust.root_public_key)";
        return;
    }
    if (m_policy.keyListFile.empty()) {
        m_trust.keysProblem = "no key list received yet";
        return;
    }
    std::ifstream in(m_policy.keyListFile, std::ios::binary);
    if (!in) {
        m_trust.keysProblem = "no key list received yet (" + m_policy.keyListFile + ")";
        return;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto list = KeyList::parse(text.str(), *m_policy.rootPublicKey);
    if (!list)
        m_trust.keysProblem = "stored key list refused: " + list.error().message;
    else
        m_trust.keys = std::move(*list);
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
    if (!m_policy.keyListFile.empty()) {
        // Write-then-rename: a crash leaves the old list or the new one, never half of one.
        const std::string tmp = m_policy.keyListFile + ".tmp";
        {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            out << signedText;
            if (!out.flush())
                return tl::unexpected(KeyListError{KeyListErrorKind::Malformed, "cannot write " + tmp});
        }
        std::error_code ec;
        std::filesystem::rename(tmp, m_policy.keyListFile, ec);
        if (ec)
            return tl::unexpected(
                KeyListError{KeyListErrorKind::Malformed, "cannot keep the key list: " + ec.message()});
    }
    m_trust.keys = std::move(*accepted);
    m_trust.keysProblem.clear();
    return {};
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
