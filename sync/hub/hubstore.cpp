// HubStore: opening a store, the one write, the change sequence and the change feed.
#include "sync/hub/hubstore.h"

#include "sync/hub/sqlengine.h"

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

namespace {

/// One appointment from a row of `SELECT id, booking_ref, center_id, day, slot_start, slot_end,
/// status, given_name, family_name, birth_date` (the column order both readers use).
cache::Appointment appointmentOf(const SqlRow &r)
{
    cache::Appointment a;
    a.id = r.int64(0);
    a.bookingRef = r.text(1);
    a.centerId = r.text(2);
    a.day = r.text(3);
    a.slotStart = static_cast<int>(r.int64(4));
    a.slotEnd = static_cast<int>(r.int64(5));
    a.status = static_cast<cache::AppointmentStatus>(r.int64(6));
    a.givenName = r.text(7);
    a.familyName = r.text(8);
    a.birthDate = r.text(9);
    return a;
}

} // namespace

HubStore::HubStore(std::unique_ptr<SqlEngine> engine)
    : m_engine(std::move(engine))
{ }
HubStore::~HubStore() = default;

Result<std::unique_ptr<HubStore>> HubStore::open(const std::string &location)
{
    auto engine = openSqlEngine(location);
    if (!engine)
        return tl::unexpected(engine.error());
    std::unique_ptr<HubStore> store(new HubStore(std::move(*engine)));
    if (auto ok = store->migrate(); !ok)
        return tl::unexpected(ok.error());
    return store;
}

bool HubStore::sharedByProcesses() const
{
    return m_engine->kind() == SqlEngine::Kind::Postgres;
}

bool HubStore::listen(std::function<void()> onChange)
{
    return m_engine->listen([onChange = std::move(onChange)](const std::string &) { onChange(); });
}

Result<void> HubStore::write(const std::function<Result<void>()> &fn)
{
    if (auto begun = m_engine->beginWrite(); !begun)
        return begun;
    m_seqMoved = false;
    try {
        auto result = fn();
        if (result && m_seqMoved)
            result = m_engine->notify("seq");
        if (!result) {
            m_engine->rollback();
            return result;
        }
        if (auto committed = m_engine->commit(); !committed) {
            m_engine->rollback();
            return committed;
        }
        return {};
    } catch (const std::exception &e) {
        // Invariant 4: nothing half-written stays, and no transaction stays open after a throw.
        m_engine->rollback();
        return tl::unexpected(Error{ErrorKind::Io, std::string("write failed: ") + e.what()});
    } catch (...) {
        m_engine->rollback();
        return tl::unexpected(Error{ErrorKind::Io, "write failed"});
    }
}

Result<int64_t> HubStore::takeSeq()
{
    auto rows = m_engine->query("UPDATE meta SET value = value + 1 WHERE key = 'seq' RETURNING value");
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return tl::unexpected(Error{ErrorKind::Corrupt, "the hub database has no seq counter"});
    m_seqMoved = true;
    return rows->front().int64(0);
}

Result<int64_t> HubStore::nextSeq(const std::string &centerId)
{
    auto taken = takeSeq();
    if (!taken)
        return taken;
    const int64_t seq = *taken;
    if (auto ok
        = m_engine->exec("INSERT INTO center_seq (center_id, seq) VALUES (?1, ?2) ON CONFLICT (center_id) "
                         "DO UPDATE SET seq = excluded.seq",
            {centerId, seq});
        !ok)
        return tl::unexpected(ok.error());
    return seq;
}

Result<void> HubStore::touchEveryCenter()
{
    auto seq = takeSeq();
    if (!seq)
        return tl::unexpected(seq.error());
    if (auto ok = m_engine->exec("UPDATE center_seq SET seq = ?1", {*seq}); !ok)
        return tl::unexpected(ok.error());
    // A center whose kiosks have seen no change yet has no row: its long-polls must wake too. (The
    // WHERE also keeps SQLite from reading ON CONFLICT as a join's ON.)
    if (auto ok = m_engine->exec("INSERT INTO center_seq (center_id, seq) SELECT DISTINCT center_id, "
                                 "CAST(?1 AS BIGINT) FROM kiosks WHERE revoked_at_ms IS NULL "
                                 "ON CONFLICT (center_id) DO NOTHING",
            {*seq});
        !ok)
        return tl::unexpected(ok.error());
    return {};
}

Result<int64_t> HubStore::latestSeq()
{
    auto rows = m_engine->query("SELECT value FROM meta WHERE key = 'seq'");
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->empty() ? 0 : rows->front().int64(0);
}

