// Helpers shared by the offline-cache tests.
#pragma once

#include "offline-cache/database.h"

#include <string>

namespace checkin::testing {

/// The first line of PRAGMA integrity_check: "ok" for a sound file.
inline std::string integrityCheck(cache::Database &db)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error().message;
    auto row = stmt->step();
    if (!row)
        return row.error().message;
    return *row ? stmt->text(0) : std::string("no result");
}

} // namespace checkin::testing
