// EntranceDay: day figures in one query; confirmations with their outbox item in one transaction.
#include "offline-cache/entranceday.h"

#include "offline-cache/database.h"
#include "offline-cache/outbox.h"

namespace checkin::cache {

EntranceDay::EntranceDay(Database &db, Outbox &outbox)
    : m_db(db)
    , m_outbox(outbox)
{ }

Result<DayFigures> EntranceDay::figures(
    const std::string &centerId, const std::string &day, int nowMinute, int graceMinutes)
{
    auto stmt = m_db.prepare(R"sql(
WITH day AS (
    SELECT a.id, a.status, a.slot_end,
           EXISTS (SELECT 1 FROM checkins c WHERE c.appointment_id = a.id AND c.admitted = 1
                   AND c.annulled_at_ms IS NULL) AS came
    FROM appointments a WHERE a.center_id = ?1 AND a.day = ?2)
SELECT
    coalesce(sum(status IN (0, 1)), 0),
    coalesce(sum(status = 1), 0),
    coalesce(sum(status = 2), 0),
    coalesce(sum(came), 0),
    coalesce(sum(status = 0 AND NOT came AND slot_end + ?4 >= ?3), 0),
    coalesce(sum(status = 0 AND NOT came AND slot_end + ?4 < ?3), 0)
FROM day)sql");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, centerId).bind(2, day).bind(3, int64_t{nowMinute}).bind(4, int64_t{graceMinutes});
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    DayFigures f;
    f.booked = stmt->int64(0);
    f.cancelled = stmt->int64(1);
    f.pending = stmt->int64(2);
    f.arrived = stmt->int64(3);
    f.stillExpected = stmt->int64(4);
    f.noShows = stmt->int64(5);
    return f;
}

Result<void> EntranceDay::confirmPending(int64_t appointmentId, const std::string &confirmationId,
    int64_t atMs, const std::string &kioskId, const std::string &operatorId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto update = m_db.prepare("UPDATE appointments SET status = 0 WHERE id = ?1 AND status = 2");
        if (!update)
            return tl::unexpected(update.error());
        update->bind(1, appointmentId);
        if (auto ok = update->run(); !ok)
            return ok;
        auto changed = m_db.scalar("SELECT changes()");
        if (!changed)
            return tl::unexpected(changed.error());
        if (*changed != 1)
            return tl::unexpected(Error{ErrorKind::Invalid,
                "appointment " + std::to_string(appointmentId) + " is not a pending booking attempt"});
        return m_outbox.enqueue(
            {confirmationId, Confirmation{appointmentId, atMs, kioskId, operatorId}, 0, 0, atMs});
    });
}

} // namespace checkin::cache
