// CheckInLog: inserts with their outbox items (the outbox keeps the typed check-in).
#include "offline-cache/checkinlog.h"

#include "offline-cache/database.h"
#include "offline-cache/ids.h"
#include "offline-cache/outbox.h"

namespace checkin::cache {

namespace {

constexpr std::string_view kCheckInColumns
    = "id, appointment_id, kiosk_id, operator_id, method, outcome, reason, scanned_at_ms, sync_state, "
      "admitted, annulled_at_ms, annulled_by, annul_reason";

CheckIn readCheckIn(const Statement &s)
{
    CheckIn c;
    c.id = s.text(0);
    if (!s.isNull(1))
        c.appointmentId = s.int64(1);
    c.kioskId = s.text(2);
    c.operatorId = s.text(3);
    c.method = static_cast<CheckInMethod>(s.int64(4));
    c.outcome = static_cast<int>(s.int64(5));
    c.reason = static_cast<int>(s.int64(6));
    c.scannedAtMs = s.int64(7);
    c.syncState = static_cast<SyncState>(s.int64(8));
    c.admitted = s.int64(9) != 0;
    if (!s.isNull(10))
        c.annulledAtMs = s.int64(10);
    c.annulledBy = s.text(11);
    c.annulReason = s.text(12);
    return c;
}

Result<std::vector<CheckIn>> readAll(Statement &stmt)
{
    std::vector<CheckIn> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(readCheckIn(stmt));
    }
    stmt.reset();
    return out;
}

} // namespace

CheckInLog::CheckInLog(Database &db, Outbox &outbox)
    : m_db(db)
    , m_outbox(outbox)
{ }

Result<CheckIn> CheckInLog::record(CheckIn checkIn, bool admitted)
{
    if (checkIn.id.empty())
        checkIn.id = newTimeOrderedId(checkIn.scannedAtMs);
    checkIn.admitted = admitted;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto stmt = m_db.cached(
            "INSERT INTO checkins (id, appointment_id, kiosk_id, operator_id, method, outcome, reason, "
            "scanned_at_ms, sync_state, admitted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (!stmt)
            return tl::unexpected(stmt.error());
        Statement &s = **stmt;
        s.bind(1, checkIn.id);
        if (checkIn.appointmentId)
            s.bind(2, *checkIn.appointmentId);
        else
            s.bindNull(2);
        s.bind(3, checkIn.kioskId).bind(4, checkIn.operatorId).bind(5, static_cast<int64_t>(checkIn.method));
        s.bind(6, int64_t{checkIn.outcome}).bind(7, int64_t{checkIn.reason}).bind(8, checkIn.scannedAtMs);
        s.bind(9, static_cast<int64_t>(checkIn.syncState)).bind(10, int64_t{admitted ? 1 : 0});
        if (auto ok = s.run(); !ok)
            return ok;
        if (checkIn.syncState == SyncState::Synced)
            return {}; // already at the hub (imported history): nothing to push
        return m_outbox.enqueue({checkIn.id, checkIn, 0, 0, checkIn.scannedAtMs});
    });
    if (!done)
        return tl::unexpected(done.error());
    return checkIn;
}

Result<std::optional<CheckIn>> CheckInLog::admitted(int64_t appointmentId)
{
    std::string sql = "SELECT ";
    sql += kCheckInColumns;
    sql += " FROM checkins WHERE appointment_id = ?1 AND admitted = 1 AND annulled_at_ms IS NULL "
           "ORDER BY id DESC LIMIT 1";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, appointmentId);
    auto rows = readAll(**stmt);
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->empty() ? std::optional<CheckIn>() : std::optional<CheckIn>(rows->front());
}

Result<std::optional<CheckIn>> CheckInLog::find(std::string_view id)
{
    std::string sql = "SELECT ";
    sql += kCheckInColumns;
    sql += " FROM checkins WHERE id = ?1";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, id);
    auto rows = readAll(**stmt);
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->empty() ? std::optional<CheckIn>() : std::optional<CheckIn>(rows->front());
}

Result<std::vector<CheckIn>> CheckInLog::all()
{
    std::string sql = "SELECT ";
    sql += kCheckInColumns;
    sql += " FROM checkins ORDER BY id";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    return readAll(*stmt);
}

Result<void> CheckInLog::annul(
    std::string_view id, std::string_view operatorId, std::string_view reason, int64_t atMs)
{
    return m_db.transaction([&]() -> Result<void> {
        auto stmt
            = m_db.cached("UPDATE checkins SET annulled_at_ms = ?2, annulled_by = ?3, annul_reason = ?4 "
                          "WHERE id = ?1 AND annulled_at_ms IS NULL");
        if (!stmt)
            return tl::unexpected(stmt.error());
        (*stmt)->bind(1, id).bind(2, atMs).bind(3, operatorId).bind(4, reason);
        if (auto ok = (*stmt)->run(); !ok)
            return ok;
        if (m_db.changes() == 0)
            return tl::unexpected(Error{
                ErrorKind::Invalid, "no check-in " + std::string(id) + " that is not annulled already"});
        return m_outbox.enqueue({newTimeOrderedId(atMs),
            Annulment{std::string(id), std::string(operatorId), std::string(reason), atMs}, 0, 0, atMs});
    });
}

Result<void> CheckInLog::applyHubAnnulment(std::string_view id, std::string_view kioskId, int64_t atMs)
{
    auto stmt = m_db.cached("UPDATE checkins SET annulled_at_ms = ?2, annulled_by = ?3, annul_reason = '' "
                            "WHERE id = ?1 AND annulled_at_ms IS NULL");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, id).bind(2, atMs).bind(3, kioskId);
    return (*stmt)->run();
}

} // namespace checkin::cache
