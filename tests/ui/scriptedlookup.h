// ScriptedLookup: a LookupBackend over a fixed list, for the screen tests that check what the
// screens show (the store-backed flow is tested in onsite_flow_test.cpp and tests/e2e).
#pragma once

#include "terminal/app/services/lookupbackend.h"

#include <algorithm>
#include <cctype>

namespace checkin::uitest {

class ScriptedLookup final : public app::LookupBackend
{
public:
    std::vector<cache::Appointment> appointments;
    std::vector<int64_t> admitted; ///< appointments checked in by staff
    std::vector<std::pair<int64_t, core::OverrideReason>> overridden;
    std::vector<std::pair<std::string, core::AnnulReason>> annulled;
    std::vector<std::string> factors; ///< second factors typed at the self-service kiosk
    int tickets = 0;
    std::vector<core::CaseDetails> cases; ///< every case asked for, as the backend got it
    bool unavailable = false;
    bool admitUnavailable = false;
    core::SelfServiceConfirm confirm = core::SelfServiceConfirm::PostalCode;
    /// The verdict a staff check-in gets (the rules are not run here: the store tests cover them).
    core::Reason admitReason = core::Reason::Admitted;
    core::SearchStatus status = core::SearchStatus::Confirmed;
    int misses = 0;

    void search(const std::string &text, std::function<void(app::SearchResult)> done) override
    {
        if (unavailable)
            return done(tl::unexpected(app::LookupError{app::LookupErrorKind::Unavailable, "no back end"}));
        std::vector<core::StaffHit> hits;
        for (const auto &a : appointments)
            if (contains(a.givenName + " " + a.familyName, text) || contains(a.bookingRef, text)
                || a.birthDate == text) {
                core::StaffHit hit;
                hit.appointment = a;
                hit.status = status;
                if (status == core::SearchStatus::CheckedIn) {
                    cache::CheckIn c;
                    c.id = "0190-checkin";
                    c.kioskId = "sb-02";
                    c.scannedAtMs = 1796000000000LL;
                    hit.checkIn = c;
                    hit.annullable = true;
                }
                hits.push_back(hit);
            }
        done(hits);
    }

    void selfServiceLookup(const std::string &familyName, const std::string &birthDate,
        std::function<void(app::SelfServiceLookupResult)> done) override
    {
        if (unavailable)
            return done(tl::unexpected(app::LookupError{app::LookupErrorKind::Unavailable, "no back end"}));
        core::SelfServiceResult r;
        if (misses >= 3) {
            r.answer = core::SelfServiceAnswer::Wait;
            r.wait = std::chrono::seconds(30);
            return done(r);
        }
        int matches = 0;
        for (const auto &a : appointments)
            if (lower(a.familyName) == lower(familyName) && a.birthDate == birthDate) {
                ++matches;
                r.hit = core::masked(a);
            }
        if (matches == 1) {
            r.answer = core::SelfServiceAnswer::Found;
            r.confirm = confirm;
        } else {
            r.hit.reset();
            ++misses;
        }
        done(r);
    }

    void confirmSelfService(int64_t id, const std::string &factor,
        std::function<void(app::SelfServiceConfirmResult)> done) override
    {
        factors.push_back(factor);
        for (const auto &a : appointments)
            if (a.id == id && confirm != core::SelfServiceConfirm::Desk && factor == a.postalCode) {
                core::Verdict v;
                v.reason = core::Reason::Admitted;
                v.appointment = a;
                return done(std::optional<core::Verdict>(v));
            }
        done(std::optional<core::Verdict>());
    }

    void admit(int64_t id, std::function<void(app::AdmitResult)> done) override
    {
        if (admitUnavailable)
            return done(
                tl::unexpected(app::LookupError{app::LookupErrorKind::Unavailable, "no resolution flow"}));
        admitted.push_back(id);
        done(verdictOf(id, admitReason));
    }

    void admitByOverride(int64_t id, core::OverrideReason reason, const std::string &,
        std::function<void(app::AdmitResult)> done) override
    {
        overridden.emplace_back(id, reason);
        core::Verdict v = verdictOf(id, core::Reason::AdmittedByStaff);
        cache::CheckIn c;
        c.id = "0190-override";
        c.appointmentId = id;
        c.operatorId = "staff@test";
        v.recorded = c;
        done(v);
    }

    void annul(const std::string &checkInId, core::AnnulReason reason,
        std::function<void(app::AnnulResult)> done) override
    {
        annulled.emplace_back(checkInId, reason);
        done({});
    }

    void openClearingCase(
        const core::CaseDetails &details, std::function<void(app::TicketResult)> done) override
    {
        cases.push_back(details);
        if (unavailable)
            return done(tl::unexpected(app::TicketError{
                std::nullopt, app::LookupError{app::LookupErrorKind::Unavailable, "no back end"}}));
        done(std::string("K-") + std::to_string(41 + ++tickets));
    }

private:
    core::Verdict verdictOf(int64_t id, core::Reason reason) const
    {
        core::Verdict v;
        v.reason = reason;
        for (const auto &a : appointments)
            if (a.id == id)
                v.appointment = a;
        return v;
    }
    static std::string lower(std::string s)
    {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
        return s;
    }
    static bool contains(const std::string &hay, const std::string &needle)
    {
        return lower(hay).find(lower(needle)) != std::string::npos;
    }
};

inline cache::Appointment annaMueller()
{
    cache::Appointment a;
    a.id = 7;
    a.bookingRef = "SB1-4K7T-93QX";
    a.centerId = "SB1";
    a.day = "2026-11-30";
    a.slotStart = 10 * 60 + 30;
    a.slotEnd = 10 * 60 + 45;
    a.givenName = "Anna";
    a.familyName = "Müller";
    a.birthDate = "1950-03-07";
    a.postalCode = "66111";
    return a;
}

inline core::Verdict verdictFor(core::Reason reason)
{
    core::Verdict v;
    v.reason = reason;
    v.appointment = annaMueller();
    v.comeBackAtMinute = 10 * 60;
    if (reason == core::Reason::AlreadyCheckedIn) {
        cache::CheckIn previous;
        previous.kioskId = "sb-02";
        previous.scannedAtMs = 1796000000000LL;
        v.previous = previous;
    }
    // The detail each reason carries from the rules, so the staff screens word it.
    switch (reason) {
    case core::Reason::ExpiredKey:
        v.detail.kind = core::DetailKind::KeyNotValidNow;
        v.detail.keyId = 2;
        v.detail.validFromS = 1788303600;
        v.detail.validToS = 1795993200;
        break;
    case core::Reason::UnknownKey:
        v.detail.kind = core::DetailKind::KeyUnknown;
        v.detail.keyId = 9;
        break;
    case core::Reason::RevokedKey:
        v.detail.kind = core::DetailKind::KeyRevoked;
        v.detail.keyId = 3;
        break;
    case core::Reason::InvalidSignature:
        v.detail.kind = core::DetailKind::SignatureMismatch;
        v.detail.keyId = 1;
        break;
    case core::Reason::CodeRevoked:
        v.detail.kind = core::DetailKind::CodeWithdrawn;
        break;
    case core::Reason::ClockWrong:
        v.detail.kind = core::DetailKind::ClockSkew;
        v.detail.skewSeconds = 180;
        break;
    case core::Reason::StaleData:
        v.detail.kind = core::DetailKind::ListForOtherDay;
        v.detail.day = "2026-11-29";
        break;
    case core::Reason::StoreFailure:
        v.detail.kind = core::DetailKind::StoreFailed;
        break;
    default:
        break;
    }
    return v;
}

} // namespace checkin::uitest
