// A thin RAII owner of one sqlite3 connection and its prepared statements.
#pragma once

#include "offline-cache/error.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace checkin::cache {

/// One prepared statement; bind by 1-based index, step, read columns.
/// Lives on the thread of the Database that made it.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    Statement(Statement &&) noexcept;
    Statement &operator=(Statement &&) noexcept;
    ~Statement();

    Statement &bind(int index, int64_t value);
    Statement &bind(int index, std::string_view text);
    Statement &bindBlob(int index, const std::vector<uint8_t> &blob);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const std::optional<std::string> &text);

    /// Steps once: true when a row is available, false when done.
    Result<bool> step();
    /// Steps until done (for statements that return no rows).
    Result<void> run();
    void reset();

    int64_t int64(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::vector<uint8_t> blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Owns one connection. Not thread-safe: a Database belongs to one thread.
class Database
{
public:
    enum class Durability { Full, Normal };

    enum class Access { ReadWrite, ReadOnly };

    /// Opens (creating when missing, unless ReadOnly) and sets WAL and the durability. A file that
    /// cannot be written is refused with ErrorKind::ReadOnly when ReadWrite was asked for.
    static Result<std::unique_ptr<Database>> open(const std::string &path, Durability durability,
        int busyTimeoutMs = 2000, Access access = Access::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    /// A statement prepared once and kept for the connection's life (hot paths: lookups, check-ins).
    /// The reference stays valid until the Database is destroyed; it comes back reset.
    Result<Statement *> cached(std::string_view sql);
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int64_t changes() const;
    Result<int64_t> scalar(std::string_view sql);
    int64_t lastInsertRowId() const;
    const std::string &path() const { return m_path; }

    /// Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn fails or throws (the exception
    /// then goes on, and no transaction stays open). Called inside another transaction it joins it,
    /// so that repositories compose into one atomic write.
    template <typename Fn> auto transaction(Fn &&fn) -> decltype(fn())
    {
        if (m_inTransaction)
            return fn();
        if (auto begun = exec("BEGIN IMMEDIATE"); !begun)
            return tl::unexpected(begun.error());
        m_inTransaction = true;
        struct RollbackUnlessDone
        {
            Database *db;
            bool done = false;
            ~RollbackUnlessDone()
            {
                if (!done) {
                    db->m_inTransaction = false;
                    (void)db->exec("ROLLBACK");
                }
            }
        } guard{this};
        auto result = fn();
        guard.done = true;
        m_inTransaction = false;
        if (!result) {
            (void)exec("ROLLBACK");
            return result;
        }
        if (auto committed = exec("COMMIT"); !committed) {
            (void)exec("ROLLBACK");
            return tl::unexpected(committed.error());
        }
        return result;
    }

    /// Converts the connection's last error into an Error.
    Error lastError(
        std::string_view context, std::source_location where = std::source_location::current()) const;

private:
    Database(sqlite3 *db, std::string path);
    sqlite3 *m_db = nullptr;
    std::string m_path;
    std::map<std::string, Statement, std::less<>> m_cache;
    bool m_inTransaction = false;
};

} // namespace checkin::cache
