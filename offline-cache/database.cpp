// sqlite3 connection and statement wrappers; the only place that maps SQLite result codes to errors.
#include "offline-cache/database.h"

#include <algorithm>
#include <cassert>
#include <cerrno>
#include <sqlite3.h>
#include <utility>

namespace checkin::cache {

const char *errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Io:
        return "io";
    case ErrorKind::DiskFull:
        return "disk-full";
    case ErrorKind::ReadOnly:
        return "read-only";
    case ErrorKind::Locked:
        return "locked";
    case ErrorKind::Corrupt:
        return "corrupt";
    case ErrorKind::Schema:
        return "schema";
    case ErrorKind::Invalid:
        return "invalid";
    }
    return "unknown";
}

namespace {

ErrorKind kindFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return (code & 0xff) == SQLITE_CANTOPEN ? ErrorKind::Io : ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Corrupt;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        return ErrorKind::Invalid;
    default:
        return ErrorKind::Io;
    }
}

Error errorFrom(sqlite3 *db, int code, std::string_view context, std::source_location where)
{
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    ErrorKind kind = kindFor(code);
    // Some file-system failures arrive as a generic I/O error; the errno tells them apart.
    if (db && (kind == ErrorKind::Io)) {
        const int err = sqlite3_system_errno(db);
        if (err == ENOSPC || err == EDQUOT)
            kind = ErrorKind::DiskFull;
        else if (err == EROFS || err == EACCES || err == EPERM)
            kind = ErrorKind::ReadOnly;
    }
    return Error{kind, std::move(message), where};
}

} // namespace

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const std::vector<uint8_t> &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return tl::unexpected(errorFrom(m_db, rc, sqlite3_sql(m_stmt), std::source_location::current()));
}

Result<void> Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return tl::unexpected(more.error());
        if (!*more)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *p = sqlite3_column_text(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column))
             : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::vector<uint8_t> Statement::blob(int column) const
{
    const auto *p = static_cast<const uint8_t *>(sqlite3_column_blob(m_stmt, column));
    return p ? std::vector<uint8_t>(p, p + sqlite3_column_bytes(m_stmt, column)) : std::vector<uint8_t>();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::Database(sqlite3 *db, std::string path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(
    const std::string &path, Durability durability, int busyTimeoutMs, Access access)
{
    sqlite3 *db = nullptr;
    const int flags = access == Access::ReadOnly
        ? SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = errorFrom(db, rc, "open " + path, std::source_location::current());
        sqlite3_close_v2(db);
        return tl::unexpected(std::move(error));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    std::unique_ptr<Database> database(new Database(db, path));
    if (access == Access::ReadOnly)
        return database;
    // SQLite silently falls back to read-only when the file or file system is: a kiosk that cannot
    // store check-ins must know at start, not at the first PASS.
    if (sqlite3_db_readonly(db, "main") == 1)
        return tl::unexpected(Error{ErrorKind::ReadOnly, "open " + path + ": the file cannot be written"});
    // WAL keeps readers and the single writer apart; FULL syncs the WAL on every commit so that an
    // acknowledged check-in survives power loss, not just a process crash.
    const char *pragmas = durability == Durability::Full
        ? "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
          "PRAGMA secure_delete=ON;"
        : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
          "PRAGMA secure_delete=ON;";
    if (auto ok = database->exec(pragmas); !ok)
        return tl::unexpected(ok.error());
    // A day's appointments (100,000 rows, about 25 MB with indexes) mostly fit in 16 MB of page
    // cache: imports insert digests in random order, which thrashes the 2 MB default.
    if (auto ok = database->exec("PRAGMA cache_size=-16384"); !ok)
        return tl::unexpected(ok.error());
    return database;
}

Result<void> Database::exec(std::string_view sql)
{
    char *message = nullptr;
    const std::string statement(sql);
    const int rc = sqlite3_exec(m_db, statement.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = errorFrom(
            m_db, rc, sql.substr(0, std::min<size_t>(sql.size(), 60)), std::source_location::current());
        if (message)
            error.message = std::string(sql.substr(0, std::min<size_t>(sql.size(), 60))) + ": " + message;
        sqlite3_free(message);
        return tl::unexpected(std::move(error));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return tl::unexpected(errorFrom(m_db, rc, sql, std::source_location::current()));
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(std::string_view sql)
{
    if (auto found = m_cache.find(sql); found != m_cache.end()) {
        found->second.reset();
        return &found->second;
    }
    auto stmt = prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto [it, inserted] = m_cache.emplace(std::string(sql), std::move(*stmt));
    return &it->second;
}

int64_t Database::changes() const
{
    return sqlite3_changes64(m_db);
}

Result<int64_t> Database::scalar(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error Database::lastError(std::string_view context, std::source_location where) const
{
    return errorFrom(m_db, sqlite3_extended_errcode(m_db), context, where);
}

} // namespace checkin::cache
