// HubStore: the hub's versioned schema and every query, in the SQL both engines share.
#include "sync/hub/hubstore.h"

#include "offline-cache/ids.h"
#include "offline-cache/ticketnumber.h"
#include "sync/hub/sqlengine.h"

#include <array>

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

const char *pushResultName(PushResult result)
{
    switch (result) {
    case PushResult::Accepted:
        return "accepted";
    case PushResult::Duplicate:
        return "duplicate";
    case PushResult::Conflict:
        return "conflict";
    case PushResult::Invalid:
        return "invalid";
    case PushResult::Forbidden:
        return "forbidden";
    }
    return "invalid";
}

namespace {

// The hub's schema is its own and versioned apart from the kiosk's. Step N brings a database from
// version N-1 to N; a step is never edited once shipped, a change is a new step. Step 1 is the
// schema hub files had before versioning (IF NOT EXISTS: such a file simply gains the table).
constexpr std::array<std::string_view, 5> kMigrations = {
    R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO meta (key, value) VALUES ('seq', 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS appointments (
    id BIGINT PRIMARY KEY, booking_ref TEXT NOT NULL, code TEXT NOT NULL DEFAULT '',
    center_id TEXT NOT NULL, day TEXT NOT NULL, slot_start BIGINT NOT NULL, slot_end BIGINT NOT NULL,
    status BIGINT NOT NULL, given_name TEXT, family_name TEXT, birth_date TEXT, postal_code TEXT,
    language TEXT, version BIGINT NOT NULL, seq BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS appointments_seq ON appointments(center_id, seq);
CREATE TABLE IF NOT EXISTS checkins (
    id TEXT PRIMARY KEY, appointment_id BIGINT, kiosk_id TEXT NOT NULL, operator_id TEXT NOT NULL,
    method BIGINT NOT NULL, outcome BIGINT NOT NULL, reason BIGINT NOT NULL, admitted BIGINT NOT NULL,
    scanned_at_ms BIGINT NOT NULL, received_at_ms BIGINT NOT NULL, result TEXT NOT NULL,
    first_id TEXT, seq BIGINT);
CREATE UNIQUE INDEX IF NOT EXISTS checkins_admission ON checkins(appointment_id)
    WHERE admitted = 1 AND result = 'accepted';
CREATE INDEX IF NOT EXISTS checkins_seq ON checkins(seq) WHERE seq IS NOT NULL;
CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, appointment_id BIGINT, checkin_id TEXT NOT NULL,
    kind TEXT NOT NULL, note TEXT NOT NULL, created_at_ms BIGINT NOT NULL, person TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open', resolution TEXT NOT NULL DEFAULT '', day TEXT);
CREATE TABLE IF NOT EXISTS audit (
    id TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, at_ms BIGINT NOT NULL, action TEXT NOT NULL,
    detail TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS keylist (one BIGINT PRIMARY KEY CHECK (one = 1), document TEXT NOT NULL,
    version BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS kiosk_status (kiosk_id TEXT PRIMARY KEY, document TEXT NOT NULL,
    at_ms BIGINT NOT NULL);
)sql",
    // Kiosks bound to a center by a hashed token; per-center wake-up sequence.
    R"sql(
CREATE TABLE kiosks (
    kiosk_id TEXT PRIMARY KEY, center_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
    created_at_ms BIGINT NOT NULL, revoked_at_ms BIGINT);
CREATE TABLE center_seq (center_id TEXT PRIMARY KEY, seq BIGINT NOT NULL);
INSERT INTO center_seq (center_id, seq) SELECT center_id, max(seq) FROM appointments GROUP BY center_id;
CREATE INDEX appointments_day ON appointments(day);
)sql",
    // The clearing desk: the ticket the person holds (unique), and the name and date of birth apart
    // so the desk can search them; the center a case belongs to.
    R"sql(
ALTER TABLE cases ADD COLUMN ticket TEXT;
ALTER TABLE cases ADD COLUMN given_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN family_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN birth_date TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN center_id TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX cases_ticket ON cases(ticket);
)sql",
    // Resolutions reach the door: a resolved case takes a seq of its center (the kiosks' delta),
    // and every case keeps its history; walk-in appointments the hub makes count from meta.
    R"sql(
ALTER TABLE cases ADD COLUMN seq BIGINT;
ALTER TABLE cases ADD COLUMN resolution_kind TEXT;
ALTER TABLE cases ADD COLUMN resolved_at_ms BIGINT;
ALTER TABLE cases ADD COLUMN contact TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_seq ON cases(center_id, seq);
CREATE TABLE case_events (case_id TEXT NOT NULL, n BIGINT NOT NULL, at_ms BIGINT NOT NULL,
    actor TEXT NOT NULL, kiosk_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL,
    PRIMARY KEY (case_id, n));
INSERT INTO meta (key, value) VALUES ('walk_in', 0) ON CONFLICT DO NOTHING;
)sql",
    // Annulments reach the door: an annulled check-in keeps when and by which kiosk, and takes a
    // seq of its center (invariant 9).
    R"sql(
ALTER TABLE checkins ADD COLUMN annulled_at_ms BIGINT;
ALTER TABLE checkins ADD COLUMN annulled_by TEXT;
)sql",
};

