// Named sync cursors: where each download stream left off.
#pragma once

#include "offline-cache/error.h"

#include <optional>
#include <string>
#include <string_view>

namespace checkin::cache {

class Database;

/// Opaque cursor strings by name ("appointments", "keys", ...), on the store's thread. A cursor is
/// written in the same transaction as the page it follows when the caller wraps both in one.
class SyncCursors
{
public:
    explicit SyncCursors(Database &db);

    Result<void> set(std::string_view name, std::string_view value);
    Result<std::optional<std::string>> get(std::string_view name);

private:
    Database &m_db;
};

} // namespace checkin::cache
