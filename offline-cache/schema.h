// The store's versioned schema and its forward migrations.
#pragma once

#include "offline-cache/database.h"

#include <string>
#include <string_view>

namespace checkin::cache {

/// The newest schema version this build writes.
int latestSchemaVersion();

/// Brings the database from its PRAGMA user_version to latestSchemaVersion(), one step per
/// transaction. A file newer than this build is refused with ErrorKind::Schema.
Result<void> migrate(Database &db);

/// Applies migrations only up to `version` (tests build old files this way).
Result<void> migrateTo(Database &db, int version);

/// The schema version from which outbox rows hold typed columns instead of JSON text.
int outboxTypedSchemaVersion();
/// A SELECT turning the JSON rows of an older outbox `table` into the typed columns (seq first).
std::string legacyOutboxSelect(std::string_view table);

} // namespace checkin::cache
