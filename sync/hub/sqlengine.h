// The one seam between the hub's queries and a database engine (SQLite or PostgreSQL).
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace checkin::sync {

/// A parameter or a column value: NULL, a whole number or text.
using SqlValue = std::variant<std::monostate, int64_t, std::string>;

/// One result row; column values in select order.
struct SqlRow
{
    std::vector<SqlValue> values;
    int64_t int64(size_t column) const;
    std::string text(size_t column) const;
    bool isNull(size_t column) const;
};

/// What the hub's store needs from an engine. SQL is written once, in the dialect both engines
/// share, with ?1 ?2 ... placeholders (the PostgreSQL engine rewrites them to $1 $2 ...).
/// Not thread-safe: one engine belongs to whoever holds the HubStore.
class SqlEngine
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlEngine() = default;
    virtual Kind kind() const = 0;
    /// Runs a statement; returns the rows it changed.
    virtual cache::Result<int64_t> exec(std::string_view sql, const std::vector<SqlValue> &params = {}) = 0;
    virtual cache::Result<std::vector<SqlRow>> query(
        std::string_view sql, const std::vector<SqlValue> &params = {})
        = 0;
    /// Starts a write transaction that excludes every other writer of the same database, in this
    /// process or another, until commit or rollback (so seq order is commit order).
    virtual cache::Result<void> beginWrite() = 0;
    virtual cache::Result<void> commit() = 0;
    virtual void rollback() = 0;
    /// Queues a change notice, delivered to every listener of the database when the transaction
    /// commits (PostgreSQL NOTIFY). SQLite has a single process: nothing to do.
    virtual cache::Result<void> notify(const std::string &payload) = 0;
    /// Starts delivering other processes' notices to `onNotice` on a thread of the engine's own
    /// ("hub-listen"); false when the engine has no such thing (SQLite).
    virtual bool listen(std::function<void(const std::string &payload)> onNotice) = 0;
};

/// Opens the engine a location names: "postgresql://..." or "postgres://..." (libpq URI), or
/// "host=... dbname=..." (libpq keywords) for PostgreSQL; anything else is a SQLite file path.
/// An empty location is refused: the hub never keeps what it accepted in memory only.
cache::Result<std::unique_ptr<SqlEngine>> openSqlEngine(const std::string &location);

/// True when the location names a PostgreSQL database.
bool isPostgresLocation(const std::string &location);

} // namespace checkin::sync
