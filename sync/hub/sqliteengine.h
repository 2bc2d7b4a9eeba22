// The hub's embedded engine: one SQLite file, WAL, synchronous=FULL (one center, a demo, a test).
#pragma once

#include "sync/hub/sqlengine.h"

namespace checkin::sync {

/// Opens (creating when missing) the SQLite file at `path`; an empty path is refused.
cache::Result<std::unique_ptr<SqlEngine>> openSqliteEngine(const std::string &path);

} // namespace checkin::sync
