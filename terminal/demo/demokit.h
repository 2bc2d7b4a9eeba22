// Writes the demo kiosk's embedded default: a cache of today's appointments and an arrivals video.
#pragma once

#include "terminal/core/policy.h"
#include "terminal/demo/demodata.h"

#include <chrono>
#include <string>
#include <tl/expected.hpp>

namespace checkin::core::demo {

struct Kit
{
    std::string databasePath;
    std::string videoPath;
    std::vector<Arrival> arrivals;
    PublicKey rootPublicKey{}; ///< the demo's root key; the signed key list is in the demo cache

    /// Pins the demo root key, as a demo kiosk's config would.
    void applyTo(Policy &policy) const { policy.rootPublicKey = rootPublicKey; }
};

/// Creates `dir`, replaces any earlier demo database there, imports a generated day for
/// `centerId` around local time `now`, and renders the arrivals video (15 fps, 1280x720).
tl::expected<Kit, std::string> prepareKit(const std::string &dir, const std::string &centerId,
    std::chrono::system_clock::time_point now, int appointments = 300);

} // namespace checkin::core::demo
