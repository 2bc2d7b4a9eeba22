// ScriptedLookup: a LookupBackend over a fixed list, standing in for the cache's ranked lookup and
// the resolution flow until they are merged (they are not in main yet).
#pragma once

#include "terminal/app/services/lookupbackend.h"

#include <algorithm>
#include <cctype>

namespace checkin::uitest {

class ScriptedLookup final : public app::LookupBackend
{
public:
    std::vector<cache::Appointment> appointments;
    std::vector<std::pair<int64_t, std::string>> admitted; ///< (id, override reason)
    int tickets = 0;
    bool unavailable = false;
    bool admitUnavailable = false;

    void search(const app::LookupQuery &query, std::function<void(app::SearchResult)> done) override
    {
        if (unavailable) {
            done(tl::unexpected(app::LookupError{app::LookupErrorKind::Unavailable, "no back end"}));
            return;
        }
        std::vector<cache::Appointment> hits;
        for (const auto &a : appointments) {
            const bool match = query.text.empty()
                ? lower(a.familyName) == lower(query.familyName) && a.birthDate == query.birthDate
                : contains(a.givenName + " " + a.familyName, query.text) || contains(a.bookingRef, query.text)
                    || a.birthDate == query.text;
            if (match && static_cast<int>(hits.size()) < query.limit)
                hits.push_back(a);
        }
        done(hits);
    }

    void admit(
        int64_t id, const std::string &overrideReason, std::function<void(app::AdmitResult)> done) override
    {
        if (admitUnavailable) {
            done(tl::unexpected(app::LookupError{app::LookupErrorKind::Unavailable, "no resolution flow"}));
            return;
        }
        admitted.emplace_back(id, overrideReason);
        core::Verdict v;
        v.reason = core::Reason::Admitted;
        for (const auto &a : appointments)
            if (a.id == id)
                v.appointment = a;
        done(v);
    }

    void openClearingCase(
        const std::string &, const std::string &, std::function<void(app::TicketResult)> done) override
    {
        done(std::string("K-") + std::to_string(41 + ++tickets));
    }

private:
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
    return v;
}

} // namespace checkin::uitest
