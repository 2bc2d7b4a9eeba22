// SqlEngine over sqlite3: WAL with synchronous=FULL, so an answered push survives a power cut.
#include "sync/hub/sqliteengine.h"

#include <sqlite3.h>

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

namespace {

ErrorKind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Corrupt;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Invalid;
    default:
        return ErrorKind::Io;
    }
}

class SqliteEngine final : public SqlEngine
{
public:
    explicit SqliteEngine(sqlite3 *db)
        : m_db(db)
    { }
    ~SqliteEngine() override { sqlite3_close_v2(m_db); }

    Kind kind() const override { return Kind::Sqlite; }

    Result<int64_t> exec(std::string_view sql, const std::vector<SqlValue> &params) override
    {
        auto rows = run(sql, params, nullptr);
        if (!rows)
            return tl::unexpected(rows.error());
        return static_cast<int64_t>(sqlite3_changes(m_db));
    }

    Result<std::vector<SqlRow>> query(std::string_view sql, const std::vector<SqlValue> &params) override
    {
        std::vector<SqlRow> out;
        auto done = run(sql, params, &out);
        if (!done)
            return tl::unexpected(done.error());
        return out;
    }

    Result<void> beginWrite() override
    {
        if (auto ok = exec("BEGIN IMMEDIATE", {}); !ok)
            return tl::unexpected(ok.error());
        return {};
    }
    Result<void> commit() override
    {
        if (auto ok = exec("COMMIT", {}); !ok)
            return tl::unexpected(ok.error());
        return {};
    }
    void rollback() override
    {
        if (!sqlite3_get_autocommit(m_db))
            (void)exec("ROLLBACK", {});
    }
    Result<void> notify(const std::string &) override { return {}; }
    bool listen(std::function<void(const std::string &)>) override { return false; }

    Error error(std::string_view context, int code) const
    {
        return Error{kindOf(code), std::string(context) + ": " + sqlite3_errmsg(m_db)};
    }

private:
    Result<void> run(std::string_view sql, const std::vector<SqlValue> &params, std::vector<SqlRow> *out)
    {
        // Several statements in one text (the migrations) run one after the other.
        const char *tail = sql.data();
        const char *end = sql.data() + sql.size();
        while (tail < end) {
            sqlite3_stmt *stmt = nullptr;
            const char *next = nullptr;
            int rc = sqlite3_prepare_v2(m_db, tail, static_cast<int>(end - tail), &stmt, &next);
            if (rc != SQLITE_OK)
                return tl::unexpected(error("prepare", rc));
            tail = next;
            if (!stmt)
                continue;
            for (size_t i = 0; i < params.size() && static_cast<int>(i) < sqlite3_bind_parameter_count(stmt);
                 ++i) {
                const int index = static_cast<int>(i) + 1;
                if (const auto *n = std::get_if<int64_t>(&params[i]))
                    sqlite3_bind_int64(stmt, index, *n);
                else if (const auto *s = std::get_if<std::string>(&params[i]))
                    sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
                else
                    sqlite3_bind_null(stmt, index);
            }
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                if (!out)
                    continue;
                SqlRow row;
                const int columns = sqlite3_column_count(stmt);
                for (int c = 0; c < columns; ++c) {
                    switch (sqlite3_column_type(stmt, c)) {
                    case SQLITE_NULL:
                        row.values.emplace_back(std::monostate{});
                        break;
                    case SQLITE_INTEGER:
                        row.values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt, c)));
                        break;
                    default: {
                        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                        row.values.emplace_back(std::string(text ? text : "", sqlite3_column_bytes(stmt, c)));
                    }
                    }
                }
                out->push_back(std::move(row));
            }
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE)
                return tl::unexpected(error("step", rc));
        }
        return {};
    }

    sqlite3 *m_db = nullptr;
};

} // namespace

Result<std::unique_ptr<SqlEngine>> openSqliteEngine(const std::string &path)
{
    if (path.empty())
        return tl::unexpected(Error{ErrorKind::Invalid,
            "the hub needs a database file (--db FILE) or a PostgreSQL URI; it keeps nothing in memory "
            "only"});
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(
        path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Error e{kindOf(rc), "cannot open " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory")};
        sqlite3_close_v2(db);
        return tl::unexpected(e);
    }
    auto engine = std::make_unique<SqliteEngine>(db);
    sqlite3_busy_timeout(db, 5000);
    // FULL: the WAL is synced at every commit, so a push answered "accepted" is on the disk.
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        if (auto ok = engine->exec(pragma, {}); !ok)
            return tl::unexpected(ok.error());
    return std::unique_ptr<SqlEngine>(std::move(engine));
}

} // namespace checkin::sync
