// HubStore: the hub's versioned schema, its migration steps and what they backfill.
#include "offline-cache/ticketnumber.h"
#include "sync/hub/hubstore.h"
#include "sync/hub/sqlengine.h"

#include <array>

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

namespace {

// The hub's schema is its own and versioned apart from the kiosk's. Step N brings a database from
// version N-1 to N; a step is never edited once shipped, a change is a new step. Step 1 is the
// schema hub files had before versioning (IF NOT EXISTS: such a file simply gains the table).
constexpr std::array<std::string_view, 6> kMigrations = {
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
    // A person's own desk sign-in: the case history names who resolved a case. Only the access
    // key's hash is kept, as for kiosk tokens.
    R"sql(
CREATE TABLE desk_users (name TEXT PRIMARY KEY, key_hash TEXT NOT NULL, created_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT);
)sql",
};

} // namespace

int HubStore::schemaVersion()
{
    return static_cast<int>(kMigrations.size());
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

} // namespace checkin::sync