Error invalid(std::string message)
{
    return Error{ErrorKind::Invalid, std::move(message)};
}

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

int HubStore::schemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

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

Result<void> HubStore::migrate()
{
    // The writer lock serialises hub processes that start together on one PostgreSQL database.
    return write([&]() -> Result<void> {
        if (auto ok = m_engine->exec("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)");
            !ok)
            return tl::unexpected(ok.error());
        auto rows = m_engine->query("SELECT max(version) FROM schema_version");
        if (!rows)
            return tl::unexpected(rows.error());
        const int64_t current = rows->empty() || rows->front().isNull(0) ? 0 : rows->front().int64(0);
        if (current > schemaVersion())
            return tl::unexpected(Error{ErrorKind::Schema,
                "the hub database has schema version " + std::to_string(current) + ", this build knows up to "
                    + std::to_string(schemaVersion()) + ": use a newer checkin-hub"});
        for (int64_t step = current; step < schemaVersion(); ++step)
            if (auto ok = m_engine->exec(kMigrations[static_cast<size_t>(step)]); !ok)
                return tl::unexpected(Error{
                    ok.error().kind, "schema step " + std::to_string(step + 1) + ": " + ok.error().message});
        if (current < 3)
            if (auto ok = backfillTickets(); !ok)
                return ok;
        if (current < schemaVersion()) {
            (void)m_engine->exec("DELETE FROM schema_version");
            if (auto ok = m_engine->exec(
                    "INSERT INTO schema_version (version) VALUES (?1)", {int64_t{schemaVersion()}});
                !ok)
                return tl::unexpected(ok.error());
        }
        return {};
    });
}

Result<void> HubStore::backfillTickets()
{
    // Cases stored before tickets were kept get theirs (step 3 cannot compute them in SQL), and
    // their center from the kiosk that opened them.
    if (auto ok = m_engine->exec("UPDATE cases SET center_id = (SELECT center_id FROM kiosks WHERE "
                                 "kiosks.kiosk_id = cases.kiosk_id) WHERE center_id = '' AND EXISTS "
                                 "(SELECT 1 FROM kiosks WHERE kiosks.kiosk_id = cases.kiosk_id)");
        !ok)
        return tl::unexpected(ok.error());
    auto rows = m_engine->query("SELECT id FROM cases WHERE ticket IS NULL ORDER BY created_at_ms, id");
    if (!rows)
        return tl::unexpected(rows.error());
    for (const auto &r : *rows) {
        const std::string ticket = cache::ticketNumber(r.text(0));
        if (auto ok = m_engine->exec("UPDATE cases SET ticket = ?2 WHERE id = ?1 AND NOT EXISTS (SELECT 1 "
                                     "FROM cases other WHERE other.ticket = ?2)",
                {r.text(0), ticket});
            !ok)
            return tl::unexpected(ok.error());
    }
    return {};
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

Result<std::vector<PushAnswer>> HubStore::push(
    const KioskIdentity &who, const std::vector<PushItem> &items, int64_t receivedAtMs)
{
    std::vector<PushAnswer> answers;
    bool forbidden = false;
    auto done = write([&]() -> Result<void> {
        answers.clear();
        for (const auto &item : items) {
            auto answer = std::visit(
                [&](const auto &x) -> Result<PushAnswer> {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, PushedCheckIn>)
                        return pushCheckIn(who, x, receivedAtMs);
                    else if constexpr (std::is_same_v<T, PushedCase>)
                        return pushCase(who, x);
                    else
                        return pushAudit(who, x);
                },
                item);
            if (!answer)
                return tl::unexpected(answer.error());
            forbidden = forbidden || answer->result == PushResult::Forbidden;
            answers.push_back(std::move(*answer));
        }
        // Invariant 5: a batch that reaches into another center or kiosk stores nothing.
        if (forbidden)
            return tl::unexpected(invalid("forbidden"));
        return {};
    });
    if (!done && !forbidden)
        return tl::unexpected(done.error());
    return answers;
}

