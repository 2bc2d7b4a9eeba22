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
    const std::string &centerId, const LocalDay &day, int nowMinute, int graceMinutes)
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
    coalesce(sum(status = 0 AND NOT came AND slot_end + ?4 < ?3), 0),
    (SELECT count(*) FROM checkins c JOIN appointments a ON a.id = c.appointment_id
     WHERE c.admitted = 1 AND c.annulled_at_ms IS NULL AND c.scanned_at_ms >= ?5 AND c.scanned_at_ms < ?6
       AND NOT (a.center_id = ?1 AND a.day = ?2)),
    (SELECT count(*) FROM appointments WHERE confirmed_on_site_ms >= ?5 AND confirmed_on_site_ms < ?6),
    (SELECT count(*) FROM clearing_cases WHERE opened_at_ms >= ?5 AND opened_at_ms < ?6)
FROM day)sql");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, centerId).bind(2, day.day).bind(3, int64_t{nowMinute}).bind(4, int64_t{graceMinutes});
    stmt->bind(5, day.startMs).bind(6, day.endMs);
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
    f.walkIns = stmt->int64(6);
    f.onSiteConfirmations = stmt->int64(7);
    f.clearingCases = stmt->int64(8);

    // One time per person: the first admitting check-in still in force of each appointment.
    auto arrivals = m_db.prepare(R"sql(
SELECT min(c.scanned_at_ms) FROM checkins c
WHERE c.admitted = 1 AND c.annulled_at_ms IS NULL AND c.scanned_at_ms >= ?1 AND c.scanned_at_ms < ?2
GROUP BY c.appointment_id)sql");
    if (!arrivals)
        return tl::unexpected(arrivals.error());
    arrivals->bind(1, day.startMs).bind(2, day.endMs);
    for (;;) {
        auto more = arrivals->step();
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        const int hour = day.hourOf ? day.hourOf(arrivals->int64(0)) : 0;
        if (hour >= 0 && hour < 24)
            ++f.arrivalsByHour[static_cast<size_t>(hour)];
    }
    auto noShows = m_db.prepare(R"sql(
SELECT a.slot_start / 60, count(*) FROM appointments a
WHERE a.center_id = ?1 AND a.day = ?2 AND a.status = 0 AND a.slot_end + ?4 < ?3
  AND NOT EXISTS (SELECT 1 FROM checkins c WHERE c.appointment_id = a.id AND c.admitted = 1
                  AND c.annulled_at_ms IS NULL)
GROUP BY a.slot_start / 60)sql");
    if (!noShows)
        return tl::unexpected(noShows.error());
    noShows->bind(1, centerId).bind(2, day.day).bind(3, int64_t{nowMinute}).bind(4, int64_t{graceMinutes});
    for (;;) {
        auto more = noShows->step();
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
        const int64_t hour = noShows->int64(0);
        if (hour >= 0 && hour < 24)
            f.noShowsByHour[static_cast<size_t>(hour)] = noShows->int64(1);
    }
    return f;
}

Result<void> EntranceDay::confirmPending(int64_t appointmentId, const std::string &confirmationId,
    int64_t atMs, const std::string &kioskId, const std::string &operatorId)
{
    return m_db.transaction([&]() -> Result<void> {
        auto update = m_db.prepare(
            "UPDATE appointments SET status = 0, confirmed_on_site_ms = ?2 WHERE id = ?1 AND status = 2");
        if (!update)
            return tl::unexpected(update.error());
        update->bind(1, appointmentId).bind(2, atMs);
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