Result<std::vector<std::pair<std::string, int64_t>>> HubStore::centerSeqs(int64_t afterSeq)
{
    auto rows = m_engine->query("SELECT center_id, seq FROM center_seq WHERE seq > ?1", {afterSeq});
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<std::pair<std::string, int64_t>> out;
    for (const auto &r : *rows)
        out.emplace_back(r.text(0), r.int64(1));
    return out;
}

Result<void> HubStore::upsertAppointments(const std::vector<HubAppointment> &rows)
{
    return write([&]() -> Result<void> {
        for (const auto &row : rows) {
            const auto &a = row.appointment;
            auto seq = nextSeq(a.centerId);
            if (!seq)
                return tl::unexpected(seq.error());
            // An appointment that moves to another center also wakes its old center's kiosks.
            auto before = centerOf(a.id);
            if (!before)
                return tl::unexpected(before.error());
            if (*before && **before != a.centerId)
                if (auto moved = nextSeq(**before); !moved)
                    return tl::unexpected(moved.error());
            auto ok = m_engine->exec(
                "INSERT INTO appointments (id, booking_ref, code, center_id, day, slot_start, slot_end, "
                "status, "
                "given_name, family_name, birth_date, postal_code, language, version, seq) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
                "ON CONFLICT (id) DO UPDATE SET booking_ref = excluded.booking_ref, code = excluded.code, "
                "center_id = excluded.center_id, day = excluded.day, slot_start = excluded.slot_start, "
                "slot_end = excluded.slot_end, status = excluded.status, given_name = excluded.given_name, "
                "family_name = excluded.family_name, birth_date = excluded.birth_date, "
                "postal_code = excluded.postal_code, language = excluded.language, version = "
                "excluded.version, "
                "seq = excluded.seq",
                {a.id, a.bookingRef, row.code, a.centerId, a.day, int64_t{a.slotStart}, int64_t{a.slotEnd},
                    static_cast<int64_t>(a.status), a.givenName, a.familyName, a.birthDate, a.postalCode,
                    a.language, a.version, *seq});
            if (!ok)
                return tl::unexpected(ok.error());
        }
        return {};
    });
}

Result<ChangePage> HubStore::changes(const std::string &centerId, const std::string &fromDay,
    const std::string &toDay, int64_t cursor, int limit)
{
    // Read the counter first: every change with a seq up to it has committed (invariant 1), so a
    // last page may move the cursor to it even when none of those changes was this center's.
    auto upTo = latestSeq();
    if (!upTo)
        return tl::unexpected(upTo.error());
    // One query over both kinds keeps the page in seq order (invariant 1).
    auto rows = m_engine->query(
        "SELECT seq, 0, id, booking_ref, code, center_id, day, slot_start, slot_end, status, given_name, "
        "family_name, birth_date, postal_code, language, version, '', '', 0 FROM appointments "
        "WHERE center_id = ?1 AND day BETWEEN ?2 AND ?3 AND seq > ?4 AND seq <= ?6 "
        // Admissions (1) and annulled admissions (3, invariant 9) of the center's appointments.
        "UNION ALL SELECT c.seq, CASE WHEN c.result = 'annulled' THEN 3 ELSE 1 END, c.appointment_id, "
        "COALESCE(c.annulled_by, ''), '', '', '', 0, 0, 0, '', '', '', '', '', COALESCE(c.annulled_at_ms, "
        "0), "
        "c.id, c.kiosk_id, c.scanned_at_ms FROM checkins c JOIN appointments a ON a.id = c.appointment_id "
        "WHERE c.seq > ?4 AND c.seq <= ?6 AND c.result IN ('accepted', 'annulled') AND a.center_id = ?1 "
        "AND a.day BETWEEN ?2 AND ?3 "
        // Invariant 7: a resolution goes to its own center's kiosks only.
        "UNION ALL SELECT k.seq, 2, k.appointment_id, k.ticket, '', '', '', 0, 0, 0, '', '', '', '', '', "
        "k.resolved_at_ms, k.id, k.resolution_kind, 0 FROM cases k JOIN appointments a ON a.id = "
        "k.appointment_id WHERE k.seq > ?4 AND k.seq <= ?6 AND k.center_id = ?1 AND a.center_id = ?1 "
        "AND a.day BETWEEN ?2 AND ?3 AND k.ticket IS NOT NULL ORDER BY 1 LIMIT ?5",
        {centerId, fromDay, toDay, cursor, int64_t{limit} + 1, *upTo});
    if (!rows)
        return tl::unexpected(rows.error());
    ChangePage page;
    page.nextCursor = cursor;
    int count = 0;
    for (const auto &r : *rows) {
        if (++count > limit) {
            page.hasMore = true;
            break;
        }
        page.nextCursor = r.int64(0);
        if (r.int64(1) == 0) {
            HubAppointment h;
            auto &a = h.appointment;
            h.seq = r.int64(0);
            a.id = r.int64(2);
            a.bookingRef = r.text(3);
            h.code = r.text(4);
            a.centerId = r.text(5);
            a.day = r.text(6);
            a.slotStart = static_cast<int>(r.int64(7));
            a.slotEnd = static_cast<int>(r.int64(8));
            a.status = static_cast<cache::AppointmentStatus>(r.int64(9));
            a.givenName = r.text(10);
            a.familyName = r.text(11);
            a.birthDate = r.text(12);
            a.postalCode = r.text(13);
            a.language = r.text(14);
            a.version = r.int64(15);
            page.appointments.push_back(std::move(h));
        } else if (r.int64(1) == 1) {
            page.admissions.push_back(
                HubAdmission{r.text(16), r.int64(2), r.text(17), r.int64(18), r.int64(0)});
        } else if (r.int64(1) == 3) {
            page.annulments.push_back(
                HubAnnulment{r.text(16), r.int64(2), r.text(3), r.int64(15), r.int64(0)});
        } else {
            const std::string kind = r.text(17);
            page.resolutions.push_back(HubResolution{r.text(16), r.text(3), r.int64(2),
                kind == "walk-in"         ? ResolutionKind::WalkIn
                    : kind == "confirmed" ? ResolutionKind::Confirmed
                                          : ResolutionKind::Attached,
                r.int64(15), r.int64(0)});
        }
    }
    if (!page.hasMore)
        page.nextCursor = std::max(cursor, *upTo);
    return page;
}

