// Migrations: each entry turns version N-1 into N. Never edit a released step; add a new one.
#include "offline-cache/schema.h"

#include <array>
#include <string>

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
};

Result<void> applyStep(Database &db, int step)
{
    return db.transaction([&]() -> Result<void> {
        if (auto ok = db.exec(kSteps[static_cast<size_t>(step - 1)]); !ok)
            return ok;
        return db.exec("PRAGMA user_version=" + std::to_string(step));
    });
}

} // namespace

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