Result<PushAnswer> HubStore::pushCheckIn(
    const KioskIdentity &who, const PushedCheckIn &item, int64_t receivedAtMs)
{
    PushAnswer answer;
    answer.id = item.id;
    if (item.appointmentId) {
        auto center = centerOf(*item.appointmentId);
        if (!center)
            return tl::unexpected(center.error());
        const std::optional<std::string> &owner = *center;
        if (!owner) {
            answer.result = PushResult::Invalid;
            answer.message = "unknown appointment_id";
            return answer;
        }
        if (*owner != who.centerId) {
            answer.result = PushResult::Forbidden;
            answer.message = "the appointment belongs to another center";
            return answer;
        }
    }
    auto known = m_engine->query("SELECT 1 FROM checkins WHERE id = ?1", {item.id});
    if (!known)
        return tl::unexpected(known.error());
    if (!known->empty()) {
        answer.result = PushResult::Duplicate;
        return answer;
    }
    if (item.admitted && item.appointmentId) {
        auto first
            = m_engine->query("SELECT id, kiosk_id, scanned_at_ms FROM checkins WHERE appointment_id = ?1 "
                              "AND admitted = 1 AND result = 'accepted'",
                {*item.appointmentId});
        if (!first)
            return tl::unexpected(first.error());
        if (!first->empty()) {
            answer.result = PushResult::Conflict;
            answer.firstCheckInId = first->front().text(0);
            answer.firstKioskId = first->front().text(1);
            answer.firstScannedAtMs = first->front().int64(2);
        }
    }
    SqlValue seq;
    if (item.admitted && item.appointmentId && answer.result == PushResult::Accepted) {
        auto next = nextSeq(who.centerId);
        if (!next)
            return tl::unexpected(next.error());
        seq = *next;
    }
    auto ok = m_engine->exec(
        "INSERT INTO checkins (id, appointment_id, kiosk_id, operator_id, method, outcome, reason, admitted, "
        "scanned_at_ms, received_at_ms, result, first_id, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
        "?10, "
        "?11, ?12, ?13)",
        {item.id, item.appointmentId ? SqlValue(*item.appointmentId) : SqlValue(), who.kioskId,
            item.operatorId, int64_t{item.method}, int64_t{item.outcome}, int64_t{item.reason},
            int64_t{item.admitted ? 1 : 0}, item.scannedAtMs, receivedAtMs,
            std::string(pushResultName(answer.result)),
            answer.firstCheckInId.empty() ? SqlValue() : SqlValue(answer.firstCheckInId), seq});
    if (!ok)
        return tl::unexpected(ok.error());
    if (item.admitted && item.appointmentId && answer.result == PushResult::Accepted) {
        // Invariant 8: the admission comes back to every case resolved to this appointment.
        const char *method = item.method == 1 ? "lookup" : item.method == 2 ? "manual" : "code";
        if (auto noted = m_engine->exec("INSERT INTO case_events (case_id, n, at_ms, actor, kiosk_id, "
                                        "action, detail) SELECT id, (SELECT "
                                        "count(*) FROM case_events e WHERE e.case_id = cases.id), ?2, ?3, "
                                        "?4, 'checked-in', ?5 FROM cases "
                                        "WHERE appointment_id = ?1 AND center_id = ?6",
                {*item.appointmentId, item.scannedAtMs, item.operatorId, who.kioskId, std::string(method),
                    who.centerId});
            !noted)
            return tl::unexpected(noted.error());
    }
    return answer;
}

Result<PushAnswer> HubStore::pushCase(const KioskIdentity &who, const PushedCase &item)
{
    PushAnswer answer;
    answer.id = item.id;
    if (item.appointmentId) {
        auto center = centerOf(*item.appointmentId);
        if (!center)
            return tl::unexpected(center.error());
        if (const std::optional<std::string> &owner = *center; owner && *owner != who.centerId) {
            answer.result = PushResult::Forbidden;
            answer.message = "the appointment belongs to another center";
            return answer;
        }
    }
    // Tickets are unique at the hub. A ticket another case already holds (45 random bits: about one
    // in 10^8 for a hub with 100,000 cases) is not given twice; that case is found by name instead,
    // and nothing of it is lost.
    const std::string ticket = cache::ticketNumber(item.id);
    auto taken = m_engine->query("SELECT id FROM cases WHERE ticket = ?1 AND id <> ?2", {ticket, item.id});
    if (!taken)
        return tl::unexpected(taken.error());
    auto changed = m_engine->exec(
        "INSERT INTO cases (id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, person, "
        "ticket, given_name, family_name, birth_date, center_id, contact) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) ON CONFLICT (id) DO NOTHING",
        {item.id, who.kioskId, item.appointmentId ? SqlValue(*item.appointmentId) : SqlValue(),
            item.checkInId, item.kind, item.note, item.createdAtMs, item.person,
            taken->empty() ? SqlValue(ticket) : SqlValue(), item.givenName, item.familyName, item.birthDate,
            who.centerId, item.contact});
    if (!changed)
        return tl::unexpected(changed.error());
    answer.result = *changed ? PushResult::Accepted : PushResult::Duplicate;
    if (answer.result == PushResult::Accepted)
        if (auto noted = addEvent(item.id, item.createdAtMs, item.operatorId, who.kioskId, "opened", {});
            !noted)
            return tl::unexpected(noted.error());
    return answer;
}

