// A test day at center SB1 with legacy and signed codes, a key list and a real SQLite cache.
#pragma once

#include "terminal/codes/bookingcode.h"
#include "terminal/core/checkinservice.h"
#include "terminal/core/localtime.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

namespace checkin::testing {

/// Keys: 1 valid for SB1 and SLS, 2 expired, 3 revoked, 4 only for SLS; 9 is not in the list.
/// Appointments 1..8 are cached (legacy references too); 100 is signed but booked after the sync.
class SignedDay : public ::testing::Test
{
protected:
    static constexpr int64_t kNotYetSynced = 100;
    static constexpr int64_t kRevokedCode = 101;

    static core::SigningKey codeKey(uint16_t id)
    {
        return core::SigningKey::fromPassphrase("test code key " + std::to_string(id));
    }
    static core::SigningKey rootKey() { return core::SigningKey::fromPassphrase("test root key"); }

    void SetUp() override
    {
        store = cache::Store::open(dir.file("cache.sqlite")).value();
        std::vector<cache::Store::Import> rows;
        auto add = [&](int64_t id, const std::string &code, const std::string &center, const std::string &day,
                       int slot, cache::AppointmentStatus status) {
            cache::Appointment a;
            a.id = id;
            a.bookingRef = code;
            a.centerId = center;
            a.day = day;
            a.slotStart = slot;
            a.slotEnd = slot + 5;
            a.status = status;
            a.givenName = "anna";
            a.familyName = "Müller";
            rows.push_back({a, code});
            appointments[id] = a;
        };
        add(1, "SB1-NOW0-0001", "SB1", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Confirmed);
        add(2, "SB1-TMRW-0002", "SB1", "2026-11-30", 10 * 60 + 30, cache::AppointmentStatus::Confirmed);
        add(3, "SLS-ELSE-0003", "SLS", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Confirmed);
        add(4, "SB1-CNCL-0004", "SB1", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Cancelled);
        add(5, "SB1-PEND-0005", "SB1", "2026-11-29", 10 * 60 + 30, cache::AppointmentStatus::Pending);
        add(6, "SB1-LATE-0006", "SB1", "2026-11-29", 9 * 60 + 50, cache::AppointmentStatus::Confirmed);
        add(7, "SB1-GONE-0007", "SB1", "2026-11-29", 8 * 60, cache::AppointmentStatus::Confirmed);
        add(8, "SB1-AFTN-0008", "SB1", "2026-11-29", 15 * 60, cache::AppointmentStatus::Confirmed);
        add(9, "SB1-SOON-0009", "SB1", "2026-11-29", 11 * 60 + 0, cache::AppointmentStatus::Confirmed);
        ASSERT_TRUE(store->upsertAppointments(rows));

        const int64_t now = seconds(clock.now());
        const int64_t day = 24 * 3600;
        std::vector<core::KeyEntry> keys = {
            {1, codeKey(1).publicKey(), now - 30 * day, now + 30 * day, false, {"SB1", "SLS"}},
            {2, codeKey(2).publicKey(), now - 90 * day, now - day, false, {}},
            {3, codeKey(3).publicKey(), now - 30 * day, now + 30 * day, true, {}},
            {4, codeKey(4).publicKey(), now - 30 * day, now + 30 * day, false, {"SLS"}},
        };
        const std::string revoked = signedCode(kRevokedCode, 1);
        const core::KeyList list(7, now + 2 * day, keys,
            {core::bookingcode::revocationHash(core::bookingcode::unpack(revoked).value())});
        keyListText = list.sign(rootKey());
        policy.rootPublicKey = rootKey().publicKey();
        policy.centerNames["SLS"] = "Impfzentrum Saarlouis";
        trust.keys = core::KeyList::parse(keyListText, rootKey().publicKey()).value();
    }

    static int64_t seconds(std::chrono::system_clock::time_point t)
    {
        return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
    }

    /// A code for appointment `id` as the hub would sign it (claims from the cache, or "now" for
    /// appointments the cache does not have).
    std::string signedCode(int64_t id, uint16_t keyId, const std::string &center = "SB1")
    {
        core::BookingClaims c{keyId, id, center, "2026-11-29", 10 * 60 + 30, 10 * 60 + 35};
        if (auto it = appointments.find(id); it != appointments.end())
            c = {keyId, id, it->second.centerId, it->second.day, it->second.slotStart, it->second.slotEnd};
        return core::bookingcode::issue(c, codeKey(keyId)).value();
    }

    core::Verdict decideNow(const std::string &code)
    {
        return core::decide(code, *store, policy, clock, trust);
    }

    TempDir dir;
    std::unique_ptr<cache::Store> store;
    std::map<int64_t, cache::Appointment> appointments;
    core::Policy policy; // center SB1, 30 minutes early (10 of them "wait"), 60 minutes late
    core::ManualClock clock{*core::fromLocal("2026-11-29", 10 * 60 + 25)};
    core::TrustState trust;
    std::string keyListText;
};

} // namespace checkin::testing
