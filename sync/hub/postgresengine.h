// The hub's engine for a state: PostgreSQL 15 through libpq, shared by several hub processes.
#pragma once

#include "sync/hub/sqlengine.h"

namespace checkin::sync {

/// Connects to the database `conninfo` names (a libpq URI or keyword string).
cache::Result<std::unique_ptr<SqlEngine>> openPostgresEngine(const std::string &conninfo);

} // namespace checkin::sync
