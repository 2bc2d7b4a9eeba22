// A real PostgreSQL 15 server for the hub's tests: started once per test binary in a temporary
// folder, as an unprivileged user, on a unix socket only; each test gets a database of its own.
#pragma once

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <libpq-fe.h>
#include <mutex>
#include <pwd.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace checkin::testing {

class PgServer
{
public:
    static constexpr const char *kBin = "/usr/lib/postgresql/15/bin";

    static bool available() { return std::filesystem::exists(std::string(kBin) + "/initdb"); }
    static std::string skipReason()
    {
        return std::string("PostgreSQL 15 is not installed (no ") + kBin
            + "/initdb): run scripts/setup, which installs postgresql-15 from build.txt";
    }

    /// The one server of this process, started on first use; empty error() when it runs.
    static PgServer &instance()
    {
        static PgServer server;
        return server;
    }

    const std::string &error() const { return m_error; }

    /// A libpq connection string for a new, empty database.
    std::string freshDatabase()
    {
        std::lock_guard lock(m_mutex);
        const std::string name = "hub_" + std::to_string(++m_databases);
        PGconn *c = PQconnectdb(conninfo("postgres").c_str());
        PGresult *r = PQexec(c, ("CREATE DATABASE " + name).c_str());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const std::string message = PQerrorMessage(c);
        PQclear(r);
        PQfinish(c);
        if (!ok)
            throw std::runtime_error("CREATE DATABASE failed: " + message);
        return conninfo(name);
    }

    std::string conninfo(const std::string &database) const
    {
        return "host=" + m_dir.string() + " port=5432 user=hub dbname=" + database;
    }

    /// Runs SQL as the superuser on `database` (tests count rows behind the hub's back).
    long long count(const std::string &database, const std::string &sql) const
    {
        PGconn *c = PQconnectdb(conninfo(database).c_str());
        PGresult *r = PQexec(c, sql.c_str());
        long long n
            = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0 ? std::atoll(PQgetvalue(r, 0, 0)) : -1;
        PQclear(r);
        PQfinish(c);
        return n;
    }

    ~PgServer()
    {
        if (m_started)
            (void)run(std::string(kBin) + "/pg_ctl -D " + (m_dir / "data").string()
                + " -m immediate stop >/dev/null 2>&1");
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }

private:
    PgServer()
    {
        char pattern[] = "/tmp/checkin-pg-XXXXXX";
        if (!mkdtemp(pattern)) {
            m_error = "mkdtemp failed";
            return;
        }
        m_dir = pattern;
        // initdb and pg_ctl refuse to run as root: as root, run them as nobody on a folder it owns.
        if (geteuid() == 0) {
            const passwd *nobody = getpwnam("nobody");
            if (!nobody || chown(m_dir.c_str(), nobody->pw_uid, nobody->pw_gid) != 0) {
                m_error = "cannot hand " + m_dir.string() + " to the user nobody";
                return;
            }
            m_prefix = "runuser -u nobody -- ";
        }
        const std::string data = (m_dir / "data").string();
        if (run(std::string(kBin) + "/initdb -D " + data + " -U hub -A trust --no-sync -E UTF8 >"
                + (m_dir / "initdb.log").string() + " 2>&1")
            != 0) {
            m_error = "initdb failed: see " + (m_dir / "initdb.log").string();
            return;
        }
        // No TCP at all (listen_addresses ''): the socket lives in the temporary folder.
        if (run(std::string(kBin) + "/pg_ctl -D " + data + " -l " + (m_dir / "server.log").string()
                + " -w -o \"-k " + m_dir.string()
                + " -c listen_addresses='' -c fsync=off -c max_connections=200\" start >/dev/null 2>&1")
            != 0) {
            m_error = "pg_ctl start failed: see " + (m_dir / "server.log").string();
            return;
        }
        m_started = true;
    }

    int run(const std::string &command) const { return std::system((m_prefix + command).c_str()); }

    std::filesystem::path m_dir;
    std::string m_prefix;
    std::string m_error;
    bool m_started = false;
    std::mutex m_mutex;
    int m_databases = 0;
};

} // namespace checkin::testing