Result<PushAnswer> HubStore::pushAudit(const KioskIdentity &who, const PushedAudit &item)
{
    PushAnswer answer;
    answer.id = item.id;
    using Action = PushedAudit::Action;
    if (item.action == Action::Annulment) {
        // Invariant 9: the check-in's center is its appointment's; one without an appointment
        // admitted nobody and only its own kiosk may annul it.
        auto owner = m_engine->query("SELECT c.kiosk_id, a.center_id, c.appointment_id FROM checkins c "
                                     "LEFT JOIN appointments a ON a.id = c.appointment_id WHERE c.id = ?1",
            {item.checkInId});
        if (!owner)
            return tl::unexpected(owner.error());
        if (!owner->empty()) {
            const auto &o = owner->front();
            const bool ours
                = o.isNull(2) ? o.text(0) == who.kioskId : !o.isNull(1) && o.text(1) == who.centerId;
            if (!ours) {
                answer.result = PushResult::Forbidden;
                answer.message = "the check-in belongs to another center";
                return answer;
            }
        }
    }
    if (item.action == Action::Confirmation) {
        auto center = centerOf(item.appointmentId.value_or(0));
        if (!center)
            return tl::unexpected(center.error());
        const std::optional<std::string> &owner = *center;
        if (!owner) {
            answer.result = PushResult::Invalid;
            answer.message = "unknown appointment_id";
            return answer;
        }
        if (*owner != who.centerId) {
            answer.result = PushResult::Forbidden;
            answer.message = "the appointment belongs to another center";
            return answer;
        }
    }
    const char *action = item.action == Action::Annulment ? "annulment"
        : item.action == Action::Confirmation             ? "confirmation"
                                                          : "audit";
    auto changed = m_engine->exec("INSERT INTO audit (id, kiosk_id, at_ms, action, detail) VALUES (?1, ?2, "
                                  "?3, ?4, ?5) ON CONFLICT DO NOTHING",
        {item.id, who.kioskId, item.atMs, std::string(action), item.detail});
    if (!changed)
        return tl::unexpected(changed.error());
    answer.result = *changed ? PushResult::Accepted : PushResult::Duplicate;
    if (answer.result != PushResult::Accepted)
        return answer;
    if (item.action == Action::Annulment) {
        // An annulled admission no longer blocks the appointment (and is no longer "accepted"); an
        // admission takes the center's next seq, so its kiosks learn it (invariant 9). A check-in
        // that admitted nobody changes no kiosk's reading and keeps its place.
        auto target = m_engine->query(
            "SELECT admitted, seq FROM checkins WHERE id = ?1 AND result = 'accepted'", {item.checkInId});
        if (!target)
            return tl::unexpected(target.error());
        if (!target->empty()) {
            SqlValue seq;
            if (!target->front().isNull(1)) {
                auto next = nextSeq(who.centerId);
                if (!next)
                    return tl::unexpected(next.error());
                seq = *next;
            }
            if (auto ok = m_engine->exec("UPDATE checkins SET result = 'annulled', annulled_at_ms = ?2, "
                                         "annulled_by = ?3, seq = COALESCE(?4, seq) WHERE id = ?1",
                    {item.checkInId, item.atMs, who.kioskId, seq});
                !ok)
                return tl::unexpected(ok.error());
        }
    }
    if (item.action == Action::Confirmation) {
        // A pending booking confirmed on site becomes real: a new version every kiosk's delta carries.
        auto seq = nextSeq(who.centerId);
        if (!seq)
            return tl::unexpected(seq.error());
        if (auto ok = m_engine->exec("UPDATE appointments SET status = 0, version = version + 1, seq = ?2 "
                                     "WHERE id = ?1 AND status = 2",
                {item.appointmentId.value_or(0), *seq});
            !ok)
            return tl::unexpected(ok.error());
    }
    return answer;
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

Result<int64_t> HubStore::checkInCount()
{
    auto rows = m_engine->query("SELECT count(*) FROM checkins");
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->front().int64(0);
}

Result<std::vector<Conflict>> HubStore::conflicts()
{
    auto rows = m_engine->query(
        "SELECT c.id, c.appointment_id, c.kiosk_id, c.scanned_at_ms, f.id, f.kiosk_id, f.scanned_at_ms "
        "FROM checkins c JOIN checkins f ON f.id = c.first_id WHERE c.result = 'conflict' ORDER BY c.id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<Conflict> out;
    for (const auto &r : *rows)
        out.push_back({r.text(0), r.int64(1), r.text(2), r.int64(3), r.text(4), r.text(5), r.int64(6)});
    return out;
}

Result<std::vector<ClearingCase>> HubStore::cases(bool openOnly)
{
    auto rows = m_engine->query(
        std::string(
            "SELECT id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, state, resolution, "
            "person, ticket, given_name, family_name, birth_date, center_id, day, contact, resolved_at_ms "
            "FROM cases")
        + (openOnly ? " WHERE state = 'open'" : "") + " ORDER BY created_at_ms, id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<ClearingCase> out;
    for (const auto &r : *rows) {
        ClearingCase c;
        c.id = r.text(0);
        c.kioskId = r.text(1);
        if (!r.isNull(2))
            c.appointmentId = r.int64(2);
        c.checkInId = r.text(3);
        c.kind = r.text(4);
        c.note = r.text(5);
        c.createdAtMs = r.int64(6);
        c.state = r.text(7);
        c.resolution = r.text(8);
        c.person = r.text(9);
        if (!r.isNull(10))
            c.ticket = r.text(10);
        c.givenName = r.text(11);
        c.familyName = r.text(12);
        c.birthDate = r.text(13);
        c.centerId = r.text(14);
        if (!r.isNull(15))
            c.day = r.text(15);
        c.contact = r.text(16);
        if (!r.isNull(17))
            c.resolvedAtMs = r.int64(17);
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::optional<ClearingCase>> HubStore::findCase(const std::string &id)
{
    auto all = cases(false);
    if (!all)
        return tl::unexpected(all.error());
    for (auto &c : *all)
        if (c.id == id)
            return std::optional<ClearingCase>(std::move(c));
    return std::optional<ClearingCase>();
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

Result<void> HubStore::addEvent(const std::string &caseId, int64_t atMs, const std::string &actor,
    const std::string &kioskId, const std::string &action, const std::string &detail)
{
    // n numbers a case's lines in the order they were written (the history's order).
    auto ok = m_engine->exec(
        "INSERT INTO case_events (case_id, n, at_ms, actor, kiosk_id, action, detail) VALUES "
        "(?1, (SELECT count(*) FROM case_events WHERE case_id = ?1), ?2, ?3, ?4, ?5, ?6)",
        {caseId, atMs, actor, kioskId, action, detail});
    if (!ok)
        return tl::unexpected(ok.error());
    return {};
}

const char *resolutionKindName(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::Confirmed:
        return "confirmed";
    case ResolutionKind::WalkIn:
        return "walk-in";
    case ResolutionKind::Attached:
        break;
    }
    return "attached";
}

Result<bool> HubStore::resolveTo(const std::string &id, int64_t appointmentId, ResolutionKind kind,
    const std::string &resolution, int64_t atMs, const std::string &centerId)
{
    auto seq = nextSeq(centerId);
    if (!seq)
        return tl::unexpected(seq.error());
    auto ok = m_engine->exec(
        "UPDATE cases SET appointment_id = ?2, state = 'closed', resolution = ?3, resolution_kind = ?4, "
        "resolved_at_ms = ?5, seq = ?6 WHERE id = ?1 AND state = 'open'",
        {id, appointmentId, resolution, std::string(resolutionKindName(kind)), atMs, *seq});
    if (!ok)
        return tl::unexpected(ok.error());
    return *ok > 0;
}

Result<bool> HubStore::attachCase(
    const std::string &id, int64_t appointmentId, const std::string &resolution, int64_t atMs)
{
    bool changed = false;
    auto done = write([&]() -> Result<void> {
        auto rows
            = m_engine->query("SELECT center_id, status, booking_ref, day, slot_start FROM appointments "
                              "WHERE id = ?1",
                {appointmentId});
        if (!rows)
            return tl::unexpected(rows.error());
        if (rows->empty())
            return {};
        const std::string center = rows->front().text(0);
        const bool pending
            = rows->front().int64(1) == static_cast<int64_t>(cache::AppointmentStatus::Pending);
        auto resolved = resolveTo(id, appointmentId,
            pending ? ResolutionKind::Confirmed : ResolutionKind::Attached, resolution, atMs, center);
        if (!resolved)
            return tl::unexpected(resolved.error());
        changed = *resolved;
        if (!changed)
            return {};
        if (pending) {
            // The desk confirms the booking attempt: a new version every kiosk's delta carries.
            auto seq = nextSeq(center);
            if (!seq)
                return tl::unexpected(seq.error());
            if (auto ok = m_engine->exec(
                    "UPDATE appointments SET status = 0, version = version + 1, seq = ?2 WHERE id = ?1",
                    {appointmentId, *seq});
                !ok)
                return tl::unexpected(ok.error());
        }
        const std::string detail = rows->front().text(2) + " " + rows->front().text(3);
        if (auto noted = addEvent(id, atMs, "desk", {}, pending ? "confirmed" : "attached", detail); !noted)
            return noted;
        return addEvent(id, atMs, "desk", {}, "note", resolution);
    });
    if (!done)
        return tl::unexpected(done.error());
    return changed;
}

Result<WalkIn> HubStore::admitWalkIn(
    const std::string &id, const std::string &day, int capacity, const std::string &resolution, int64_t atMs)
{
    WalkIn result = WalkIn::Admitted;
    auto done = write([&]() -> Result<void> {
        auto found = m_engine->query("SELECT center_id, ticket, given_name, family_name, birth_date, state "
                                     "FROM cases WHERE id = ?1",
            {id});
        if (!found)
            return tl::unexpected(found.error());
        if (found->empty() || found->front().text(5) != "open") {
            result = WalkIn::Closed;
            return {};
        }
        const auto &c = found->front();
        const std::string center = c.text(0);
        // Only walk-ins carry a day.
        auto count
            = m_engine->query("SELECT count(*) FROM cases WHERE day = ?1 AND center_id = ?2", {day, center});
        if (!count)
            return tl::unexpected(count.error());
        if (count->front().int64(0) >= capacity) {
            result = WalkIn::NoCapacity;
            return {};
        }
        // The walk-in's own appointment: the whole day, confirmed, found at the door by the ticket
        // or by the person's name like any booking.
        auto next
            = m_engine->query("UPDATE meta SET value = value + 1 WHERE key = 'walk_in' RETURNING value");
        if (!next)
            return tl::unexpected(next.error());
        if (next->empty())
            return tl::unexpected(Error{ErrorKind::Corrupt, "the hub database has no walk-in counter"});
        const int64_t appointmentId = kWalkInIdBase + next->front().int64(0);
        auto seq = nextSeq(center);
        if (!seq)
            return tl::unexpected(seq.error());
        const std::string ref
            = c.isNull(1) ? "WALKIN-" + std::to_string(appointmentId - kWalkInIdBase) : c.text(1);
        if (auto ok = m_engine->exec("INSERT INTO appointments (id, booking_ref, code, center_id, day, "
                                     "slot_start, slot_end, status, "
                                     "given_name, family_name, birth_date, postal_code, language, version, "
                                     "seq) VALUES (?1, ?2, '', "
                                     "?3, ?4, 0, 1440, 0, ?5, ?6, ?7, '', '', 1, ?8)",
                {appointmentId, ref, center, day, c.text(2), c.text(3), c.text(4), *seq});
            !ok)
            return tl::unexpected(ok.error());
        if (auto ok = m_engine->exec("UPDATE cases SET day = ?2 WHERE id = ?1", {id, day}); !ok)
            return tl::unexpected(ok.error());
        auto resolved = resolveTo(id, appointmentId, ResolutionKind::WalkIn, resolution, atMs, center);
        if (!resolved)
            return tl::unexpected(resolved.error());
        if (auto noted = addEvent(id, atMs, "desk", {}, "walk-in", day); !noted)
            return noted;
        return addEvent(id, atMs, "desk", {}, "note", resolution);
    });
    if (!done)
        return tl::unexpected(done.error());
    return result;
}

Result<bool> HubStore::closeCase(const std::string &id, const std::string &resolution, int64_t atMs)
{
    bool changed = false;
    auto done = write([&]() -> Result<void> {
        auto ok = m_engine->exec(
            "UPDATE cases SET state = 'closed', resolution = ?2, resolution_kind = 'closed', "
            "resolved_at_ms = ?3 WHERE id = ?1 AND state = 'open'",
            {id, resolution, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        changed = *ok > 0;
        if (!changed)
            return {};
        return addEvent(id, atMs, "desk", {}, "closed", resolution);
    });
    if (!done)
        return tl::unexpected(done.error());
    return changed;
}

Result<std::string> HubStore::openDeskCase(const DeskOpenedCase &d, int64_t atMs)
{
    const std::string id = cache::newTimeOrderedId(atMs);
    const std::string ticket = cache::ticketNumber(id);
    std::string person = d.givenName + " " + d.familyName + " (" + d.birthDate + ")";
    if (!d.contact.empty())
        person += ", " + d.contact;
    auto done = write([&]() -> Result<void> {
        auto taken = m_engine->query("SELECT id FROM cases WHERE ticket = ?1", {ticket});
        if (!taken)
            return tl::unexpected(taken.error());
        auto ok = m_engine->exec(
            "INSERT INTO cases (id, kiosk_id, appointment_id, checkin_id, kind, note, created_at_ms, person, "
            "ticket, given_name, family_name, birth_date, center_id, contact) VALUES (?1, '', NULL, '', "
            "'desk', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            {id, d.account, atMs, person, taken->empty() ? SqlValue(ticket) : SqlValue(), d.givenName,
                d.familyName, d.birthDate, d.centerId, d.contact});
        if (!ok)
            return tl::unexpected(ok.error());
        return addEvent(id, atMs, "desk", {}, "opened", {});
    });
    if (!done)
        return tl::unexpected(done.error());
    return id;
}

Result<std::vector<CaseEvent>> HubStore::caseHistory(const std::string &id)
{
    auto rows
        = m_engine->query("SELECT at_ms, actor, kiosk_id, action, detail FROM case_events WHERE case_id = "
                          "?1 ORDER BY n",
            {id});
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<CaseEvent> out;
    for (const auto &r : *rows)
        out.push_back({r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4)});
    return out;
}

Result<std::vector<std::string>> HubStore::centers()
{
    auto rows = m_engine->query("SELECT center_id FROM kiosks UNION SELECT center_id FROM appointments "
                                "UNION SELECT center_id FROM cases WHERE center_id <> '' ORDER BY 1");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<std::string> out;
    for (const auto &r : *rows)
        out.push_back(r.text(0));
    return out;
}

Result<DayReport> HubStore::dayReport(
    const std::string &centerId, const std::string &day, int64_t startMs, int64_t endMs, int nowMinute)
{
    DayReport report;
    report.centerId = centerId;
    report.day = day;
    auto one = [&](std::string_view sql, const std::vector<SqlValue> &params) -> Result<int64_t> {
        auto rows = m_engine->query(sql, params);
        if (!rows)
            return tl::unexpected(rows.error());
        return rows->empty() ? 0 : rows->front().int64(0);
    };
    // The same reading as the kiosk's figures: an admission is an accepted admitting check-in.
    const char *admitted
        = "EXISTS (SELECT 1 FROM checkins c WHERE c.appointment_id = a.id AND c.admitted = 1 "
          "AND c.result = 'accepted')";
    const std::vector<SqlValue> cd{centerId, day, kWalkInIdBase};
    auto booked
        = one("SELECT count(*) FROM appointments a WHERE center_id = ?1 AND day = ?2 AND status = 0 AND "
              "id < ?3",
            cd);
    auto arrived
        = one(std::string("SELECT count(*) FROM appointments a WHERE center_id = ?1 AND day = ?2 AND "
                          "status = 0 AND id < ?3 AND ")
                + admitted,
            cd);
    auto noShows
        = one(std::string("SELECT count(*) FROM appointments a WHERE center_id = ?1 AND day = ?2 AND "
                          "status = 0 AND id < ?3 AND slot_end <= ?4 AND NOT ")
                + admitted,
            {centerId, day, kWalkInIdBase, int64_t{nowMinute < 0 ? 1440 : nowMinute}});
    auto walkIns = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND day = ?2 AND resolution_kind = "
                       "'walk-in'",
        {centerId, day});
    auto kioskConfirmations
        = one("SELECT count(*) FROM audit u JOIN kiosks k ON k.kiosk_id = u.kiosk_id WHERE "
              "u.action = 'confirmation' AND k.center_id = ?1 AND u.at_ms >= ?2 AND u.at_ms < ?3",
            {centerId, startMs, endMs});
    auto deskConfirmations = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND resolution_kind = "
                                 "'confirmed' AND resolved_at_ms >= ?2 AND resolved_at_ms < ?3",
        {centerId, startMs, endMs});
    auto opened
        = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND created_at_ms >= ?2 AND created_at_ms "
              "< ?3",
            {centerId, startMs, endMs});
    auto resolved = one("SELECT count(*) FROM cases WHERE center_id = ?1 AND resolved_at_ms >= ?2 AND "
                        "resolved_at_ms < ?3",
        {centerId, startMs, endMs});
    for (const auto *r :
        {&booked, &arrived, &noShows, &walkIns, &kioskConfirmations, &deskConfirmations, &opened, &resolved})
        if (!*r)
            return tl::unexpected(r->error());
    report.booked = *booked;
    report.arrived = *arrived;
    report.noShows = *noShows;
    report.walkIns = *walkIns;
    report.onSiteConfirmations = *kioskConfirmations + *deskConfirmations;
    report.casesOpened = *opened;
    report.casesResolved = *resolved;
    return report;
}

Result<KeyListUpdate> HubStore::setKeyList(const std::string &document, int64_t version)
{
    KeyListUpdate update = KeyListUpdate::Stored;
    auto done = write([&]() -> Result<void> {
        auto current = m_engine->query("SELECT document, version FROM keylist WHERE one = 1");
        if (!current)
            return tl::unexpected(current.error());
        if (!current->empty()) {
            const auto &row = current->front();
            if (version < row.int64(1) || (version == row.int64(1) && document != row.text(0))) {
                update = KeyListUpdate::Rollback;
                return {};
            }
            if (version == row.int64(1)) {
                update = KeyListUpdate::Unchanged;
                return {};
            }
        }
        auto ok = m_engine->exec(
            "INSERT INTO keylist (one, document, version) VALUES (1, ?1, ?2) "
            "ON CONFLICT (one) DO UPDATE SET document = excluded.document, version = excluded.version",
            {document, version});
        if (!ok)
            return tl::unexpected(ok.error());
        // Every kiosk fetches the key list before its delta: waking all long-polls (here and, by
        // the commit's NOTIFY, in every other hub process) brings the new list within one round.
        return touchEveryCenter();
    });
    if (!done)
        return tl::unexpected(done.error());
    return update;
}

Result<std::pair<std::string, int64_t>> HubStore::keyList()
{
    auto rows = m_engine->query("SELECT document, version FROM keylist WHERE one = 1");
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::pair<std::string, int64_t>{"", 0};
    return std::pair<std::string, int64_t>{rows->front().text(0), rows->front().int64(1)};
}

Result<void> HubStore::saveStatus(const std::string &kioskId, const std::string &document, int64_t atMs)
{
    return write([&]() -> Result<void> {
        auto ok = m_engine->exec(
            "INSERT INTO kiosk_status (kiosk_id, document, at_ms) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (kiosk_id) DO UPDATE SET document = excluded.document, at_ms = excluded.at_ms",
            {kioskId, document, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        return {};
    });
}

Result<std::vector<std::pair<std::string, std::string>>> HubStore::statuses()
{
    auto rows = m_engine->query("SELECT kiosk_id, document FROM kiosk_status ORDER BY kiosk_id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto &r : *rows)
        out.emplace_back(r.text(0), r.text(1));
    return out;
}

Result<void> HubStore::addKiosk(const ProvisionedKiosk &kiosk, const std::string &tokenHash)
{
    return write([&]() -> Result<void> {
        auto existing
            = m_engine->query("SELECT revoked_at_ms FROM kiosks WHERE kiosk_id = ?1", {kiosk.kioskId});
        if (!existing)
            return tl::unexpected(existing.error());
        if (!existing->empty() && existing->front().isNull(0))
            return tl::unexpected(
                invalid("kiosk " + kiosk.kioskId + " already has a token: revoke it first"));
        auto ok = m_engine->exec(
            "INSERT INTO kiosks (kiosk_id, center_id, token_hash, created_at_ms, revoked_at_ms) "
            "VALUES (?1, ?2, ?3, ?4, NULL) ON CONFLICT (kiosk_id) DO UPDATE SET center_id = "
            "excluded.center_id, "
            "token_hash = excluded.token_hash, created_at_ms = excluded.created_at_ms, revoked_at_ms = NULL",
            {kiosk.kioskId, kiosk.centerId, tokenHash, kiosk.createdAtMs});
        if (!ok)
            return tl::unexpected(ok.error());
        return {};
    });
}

Result<bool> HubStore::revokeKiosk(const std::string &kioskId, int64_t atMs)
{
    int64_t changed = 0;
    auto done = write([&]() -> Result<void> {
        auto ok = m_engine->exec(
            "UPDATE kiosks SET revoked_at_ms = ?2 WHERE kiosk_id = ?1 AND revoked_at_ms IS NULL",
            {kioskId, atMs});
        if (!ok)
            return tl::unexpected(ok.error());
        changed = *ok > 0;
        return {};
    });
    if (!done)
        return tl::unexpected(done.error());
    return changed > 0;
}

Result<std::vector<ProvisionedKiosk>> HubStore::kiosks()
{
    auto rows = m_engine->query(
        "SELECT kiosk_id, center_id, created_at_ms, revoked_at_ms FROM kiosks ORDER BY center_id, kiosk_id");
    if (!rows)
        return tl::unexpected(rows.error());
    std::vector<ProvisionedKiosk> out;
    for (const auto &r : *rows)
        out.push_back({r.text(0), r.text(1), r.int64(2),
            r.isNull(3) ? std::optional<int64_t>() : std::optional<int64_t>(r.int64(3))});
    return out;
}

Result<std::optional<KioskIdentity>> HubStore::kioskForTokenHash(const std::string &tokenHash)
{
    auto rows = m_engine->query(
        "SELECT kiosk_id, center_id, token_hash FROM kiosks WHERE token_hash = ?1 AND revoked_at_ms IS NULL",
        {tokenHash});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->empty())
        return std::optional<KioskIdentity>();
    return std::optional<KioskIdentity>(KioskIdentity{rows->front().text(0), rows->front().text(1)});
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
