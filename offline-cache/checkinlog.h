// The check-in log: every decision about a booking, durably committed with its outbox item.
#pragma once

#include "offline-cache/checkin.h"
#include "offline-cache/error.h"

#include <optional>
#include <string_view>
#include <vector>

namespace checkin::cache {

class Database;
class Outbox;

/// Check-ins and their annulments, on the store's thread.
///
/// Invariants:
/// 1. A check-in row and its outbox item commit in one transaction (synchronous=FULL): when
///    record() returns a value, the check-in survives a crash or a power loss.
/// 2. At most one admitting, not annulled check-in per appointment (a unique partial index).
/// 3. Check-ins are never deleted before the hub has them; an annulment marks, it does not delete.
class CheckInLog
{
public:
    CheckInLog(Database &db, Outbox &outbox);

    /// Commits a check-in durably before returning. Fills in `id` when empty. `admitted` marks the
    /// rows that let someone in; a second admitting row for one appointment is refused with
    /// ErrorKind::Invalid.
    Result<CheckIn> record(CheckIn checkIn, bool admitted);
    /// The admitting, not annulled check-in of an appointment, if any.
    Result<std::optional<CheckIn>> admitted(int64_t appointmentId);
    Result<std::optional<CheckIn>> find(std::string_view id);
    /// All check-ins, oldest first.
    Result<std::vector<CheckIn>> all();
    /// Annuls a check-in (staff correcting a wrong admission): it no longer counts as admitted, and
    /// an annulment goes to the hub. Unknown or already annulled ids give ErrorKind::Invalid.
    Result<void> annul(
        std::string_view id, std::string_view operatorId, std::string_view reason, int64_t atMs);
    /// Applies an annulment another kiosk made, as the hub reported it: marks the check-in annulled
    /// (by `kioskId`) with no outbox item, since the hub has it already. An unknown or already
    /// annulled id changes nothing.
    Result<void> applyHubAnnulment(std::string_view id, std::string_view kioskId, int64_t atMs);

private:
    Database &m_db;
    Outbox &m_outbox;
};

} // namespace checkin::cache
