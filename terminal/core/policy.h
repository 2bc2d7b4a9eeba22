// What this kiosk admits: its center and the time windows, from the kiosk's config.
#pragma once

#include <string>

namespace checkin::core {

struct Policy
{
    std::string kioskId = "demo-01";
    std::string centerId = "SB1";
    int earlyMinutes = 30; ///< how long before the slot start a person is admitted
    int lateMinutes = 60; ///< how long after the slot end a person is admitted (with a note)
};

} // namespace checkin::core
