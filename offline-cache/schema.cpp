// Migrations: each entry turns version N-1 into N. Never edit a released step; add a new one.
#include "offline-cache/schema.h"

#include <array>
#include <string>
#include <vector>

namespace checkin::cache {

namespace {

// Invariants:
// 1. PRAGMA user_version equals the number of steps applied.
// 2. Each step runs in its own transaction together with the user_version bump.
constexpr std::array kSteps = {
    // 1: appointments and check-ins.
    R"sql(
CREATE TABLE appointments (
    id           INTEGER PRIMARY KEY,
    booking_ref  TEXT NOT NULL UNIQUE,
    code_digest  TEXT UNIQUE,
    center_id    TEXT NOT NULL,
    day          TEXT NOT NULL,
    slot_start   INTEGER NOT NULL,
    slot_end     INTEGER NOT NULL,
    status       INTEGER NOT NULL DEFAULT 0,
    given_name   TEXT,
    family_name  TEXT,
    birth_date   TEXT,
    postal_code  TEXT,
    language     TEXT,
    version      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appointments_day ON appointments(day, slot_start);
CREATE TABLE checkins (
    id              TEXT PRIMARY KEY,
    appointment_id  INTEGER,
    kiosk_id        TEXT NOT NULL,
    operator_id     TEXT NOT NULL DEFAULT '',
    method          INTEGER NOT NULL,
    outcome         INTEGER NOT NULL,
    reason          INTEGER NOT NULL,
    scanned_at_ms   INTEGER NOT NULL,
    sync_state      INTEGER NOT NULL DEFAULT 0,
    admitted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checkins_appointment ON checkins(appointment_id);
-- At most one admitting check-in per appointment: the store itself refuses a double admission.
CREATE UNIQUE INDEX checkins_admitted ON checkins(appointment_id) WHERE admitted = 1;
CREATE INDEX checkins_sync ON checkins(sync_state, id);
)sql",
    // 2: outbox, key list, sync cursors, audit log, clearing cases, annulments, appointment details.
    R"sql(
ALTER TABLE appointments ADD COLUMN dose INTEGER;
ALTER TABLE appointments ADD COLUMN eligibility_group TEXT;
ALTER TABLE appointments ADD COLUMN email_hash TEXT;
ALTER TABLE appointments ADD COLUMN phone_hash TEXT;
ALTER TABLE appointments ADD COLUMN pending_attempt_ms INTEGER;
-- Folded search keys (ASCII, lower case) and Koelner Phonetik codes, written at import.
ALTER TABLE appointments ADD COLUMN given_key TEXT;
ALTER TABLE appointments ADD COLUMN family_key TEXT;
CREATE INDEX appointments_birth ON appointments(birth_date);
-- A deletion from the hub leaves its version behind, so that an older upsert cannot bring it back.
CREATE TABLE appointment_tombstones (
    id       INTEGER PRIMARY KEY,
    version  INTEGER NOT NULL
);
ALTER TABLE checkins ADD COLUMN annulled_at_ms INTEGER;
ALTER TABLE checkins ADD COLUMN annulled_by TEXT;
ALTER TABLE checkins ADD COLUMN annul_reason TEXT;
-- An annulled admission no longer counts, so the person can be admitted again.
DROP INDEX checkins_admitted;
CREATE UNIQUE INDEX checkins_admitted ON checkins(appointment_id)
    WHERE admitted = 1 AND annulled_at_ms IS NULL;
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    kind             INTEGER NOT NULL,
    payload          TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms  INTEGER NOT NULL DEFAULT 0,
    created_ms       INTEGER NOT NULL
);
CREATE TABLE key_list (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    version    INTEGER NOT NULL,
    blob       BLOB NOT NULL
);
CREATE TABLE sync_cursors (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    at_ms        INTEGER NOT NULL,
    kiosk_id     TEXT NOT NULL,
    operator_id  TEXT NOT NULL DEFAULT '',
    action       INTEGER NOT NULL,
    outcome      INTEGER NOT NULL,
    subject      TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TABLE clearing_cases (
    id            TEXT PRIMARY KEY,
    opened_at_ms  INTEGER NOT NULL,
    kiosk_id      TEXT NOT NULL,
    operator_id   TEXT NOT NULL DEFAULT '',
    given_name    TEXT,
    family_name   TEXT,
    birth_date    TEXT,
    contact       TEXT,
    account       TEXT,
    status        INTEGER NOT NULL DEFAULT 0
);
)sql",
    // 3: the name lookup runs on an in-memory index (AppointmentLookup); the birth-date index only
    // slowed imports down.
    R"sql(
DROP INDEX IF EXISTS appointments_birth;
)sql",
    // 4: outbox rows hold their item's fields as typed columns instead of JSON text, so the store
    // knows no wire format (the sync layer builds the messages). The old JSON rows are converted by
    // kLegacyOutboxSelect, appended to this step below.
    R"sql(
ALTER TABLE outbox RENAME TO outbox_v3;
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    kind             INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms  INTEGER NOT NULL DEFAULT 0,
    created_ms       INTEGER NOT NULL,
    -- the item: which columns a kind uses is written down once, in outbox.cpp
    at_ms            INTEGER NOT NULL,
    kiosk_id         TEXT NOT NULL DEFAULT '',
    operator_id      TEXT NOT NULL DEFAULT '',
    appointment_id   INTEGER,
    checkin_id       TEXT NOT NULL DEFAULT '',
    method           INTEGER NOT NULL DEFAULT 0,
    outcome          INTEGER NOT NULL DEFAULT 0,
    reason           INTEGER NOT NULL DEFAULT 0,
    admitted         INTEGER NOT NULL DEFAULT 0,
    action           INTEGER NOT NULL DEFAULT 0,
    subject          TEXT NOT NULL DEFAULT '',
    given_name       TEXT,
    family_name      TEXT,
    birth_date       TEXT,
    contact          TEXT,
    note             TEXT NOT NULL DEFAULT ''
);
INSERT INTO outbox (seq, id, kind, attempts, next_attempt_ms, created_ms, at_ms, kiosk_id, operator_id,
    appointment_id, checkin_id, method, outcome, reason, admitted, action, subject, given_name,
    family_name, birth_date, contact, note)
)sql",
    // 5: when a booking attempt was confirmed on site (the day's figures count them; a later
    // download from the hub leaves the column alone).
    R"sql(
