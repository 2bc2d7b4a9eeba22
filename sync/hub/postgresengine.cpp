// SqlEngine over libpq: writers exclude each other with an advisory lock, changes are announced by
// NOTIFY, and a listener thread with its own connection hears the other hub processes.
#include "sync/hub/postgresengine.h"

#include <atomic>
#include <libpq-fe.h>
#include <optional>
#include <poll.h>
#include <pthread.h>
#include <thread>

namespace checkin::sync {

using cache::Error;
using cache::ErrorKind;
using cache::Result;

namespace {

constexpr const char *kChannel = "checkin_hub_changes";
// Any constant works; every hub process of one database takes the same one.
// Sent with BEGIN in one round trip (a write is a handful of them).
constexpr const char *kBeginWrite = "BEGIN; SELECT pg_advisory_xact_lock(7273100)";

/// "?1" -> "$1" outside quoted text, so one SQL text serves both engines.
std::string dialect(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size());
    bool quoted = false;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'')
            quoted = !quoted;
        if (!quoted && c == '?' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9')
            out += '$';
        else
            out += c;
    }
    return out;
}

ErrorKind kindOf(const char *state)
{
    const std::string s = state ? state : "";
    if (s.starts_with("23") || s.starts_with("22"))
        return ErrorKind::Invalid;
    if (s == "40001" || s == "40P01" || s == "55P03")
        return ErrorKind::Locked;
    if (s == "53100")
        return ErrorKind::DiskFull;
    if (s == "25006")
        return ErrorKind::ReadOnly;
    return ErrorKind::Io;
}

class PgResult
{
public:
    explicit PgResult(PGresult *r)
        : m_r(r)
    { }
    ~PgResult() { PQclear(m_r); }
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    PGresult *get() const { return m_r; }

private:
    PGresult *m_r;
};

class PostgresEngine final : public SqlEngine
{
public:
    PostgresEngine(PGconn *conn, std::string conninfo)
        : m_conn(conn)
        , m_writerPid(PQbackendPID(conn))
        , m_conninfo(std::move(conninfo))
    { }
    ~PostgresEngine() override
    {
        m_stop = true;
        if (m_listener.joinable())
            m_listener.join();
        PQfinish(m_conn);
    }

    Kind kind() const override { return Kind::Postgres; }

    Result<int64_t> exec(std::string_view sql, const std::vector<SqlValue> &params) override
    {
        int64_t changed = 0;
        auto done = run(sql, params, nullptr, &changed);
        if (!done)
            return tl::unexpected(done.error());
        return changed;
    }

    Result<std::vector<SqlRow>> query(std::string_view sql, const std::vector<SqlValue> &params) override
    {
        std::vector<SqlRow> out;
        int64_t changed = 0;
        auto done = run(sql, params, &out, &changed);
        if (!done)
            return tl::unexpected(done.error());
        return out;
    }

    Result<void> beginWrite() override
    {
        if (PQstatus(m_conn) != CONNECTION_OK) {
            PQreset(m_conn); // the server restarted or the network dropped: one fresh try
            m_writerPid = PQbackendPID(m_conn);
        }
        m_notice.reset();
        if (auto ok = exec(kBeginWrite, {}); !ok) {
            rollback();
            return tl::unexpected(ok.error());
        }
        return {};
    }
    Result<void> commit() override
    {
        // The queued notice goes with the COMMIT, one round trip: the server delivers it only if
        // the commit succeeds, as a NOTIFY inside the transaction would be.
        std::string text;
        if (m_notice) {
            char *quoted = PQescapeLiteral(m_conn, m_notice->c_str(), m_notice->size());
            if (!quoted)
                return tl::unexpected(
                    Error{ErrorKind::Io, std::string("postgresql: ") + PQerrorMessage(m_conn)});
            text = std::string("SELECT pg_notify('") + kChannel + "', " + quoted + "); ";
            PQfreemem(quoted);
            m_notice.reset();
        }
        if (auto ok = exec(text + "COMMIT", {}); !ok)
            return tl::unexpected(ok.error());
        return {};
    }
    void rollback() override
    {
        m_notice.reset();
        if (PQtransactionStatus(m_conn) != PQTRANS_IDLE)
            PQclear(PQexec(m_conn, "ROLLBACK"));
    }
    Result<void> notify(const std::string &payload) override
    {
        m_notice = payload; // sent with the COMMIT
        return {};
    }

