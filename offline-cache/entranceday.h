// The entrance's view of one day: who is expected, who came, what capacity is left, and the
// on-site confirmation of booking attempts that never completed.
#pragma once

#include "offline-cache/error.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>

namespace checkin::cache {

class Database;
class Outbox;

/// Counts for one center and day at one moment.
struct DayFigures
{
    int64_t booked = 0; ///< confirmed + cancelled appointments: the slots the day was planned with
    int64_t cancelled = 0;
    int64_t pending = 0; ///< booking attempts still unconfirmed
    int64_t arrived = 0; ///< appointments with an admitting, not annulled check-in
    int64_t stillExpected = 0; ///< confirmed, not arrived, whose slot (plus the grace period) is not over
    int64_t noShows = 0; ///< confirmed, not arrived, whose slot and grace period are over
    int64_t walkIns = 0; ///< admitted today here without a booking for today at this center
    int64_t onSiteConfirmations = 0; ///< booking attempts confirmed on site today
    int64_t clearingCases = 0; ///< clearing cases opened today at this kiosk
    std::array<int64_t, 24> arrivalsByHour{}; ///< admissions by the local hour they were made
    std::array<int64_t, 24> noShowsByHour{}; ///< no-shows by the local hour of their slot

    /// Slots minus arrivals minus those still expected: no-shows and cancellations free their slot
    /// as the day goes on. Never negative.
    int64_t remainingCapacity(int64_t extraSlots = 0) const
    {
        const int64_t left = booked + extraSlots - arrived - stillExpected;
        return left > 0 ? left : 0;
    }
};

/// On the store's thread.
class EntranceDay
{
public:
    EntranceDay(Database &db, Outbox &outbox);

    /// The local day as the caller's clock sees it: [startMs, endMs) and the local hour of a time.
    struct LocalDay
    {
        std::string day; ///< "YYYY-MM-DD"
        int64_t startMs = 0;
        int64_t endMs = 0;
        std::function<int(int64_t ms)> hourOf;
    };

    /// Figures for `centerId` on `day` at local minute `nowMinute`; a confirmed appointment counts as
    /// a no-show once `nowMinute` is past its slot end plus `graceMinutes`. Arrivals are people, not
    /// scans: an appointment with several check-ins is one arrival.
    Result<DayFigures> figures(
        const std::string &centerId, const LocalDay &day, int nowMinute, int graceMinutes);

    /// Turns a pending booking attempt into a confirmed appointment and queues the confirmation for
    /// the hub in the same transaction (`confirmationId` is the idempotency key). Refused with
    /// ErrorKind::Invalid when the appointment is not pending (already confirmed, cancelled, unknown).
    Result<void> confirmPending(int64_t appointmentId, const std::string &confirmationId, int64_t atMs,
        const std::string &kioskId, const std::string &operatorId);

private:
    Database &m_db;
    Outbox &m_outbox;
};

} // namespace checkin::cache