ALTER TABLE appointments ADD COLUMN confirmed_on_site_ms INTEGER;
)sql",
    // 6: the clearing desk's resolutions of this center's cases: the ticket a person holds names the
    // appointment the desk attached, confirmed or made for a walk-in.
    R"sql(
CREATE TABLE desk_resolutions (
    case_id        TEXT PRIMARY KEY,
    ticket         TEXT NOT NULL,
    appointment_id INTEGER NOT NULL,
    kind           INTEGER NOT NULL,
    resolved_at_ms INTEGER NOT NULL
);
CREATE INDEX desk_resolutions_ticket ON desk_resolutions(ticket);
)sql",
};

constexpr int kOutboxTypedStep = 4;

// The v3 outbox's JSON payloads as typed columns (seq first, then the columns in outbox.cpp's
// order). Used once by migration 4 and by recovery from a damaged file older than that; unreadable
// JSON gives an item with its times and defaults rather than losing it.
constexpr std::string_view kLegacyOutboxSelect = R"sql(
SELECT seq, id, kind, attempts, next_attempt_ms, created_ms,
    coalesce(json_extract(p, '$.scanned_at_ms'), json_extract(p, '$.opened_at_ms'),
             json_extract(p, '$.at_ms'), json_extract(p, '$.confirmed_at_ms'),
             json_extract(p, '$.annulled_at_ms'), created_ms),
    coalesce(json_extract(p, '$.kiosk_id'), ''), coalesce(json_extract(p, '$.operator_id'), ''),
    json_extract(p, '$.appointment_id'), coalesce(json_extract(p, '$.checkin_id'), ''),
    coalesce(json_extract(p, '$.method'), 0), coalesce(json_extract(p, '$.outcome'), 0),
    CASE WHEN kind = 4 THEN 0 ELSE coalesce(json_extract(p, '$.reason'), 0) END,
    coalesce(json_extract(p, '$.admitted'), 0), coalesce(json_extract(p, '$.action'), 0),
    coalesce(json_extract(p, '$.subject'), ''),
    json_extract(p, '$.given_name'), json_extract(p, '$.family_name'), json_extract(p, '$.birth_date'),
    json_extract(p, '$.contact'),
    CASE kind WHEN 4 THEN coalesce(json_extract(p, '$.reason'), '')
              WHEN 1 THEN coalesce(json_extract(p, '$.account'), '') ELSE '' END
FROM (SELECT *, CASE WHEN json_valid(payload) THEN payload ELSE '{}' END AS p FROM @TABLE@)
ORDER BY seq)sql";

std::string stepSql(int n)
{
    std::string sql = kSteps[static_cast<size_t>(n - 1)];
    if (n == kOutboxTypedStep)
        sql += legacyOutboxSelect("outbox_v3") + ";\nDROP TABLE outbox_v3;\n";
    return sql;
}

Result<void> applyStep(Database &db, int step)
{
    return db.transaction([&]() -> Result<void> {
        if (auto ok = db.exec(stepSql(step)); !ok)
            return ok;
        return db.exec("PRAGMA user_version=" + std::to_string(step));
    });
}

} // namespace

std::string legacyOutboxSelect(std::string_view table)
{
    std::string sql(kLegacyOutboxSelect);
    const std::string_view marker = "@TABLE@";
    sql.replace(sql.find(marker), marker.size(), table);
    return sql;
}

int outboxTypedSchemaVersion()
{
    return kOutboxTypedStep;
}

int latestSchemaVersion()
{
    return static_cast<int>(kSteps.size());
}

Result<void> migrateTo(Database &db, int version)
{
    auto current = db.scalar("PRAGMA user_version");
    if (!current)
        return tl::unexpected(current.error());
    if (*current > latestSchemaVersion())
        return tl::unexpected(Error{ErrorKind::Schema,
            "database schema version " + std::to_string(*current) + " is newer than this program ("
                + std::to_string(latestSchemaVersion()) + ")"});
    for (int step = static_cast<int>(*current) + 1; step <= version; ++step) {
        if (auto ok = applyStep(db, step); !ok)
            return ok;
    }
    return {};
}

Result<void> migrate(Database &db)
{
    return migrateTo(db, latestSchemaVersion());
}

} // namespace checkin::cache