Result<std::optional<std::string>> HubStore::centerOf(int64_t appointmentId)
{
    auto rows = m_engine->query("SELECT center_id FROM appointments WHERE id = ?1", {appointmentId});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::optional<std::string>();
    return std::optional<std::string>(rows->front().text(0));
}

Result<std::optional<int>> HubStore::appointmentStatus(int64_t appointmentId)
{
    auto rows = m_engine->query("SELECT status FROM appointments WHERE id = ?1", {appointmentId});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::optional<int>();
    return std::optional<int>(static_cast<int>(rows->front().int64(0)));
}

Result<std::vector<cache::Appointment>> HubStore::appointmentsOf(
    const std::string &centerId, const std::string &fromDay, const std::string &toDay)
{
    auto rows = m_engine->query("SELECT id, booking_ref, center_id, day, slot_start, slot_end, status, "
                                "given_name, family_name, birth_date FROM appointments WHERE center_id = ?1 "
                                "AND day BETWEEN ?2 AND ?3 ORDER BY day, slot_start, id",
        {centerId, fromDay, toDay});
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<cache::Appointment> out;
    for (const auto &r : *rows) {
        out.push_back(appointmentOf(r));
    }
    return out;
}

Result<std::optional<cache::Appointment>> HubStore::appointment(int64_t appointmentId)
{
    auto rows
        = m_engine->query("SELECT id, booking_ref, center_id, day, slot_start, slot_end, status, given_name, "
                          "family_name, birth_date FROM appointments WHERE id = ?1",
            {appointmentId});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::optional<cache::Appointment>();
    return std::optional<cache::Appointment>(appointmentOf(rows->front()));
}

Result<std::optional<std::string>> HubStore::appointmentCenter(int64_t appointmentId)
{
    return centerOf(appointmentId);
}

Result<PurgeCounts> HubStore::purge(const std::string &beforeDay, int64_t beforeMs)
{
    PurgeCounts counts;
    auto done = write([&]() -> Result<void> {
        auto appointments = m_engine->exec("DELETE FROM appointments WHERE day < ?1", {beforeDay});
        if (!appointments)
            return tl::unexpected(appointments.error());
        auto cases
            = m_engine->exec("DELETE FROM cases WHERE state = 'closed' AND created_at_ms < ?1", {beforeMs});
        if (!cases)
            return tl::unexpected(cases.error());
        // A purged case takes its history with it.
        if (auto events
            = m_engine->exec("DELETE FROM case_events WHERE case_id NOT IN (SELECT id FROM cases)");
            !events)
            return tl::unexpected(events.error());
        counts = {*appointments, *cases};
        return {};
    });
    if (!done)
        return tl::unexpected(done.error());
    return counts;
}

} // namespace checkin::sync