    bool listen(std::function<void(const std::string &)> onNotice) override
    {
        if (m_listener.joinable())
            return true;
        m_listener = std::thread([this, onNotice = std::move(onNotice)] {
            pthread_setname_np(pthread_self(), "hub-listen");
            listenLoop(onNotice);
        });
        return true;
    }

private:
    Result<void> run(
        std::string_view sql, const std::vector<SqlValue> &params, std::vector<SqlRow> *out, int64_t *changed)
    {
        if (PQstatus(m_conn) != CONNECTION_OK && PQtransactionStatus(m_conn) == PQTRANS_UNKNOWN) {
            PQreset(m_conn);
            m_writerPid = PQbackendPID(m_conn);
        }
        const std::string text = dialect(sql);
        std::vector<std::string> storage(params.size());
        std::vector<const char *> values(params.size(), nullptr);
        for (size_t i = 0; i < params.size(); ++i) {
            if (const auto *n = std::get_if<int64_t>(&params[i])) {
                storage[i] = std::to_string(*n);
                values[i] = storage[i].c_str();
            } else if (const auto *s = std::get_if<std::string>(&params[i])) {
                values[i] = s->c_str();
            }
        }
        // Without parameters several statements may share one text (the migrations).
        PgResult r(params.empty() ? PQexec(m_conn, text.c_str())
                                  : PQexecParams(m_conn, text.c_str(), static_cast<int>(params.size()),
                                      nullptr, values.data(), nullptr, nullptr, 0));
        const auto status = PQresultStatus(r.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const char *message = r.get() ? PQresultErrorMessage(r.get()) : PQerrorMessage(m_conn);
            return tl::unexpected(
                Error{kindOf(r.get() ? PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) : nullptr),
                    std::string("postgresql: ") + (message ? message : "no answer")});
        }
        const char *tuples = PQcmdTuples(r.get());
        *changed = tuples && *tuples ? std::stoll(tuples) : 0;
        if (!out)
            return {};
        const int rows = PQntuples(r.get());
        const int columns = PQnfields(r.get());
        out->reserve(static_cast<size_t>(rows));
        for (int i = 0; i < rows; ++i) {
            SqlRow row;
            row.values.reserve(static_cast<size_t>(columns));
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(r.get(), i, c)) {
                    row.values.emplace_back(std::monostate{});
                    continue;
                }
                const char *v = PQgetvalue(r.get(), i, c);
                switch (PQftype(r.get(), c)) {
                case 20: // int8
                case 21: // int2
                case 23: // int4
                    row.values.emplace_back(static_cast<int64_t>(std::stoll(v)));
                    break;
                default:
                    row.values.emplace_back(std::string(v, static_cast<size_t>(PQgetlength(r.get(), i, c))));
                }
            }
            out->push_back(std::move(row));
        }
        return {};
    }

    void listenLoop(const std::function<void(const std::string &)> &onNotice)
    {
        PGconn *conn = nullptr;
        while (!m_stop) {
            if (!conn || PQstatus(conn) != CONNECTION_OK) {
                PQfinish(conn);
                conn = PQconnectdb(m_conninfo.c_str());
                if (PQstatus(conn) == CONNECTION_OK) {
                    PQclear(PQexec(conn, (std::string("LISTEN ") + kChannel).c_str()));
                    onNotice({}); // notices may have been missed while we were away
                } else {
                    std::this_thread::sleep_for(std::chrono::milliseconds(500));
                    continue;
                }
            }
            pollfd fd{PQsocket(conn), POLLIN, 0};
            if (poll(&fd, 1, 200) <= 0)
                continue;
            if (!PQconsumeInput(conn))
                continue;
            while (PGnotify *n = PQnotifies(conn)) {
                // This process's own commits woke its polls already (HubServer::refreshSeq): only
                // another process's notice needs reading.
                if (n->be_pid != m_writerPid.load())
                    onNotice(n->extra ? n->extra : "");
                PQfreemem(n);
            }
        }
        PQfinish(conn);
    }

    PGconn *m_conn = nullptr;
    std::atomic<int> m_writerPid{0}; ///< the server process of m_conn, whose notices are our own
    std::string m_conninfo;
    std::atomic<bool> m_stop{false};
    std::thread m_listener;
    std::optional<std::string> m_notice; ///< the notice of the write in progress, sent with its COMMIT
};

} // namespace

Result<std::unique_ptr<SqlEngine>> openPostgresEngine(const std::string &conninfo)
{
    PGconn *conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        Error e{ErrorKind::Io, std::string("cannot connect to PostgreSQL: ") + PQerrorMessage(conn)};
        PQfinish(conn);
        return tl::unexpected(e);
    }
    PQclear(PQexec(conn, "SET client_min_messages = warning"));
    return std::unique_ptr<SqlEngine>(std::make_unique<PostgresEngine>(conn, conninfo));
}

} // namespace checkin::sync
