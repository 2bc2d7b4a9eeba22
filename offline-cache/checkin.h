// A recorded check-in attempt: what was decided at which kiosk, and whether the hub has it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace checkin::cache {

enum class CheckInMethod { Code = 0, Lookup = 1, Manual = 2 };
enum class SyncState { Pending = 0, Synced = 1 };

struct CheckIn
{
    std::string id; ///< time-ordered unique id (UUIDv7 text), the idempotency key
    std::optional<int64_t> appointmentId;
    std::string kioskId;
    std::string operatorId; ///< empty at self-service kiosks
    CheckInMethod method = CheckInMethod::Code;
    int outcome = 0; ///< the terminal's verdict family (terminal owns the enum)
    int reason = 0; ///< the terminal's reason code
    int64_t scannedAtMs = 0; ///< Unix time in ms, from the kiosk's clock
    SyncState syncState = SyncState::Pending;
    bool admitted = false; ///< this row let someone in (filled in when read back)
    std::optional<int64_t> annulledAtMs; ///< set when staff annulled this check-in
    std::string annulledBy; ///< the operator who annulled it
    std::string annulReason;
};

} // namespace checkin::cache
