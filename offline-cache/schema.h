// The store's versioned schema and its forward migrations.
#pragma once

#include "offline-cache/database.h"

namespace checkin::cache {

/// The newest schema version this build writes.
int latestSchemaVersion();

/// Brings the database from its PRAGMA user_version to latestSchemaVersion(), one step per
/// transaction. A file newer than this build is refused with ErrorKind::Schema.
Result<void> migrate(Database &db);

/// Applies migrations only up to `version` (tests build old files this way).
Result<void> migrateTo(Database &db, int version);

} // namespace checkin::cache
