// Generated demo and test data: a center's day of appointments with realistic names, and a
// script of arrivals (codes held up at the entrance with the verdict each must get).
#pragma once

#include "offline-cache/store.h"
#include "terminal/codes/signingkey.h"

#include <cstdint>
#include <string>
#include <vector>

namespace checkin::core::demo {

/// The demo kiosk's staff PIN (a real kiosk reads its PIN from a root-readable file).
inline constexpr const char *kStaffPin = "1234";

struct Arrival
{
    std::string code; ///< what the person holds up
    std::string expectedReason; ///< reasonKey() of the verdict it must get
    std::string note; ///< what the case shows, for logs and the README
};

struct DataSet
{
    std::vector<cache::Store::Import> appointments;
    std::vector<Arrival> arrivals;
    std::vector<cache::CheckIn> earlierCheckIns; ///< admissions made before the demo starts
    std::string keyListText; ///< the signed key list a kiosk would have synced
    PublicKey rootPublicKey{}; ///< the root key a demo kiosk pins
};

/// The demo's keys, derived from fixed passphrases so every run and every test agree.
/// Never use them outside the demo: their secrets are in this source code.
SigningKey demoRootKey();
SigningKey demoCodeKey(uint16_t id);

/// `count` appointments at `centerId` on `day` (plus a few on the next day and at another center),
/// deterministic in `seed`. Names mix German, Turkish, Arabic, Polish and Ukrainian origins.
/// `nowMinute` is the demo's local time of day: arrivals are chosen so that their slots fit it.
/// Arrivals hold signed CK1 codes (key 1), one printed legacy reference, a forged code, a code
/// signed with an expired key (2) and one with a key the list does not have (9).
DataSet generate(
    const std::string &centerId, const std::string &day, int count, int nowMinute, uint32_t seed);

/// A booking reference in the portal's printed shape, e.g. "SB1-4K7T-93QX".
std::string bookingRef(const std::string &centerId, uint64_t n);

} // namespace checkin::core::demo
