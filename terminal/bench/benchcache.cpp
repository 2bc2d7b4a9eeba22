// checkinctl bench cache: import, exact and fuzzy lookup, check-in commits and file size, each
// against bare SQLite doing the same job in the same run.
#include "offline-cache/store.h"
#include "terminal/bench/benchpeople.h"
#include "terminal/tools/commands.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <sqlite3.h>

namespace checkin::ctl {

namespace {

using Clock = std::chrono::steady_clock;
constexpr const char *kDay = "2026-11-29";

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))]; };
    return {at(0.50), at(0.99)};
}

template <typename Fn> double timeMs(Fn &&fn)
{
    const auto start = Clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

uintmax_t filesSize(const std::string &db)
{
    uintmax_t total = 0;
    for (const char *suffix : {"", "-wal"}) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(db + suffix, ec);
        if (!ec)
            total += size;
    }
    return total;
}

/// Bare SQLite as the reference: one plain table, the same indexes a hand-written kiosk would
/// have, the same durability settings; fuzzy search as a case-insensitive LIKE on the family name.
class BareSqlite
{
public:
    explicit BareSqlite(const std::string &path)
    {
        sqlite3_open(path.c_str(), &m_db);
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
             "CREATE TABLE a (id INTEGER PRIMARY KEY, booking_ref TEXT UNIQUE, code TEXT UNIQUE, day TEXT, "
             "given TEXT, family TEXT, birth TEXT);"
             "CREATE INDEX a_birth ON a(birth);"
             "CREATE TABLE c (id TEXT PRIMARY KEY, appointment_id INTEGER, at INTEGER);");
    }
    ~BareSqlite() { sqlite3_close(m_db); }
    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr);
        return s;
    }
    static void text(sqlite3_stmt *s, int i, const std::string &t)
    {
        sqlite3_bind_text(s, i, t.data(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
    }

private:
    sqlite3 *m_db = nullptr;
};

struct BenchOptions
{
    int rows = 100'000;
    int queries = 2000;
    int commits = 500;
    std::string jsonPath;
    std::string dir;
    uint32_t seed = 20261129;
};

int runBench(const BenchOptions &o)
{
    namespace fs = std::filesystem;
    const fs::path dir = o.dir.empty()
        ? fs::temp_directory_path() / ("checkin-bench-" + std::to_string(::getpid()))
        : fs::path(o.dir);
    fs::create_directories(dir);
    const std::string storePath = (dir / "cache.sqlite").string();
    const std::string barePath = (dir / "bare.sqlite").string();
    for (const auto &p : {storePath, barePath})
        for (const char *suffix : {"", "-wal", "-shm"})
            fs::remove(p + suffix);

    BenchPeople people(o.seed);
    std::vector<BenchPerson> persons;
    std::vector<cache::Store::Import> rows;
    persons.reserve(static_cast<size_t>(o.rows));
    rows.reserve(static_cast<size_t>(o.rows));
    for (int i = 0; i < o.rows; ++i) {
        persons.push_back(people.next());
        cache::Appointment a;
        a.id = i + 1;
        a.bookingRef = "SB1-" + std::to_string(1'000'000 + i);
        a.centerId = "SB1";
        a.day = kDay;
        a.slotStart = 8 * 60 + (i % 600);
        a.slotEnd = a.slotStart + 5;
        a.givenName = persons.back().givenName;
        a.familyName = persons.back().familyName;
        a.birthDate = persons.back().birthDate;
        a.postalCode = "66111";
        a.version = 1;
        rows.push_back({a, "CODE-" + std::to_string(7'000'000 + i)});
    }

    auto opened = cache::Store::open(storePath);
    if (!opened) {
        std::cerr << "checkinctl: cannot open " << storePath << ": " << opened.error().message << "\n";
        return 2;
    }
    auto &store = **opened;
    nlohmann::json out;
    out["rows"] = o.rows;

    // Import: one transaction each.
    auto start = Clock::now();
    if (auto ok = store.upsertAppointments(rows); !ok) {
        std::cerr << "checkinctl: import failed: " << ok.error().message << "\n";
        return 1;
    }
    out["import_s"] = secondsSince(start);
    BareSqlite bare(barePath);
    start = Clock::now();
    bare.exec("BEGIN");
    {
        sqlite3_stmt *ins = bare.prepare("INSERT INTO a VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (const auto &r : rows) {
            sqlite3_bind_int64(ins, 1, r.appointment.id);
            BareSqlite::text(ins, 2, r.appointment.bookingRef);
            BareSqlite::text(ins, 3, r.code);
            BareSqlite::text(ins, 4, r.appointment.day);
            BareSqlite::text(ins, 5, r.appointment.givenName);
            BareSqlite::text(ins, 6, r.appointment.familyName);
            BareSqlite::text(ins, 7, r.appointment.birthDate);
            sqlite3_step(ins);
            sqlite3_reset(ins);
        }
        sqlite3_finalize(ins);
    }
    bare.exec("COMMIT");
    out["sqlite_import_s"] = secondsSince(start);

    // Exact lookup by code.
    std::mt19937 random(o.seed + 1);
    std::uniform_int_distribution<size_t> anyRow(0, rows.size() - 1);
    std::vector<double> exact, bareExact;
    sqlite3_stmt *byCode = bare.prepare("SELECT id, given, family, birth, day FROM a WHERE code = ?1");
    int misses = 0;
    for (int i = 0; i < 10'000; ++i) {
        const auto &r = rows[anyRow(random)];
        exact.push_back(timeMs([&] {
            auto found = store.findByCode(r.code);
            if (!found || !*found || (*found)->id != r.appointment.id)
                ++misses;
        }));
        bareExact.push_back(timeMs([&] {
            BareSqlite::text(byCode, 1, r.code);
            if (sqlite3_step(byCode) != SQLITE_ROW)
                ++misses;
            sqlite3_reset(byCode);
        }));
    }
    sqlite3_finalize(byCode);
    const auto e = percentiles(exact);
    const auto be = percentiles(bareExact);
    out["exact_p50_ms"] = e.p50;
    out["exact_p99_ms"] = e.p99;
    out["sqlite_exact_p50_ms"] = be.p50;
    out["sqlite_exact_p99_ms"] = be.p99;
    out["exact_misses"] = misses;

    // Fuzzy lookup: misspelt name plus a written date of birth, as staff type it.
    cache::LookupQuery warm;
    warm.name = "Müller";
    warm.day = kDay;
    start = Clock::now();
    (void)store.lookup(warm);
    out["index_build_s"] = secondsSince(start);
    std::vector<double> fuzzy, bareFuzzy;
    int found = 0, first = 0, bareFound = 0;
    sqlite3_stmt *byName
        = bare.prepare("SELECT id FROM a WHERE birth = ?2 AND (family LIKE ?1 OR given LIKE ?1) LIMIT 10");
    const std::array kinds = {BenchPeople::Misspelling::Typo, BenchPeople::Misspelling::MissingDiacritics,
        BenchPeople::Misspelling::Swapped, BenchPeople::Misspelling::Transliterated};
    for (int i = 0; i < o.queries; ++i) {
        const size_t at = anyRow(random);
        const auto &p = persons[at];
        cache::LookupQuery q;
        q.name = people.misspell(p, kinds[static_cast<size_t>(i) % kinds.size()]);
        q.birthDate = people.writtenBirthDate(p.birthDate);
        q.day = kDay;
        std::vector<cache::LookupHit> hits;
        fuzzy.push_back(timeMs([&] {
            auto result = store.lookup(q);
            if (result)
                hits = std::move(*result);
        }));
        const int64_t want = rows[at].appointment.id;
        auto hit
            = std::find_if(hits.begin(), hits.end(), [&](const auto &h) { return h.appointment.id == want; });
        if (hit != hits.end())
            ++found;
        if (!hits.empty() && hits.front().appointment.id == want)
            ++first;
        // The reference: the last word typed, as LIKE, with the ISO date (it cannot parse dates).
        const std::string last = q.name.substr(q.name.rfind(' ') + 1);
        bareFuzzy.push_back(timeMs([&] {
            BareSqlite::text(byName, 1, last);
            BareSqlite::text(byName, 2, p.birthDate);
            while (sqlite3_step(byName) == SQLITE_ROW)
                if (sqlite3_column_int64(byName, 0) == want)
                    ++bareFound;
            sqlite3_reset(byName);
        }));
    }
    sqlite3_finalize(byName);
    // Staff searching by name alone (no date of birth): the wide trigram and sound-alike scan.
    std::vector<double> nameOnly;
    int nameOnlyFound = 0;
    for (int i = 0; i < std::max(10, o.queries / 4); ++i) {
        const size_t at = anyRow(random);
        cache::LookupQuery q;
        q.name = people.misspell(persons[at], kinds[static_cast<size_t>(i) % kinds.size()]);
        q.day = kDay;
        q.limit = 50;
        std::vector<cache::LookupHit> hits;
        nameOnly.push_back(timeMs([&] {
            auto result = store.lookup(q);
            if (result)
                hits = std::move(*result);
        }));
        if (std::any_of(hits.begin(), hits.end(),
                [&](const auto &h) { return h.appointment.id == rows[at].appointment.id; }))
            ++nameOnlyFound;
    }
    const auto n = percentiles(nameOnly);
    out["name_only_p50_ms"] = n.p50;
    out["name_only_p99_ms"] = n.p99;
    out["name_only_recall_at_50"] = static_cast<double>(nameOnlyFound) / static_cast<double>(nameOnly.size());
    const auto f = percentiles(fuzzy);
    const auto bf = percentiles(bareFuzzy);
    out["fuzzy_queries"] = o.queries;
    out["fuzzy_p50_ms"] = f.p50;
    out["fuzzy_p99_ms"] = f.p99;
    out["fuzzy_recall"] = static_cast<double>(found) / o.queries;
    out["fuzzy_top1"] = static_cast<double>(first) / o.queries;
    out["sqlite_fuzzy_p50_ms"] = bf.p50;
    out["sqlite_fuzzy_p99_ms"] = bf.p99;
    out["sqlite_fuzzy_recall"] = static_cast<double>(bareFound) / o.queries;

    // Check-in commits with full durability (and their outbox items).
    std::vector<double> commits, bareCommits;
    sqlite3_stmt *insert = bare.prepare("INSERT INTO c VALUES (?1, ?2, ?3)");
    for (int i = 0; i < o.commits; ++i) {
        cache::CheckIn c;
        c.appointmentId = i + 1;
        c.kioskId = "bench";
        c.scannedAtMs = 1'764'400'000'000 + i;
        commits.push_back(timeMs([&] { (void)store.recordCheckIn(c, true); }));
        bareCommits.push_back(timeMs([&] {
            BareSqlite::text(insert, 1, "c" + std::to_string(i));
            sqlite3_bind_int64(insert, 2, i + 1);
            sqlite3_bind_int64(insert, 3, i);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }));
    }
    sqlite3_finalize(insert);
    const auto c = percentiles(commits);
    const auto bc = percentiles(bareCommits);
    out["commit_p50_ms"] = c.p50;
    out["commit_p99_ms"] = c.p99;
    out["sqlite_commit_p50_ms"] = bc.p50;
    out["sqlite_commit_p99_ms"] = bc.p99;

    (void)store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    bare.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    out["bytes_per_1000"] = static_cast<double>(filesSize(storePath)) * 1000.0 / o.rows;
    out["sqlite_bytes_per_1000"] = static_cast<double>(filesSize(barePath)) * 1000.0 / o.rows;

    // Start-up: open with quick_check and migration, as the kiosk does.
    opened->reset();
    start = Clock::now();
    auto reopened = cache::Store::open(storePath);
    out["open_s"] = secondsSince(start);
    if (!reopened || (*reopened)->openReport().damaged()) {
        std::cerr << "checkinctl: the benchmark's own store did not reopen cleanly\n";
        return 1;
    }

    std::printf("rows %d (seed %u)\n", o.rows, o.seed);
    std::printf("%-28s %12s %12s %8s\n", "", "store", "bare sqlite", "ratio");
    auto line = [&](const char *label, const char *key, const char *bareKey) {
        const double mine = out[key].get<double>();
        const double ref = out[bareKey].get<double>();
        std::printf("%-28s %12.4f %12.4f %8.2f\n", label, mine, ref, ref > 0 ? mine / ref : 0.0);
    };
    line("import (s)", "import_s", "sqlite_import_s");
    line("exact lookup p50 (ms)", "exact_p50_ms", "sqlite_exact_p50_ms");
    line("exact lookup p99 (ms)", "exact_p99_ms", "sqlite_exact_p99_ms");
    line("fuzzy lookup p50 (ms)", "fuzzy_p50_ms", "sqlite_fuzzy_p50_ms");
    line("fuzzy lookup p99 (ms)", "fuzzy_p99_ms", "sqlite_fuzzy_p99_ms");
    line("fuzzy recall", "fuzzy_recall", "sqlite_fuzzy_recall");
    line("check-in commit p50 (ms)", "commit_p50_ms", "sqlite_commit_p50_ms");
    line("check-in commit p99 (ms)", "commit_p99_ms", "sqlite_commit_p99_ms");
    line("bytes per 1000 appointments", "bytes_per_1000", "sqlite_bytes_per_1000");
    std::printf("fuzzy top-1 %.4f over %d misspelt queries; index build %.3f s; exact misses %d\n",
        out["fuzzy_top1"].get<double>(), o.queries, out["index_build_s"].get<double>(), misses);
    std::printf("name only (no date of birth): p50 %.4f ms, p99 %.4f ms, right person in the top 50: %.4f\n",
        n.p50, n.p99, out["name_only_recall_at_50"].get<double>());
    std::printf("open with quick_check: %.3f s\n", out["open_s"].get<double>());
    if (!o.jsonPath.empty()) {
        std::ofstream file(o.jsonPath);
        file << out.dump(2) << "\n";
        if (!file) {
            std::cerr << "checkinctl: cannot write " << o.jsonPath << "\n";
            return 2;
        }
    }
    if (o.dir.empty())
        fs::remove_all(dir);
    return 0;
}

} // namespace

void addBenchCacheCommand(CLI::App &app)
{
    auto options = std::make_shared<BenchOptions>();
    auto *cmd = benchCommand(app).add_subcommand("cache", "benchmark the offline cache against bare SQLite");
    cmd->add_option("--rows", options->rows, "generated appointments")->check(CLI::Range(100, 10'000'000));
    cmd->add_option("--queries", options->queries, "misspelt name queries")->check(CLI::Range(10, 1'000'000));
    cmd->add_option("--commits", options->commits, "check-in commits")->check(CLI::Range(10, 1'000'000));
    cmd->add_option("--json", options->jsonPath, "also write the figures as JSON to this file");
    cmd->add_option("--dir", options->dir, "keep the databases in this directory (default: a temporary one)");
    cmd->add_option("--seed", options->seed, "seed of the generated names");
    cmd->callback([options] {
        if (const int rc = runBench(*options); rc != 0)
            throw CLI::RuntimeError(rc);
    });
}

} // namespace checkin::ctl
