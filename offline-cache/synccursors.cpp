// SyncCursors: a two-column table.
#include "offline-cache/synccursors.h"

#include "offline-cache/database.h"

namespace checkin::cache {

SyncCursors::SyncCursors(Database &db)
    : m_db(db)
{ }

Result<void> SyncCursors::set(std::string_view name, std::string_view value)
{
    auto stmt = m_db.cached("INSERT OR REPLACE INTO sync_cursors (name, value) VALUES (?1, ?2)");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, name).bind(2, value);
    return (*stmt)->run();
}

Result<std::optional<std::string>> SyncCursors::get(std::string_view name)
{
    auto stmt = m_db.cached("SELECT value FROM sync_cursors WHERE name = ?1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    (*stmt)->bind(1, name);
    auto row = (*stmt)->step();
    if (!row)
        return tl::unexpected(row.error());
    std::optional<std::string> out;
    if (*row)
        out = (*stmt)->text(0);
    (*stmt)->reset();
    return out;
}

} // namespace checkin::cache
