// What the kiosk currently knows to trust: the verified key list, the last clock check, the cache's day.
#pragma once

#include "terminal/codes/keylist.h"
#include "terminal/core/clockcheck.h"

#include <optional>
#include <string>

namespace checkin::core {

/// Value type, owned by the CheckInService on the store thread and handed to the pure rules.
struct TrustState
{
    std::optional<KeyList> keys; ///< verified against the pinned root key; none: signed codes go to staff
    std::string keysProblem; ///< why there is no key list (for staff), empty when there is one
    std::optional<ClockCheck> clockCheck; ///< the last sync's measurement; none: not checked yet
    std::string cacheDay; ///< the day the synced appointments are for; empty: not known (not checked)
};

} // namespace checkin::core
