// What this kiosk admits: its center, the time windows and the trust anchors, from the kiosk's config.
#pragma once

#include "terminal/codes/signingkey.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace checkin::core {

/// Inside the grace period after the slot: admit with a note, or send to the desk.
enum class LatePolicy { PassWithNote, Desk };

/// What a self-service kiosk asks after a masked lookup hit before it admits: nothing (the person
/// is sent to the desk: the safe default), or a second factor the booking holds.
enum class SelfServiceConfirm { Desk, PostalCode, BookingReference };

struct Policy
{
    std::string kioskId = "demo-01";
    std::string centerId = "SB1";
    std::map<std::string, std::string> centerNames; ///< id -> name, to name the right center
    int earlyMinutes = 30; ///< how long before the slot start a person is admitted
    int earlyWaitMinutes = 10; ///< up to this much earlier still: "please wait" instead of "come back"
    int lateMinutes = 60; ///< grace period after the slot end
    LatePolicy latePolicy = LatePolicy::PassWithNote;
    int duplicateRepeatSeconds = 120; ///< the same kiosk shows an admission again (no new row) within this
    /// Shapes of the portal's unsigned booking references, accepted only by cache lookup:
    /// 'X' a letter or digit, 'A' a letter, '9' a digit, anything else literally.
    std::vector<std::string> legacyShapes = {"XXX-XXXX-XXXX"};
    int clockSkewSeconds = 120; ///< beyond this difference to the hub's time the kiosk stops deciding
    int annulMinutes = 15; ///< staff may annul a check-in this long after it was made
    SelfServiceConfirm selfServiceConfirm = SelfServiceConfirm::Desk;
    std::optional<PublicKey> rootPublicKey; ///< pinned: the key list must be signed by it
    std::string
        keyListFile; ///< a key list provisioned with the image, installed when newer than the stored one
};

/// True when `text` matches one of the policy's legacy shapes.
bool matchesLegacyShape(const Policy &policy, std::string_view text);

} // namespace checkin::core
