// checkinctl bench hub: a state's morning peak against a real checkin-hub process (SQLite and/or
// PostgreSQL): long-polling kiosks, check-ins at a fixed rate, beside the bare health route.
#include "sync/client/httpclient.h"
#include "terminal/core/localtime.h"
#include "terminal/tools/commands.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <latch>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace checkin::ctl {

namespace {

using Clock = std::chrono::steady_clock;

struct HubBenchOptions
{
    int kiosks = 2000;
    int centers = 100;
    double rate = 50; ///< check-ins per second, over all kiosks
    double seconds = 20;
    std::string postgres; ///< a libpq connection string; empty: SQLite only
    bool sqlite = true;
    std::string json;
};

std::string token(int kiosk)
{
    return "bench-hub-kiosk-token-0123456789abcdef-" + std::to_string(kiosk);
}
std::string center(int kiosk, int centers)
{
    return "C" + std::to_string(kiosk % centers);
}

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Samples
{
    std::mutex mutex;
    std::vector<double> values;
    void add(double v)
    {
        std::lock_guard lock(mutex);
        values.push_back(v);
    }
    double at(double q)
    {
        std::lock_guard lock(mutex);
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        return values[std::min(
            values.size() - 1, static_cast<size_t>(q * static_cast<double>(values.size())))];
    }
};

/// Failed requests, counted by what failed and why (the first words of the reason), so that a
/// run with errors says which kind it had.
class Errors
{
public:
    void add(const std::string &what, const tl::expected<sync::HttpResponse, sync::TransportError> &r)
    {
        const std::string why = r ? "HTTP " + std::to_string(r->status) : r.error().message.substr(0, 60);
        std::lock_guard lock(m_mutex);
        ++m_byReason[what + ": " + why];
        ++m_total;
    }
    long total() const
    {
        std::lock_guard lock(m_mutex);
        return m_total;
    }
    nlohmann::json reasons() const
    {
        std::lock_guard lock(m_mutex);
        return nlohmann::json(m_byReason);
    }

private:
    mutable std::mutex m_mutex;
    std::map<std::string, long> m_byReason;
    long m_total = 0;
};

/// A checkin-hub child process; its pid, port and /proc figures.
class HubProcess
{
public:
    HubProcess(const std::string &binary, const std::vector<std::string> &args)
    {
        int out[2];
        if (pipe(out) != 0)
            return;
        m_pid = fork();
        if (m_pid == 0) {
            dup2(out[1], STDOUT_FILENO);
            close(out[0]);
            std::vector<char *> argv{const_cast<char *>(binary.c_str())};
            for (const auto &a : args)
                argv.push_back(const_cast<char *>(a.c_str()));
            argv.push_back(nullptr);
            execv(binary.c_str(), argv.data());
            _exit(127);
        }
        close(out[1]);
        std::string line;
        char c = 0;
        while (read(out[0], &c, 1) == 1 && c != '\n')
            line += c;
        close(out[0]);
        if (const auto colon = line.rfind(':');
            colon != std::string::npos && line.find("listening") != std::string::npos)
            m_port = std::atoi(line.c_str() + colon + 1);
    }
    ~HubProcess() { stop(); }
    HubProcess(const HubProcess &) = delete;
    HubProcess &operator=(const HubProcess &) = delete;
    void stop()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGTERM);
            waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
    }
    int port() const { return m_port; }
    /// VmHWM (peak resident KiB) and Threads from /proc.
    std::pair<long, long> figures() const
    {
        std::ifstream in("/proc/" + std::to_string(m_pid) + "/status");
        std::string key;
        long hwm = 0, threads = 0;
        while (in >> key) {
            if (key == "VmHWM:")
                in >> hwm;
            else if (key == "Threads:")
                in >> threads;
            std::getline(in, key);
        }
        return {hwm, threads};
    }

private:
    pid_t m_pid = -1;
    int m_port = 0;
};

nlohmann::json runEngine(const HubBenchOptions &o, const std::string &engine, const std::string &database,
    const std::filesystem::path &dir, const std::string &binary)
{
    const std::string day = core::toLocal(std::chrono::system_clock::now()).day;
    // Appointments: 40 per center; kiosks of a center check them in one after the other.
    {
        std::ofstream csv(dir / "day.csv");
        csv << "id,booking_ref,center_id,day,slot_start,slot_end,family_name,code\n";
        for (int c = 0; c < o.centers; ++c)
            for (int i = 0; i < 400; ++i) {
                const int id = c * 1000 + i + 1;
                csv << id << ",R-" << id << ",C" << c << "," << day << ",08:00,08:15,Bench" << id << ",CODE-"
                    << id << "\n";
            }
        std::ofstream tokens(dir / "tokens");
        for (int k = 0; k < o.kiosks; ++k)
            tokens << "k" << k << " " << center(k, o.centers) << " " << token(k) << "\n";
    }
    // The kiosks all come from 127.0.0.1, as they do through the production nginx (a trusted
    // proxy, which the per-address connection cap leaves alone: nginx caps per kiosk there).
    HubProcess hub(binary,
        {"--db", database, "--port", "0", "--tokens-file", (dir / "tokens").string(), "--import",
            (dir / "day.csv").string(), "--trusted-proxy", "127.0.0.1"});
    if (hub.port() <= 0)
        throw CLI::RuntimeError("checkin-hub did not start on " + engine, 1);
    const std::string base = "http://127.0.0.1:" + std::to_string(hub.port());
    std::cerr << engine << ": hub on port " << hub.port() << ", starting " << o.kiosks << " kiosks\n";

    std::atomic<bool> stop{false};
    Errors errors;
    std::atomic<long> polls{0};
    std::atomic<int> ready{0};
    std::mutex pushedMutex;
    std::map<std::string, Clock::time_point> pushedAt; ///< check-in id -> when its push was sent
    Samples push, visible, health, fsyncs;

    std::latch synced(o.kiosks);
    std::vector<std::thread> kiosks;
    kiosks.reserve(static_cast<size_t>(o.kiosks));
    for (int k = 0; k < o.kiosks; ++k)
        kiosks.emplace_back([&, k] {
            sync::HttpOptions http;
            http.bearerToken = token(k);
            http.totalTimeout = std::chrono::seconds(40);
            http.lowSpeedTime = std::chrono::seconds(40); // a long-poll is silent until it has news
            sync::HttpClient client(http);
            std::string url = base;
            url.append("/v1/centers/").append(center(k, o.centers)).append("/appointments?from=");
            url.append(day).append("&limit=5000");
            auto first = client.get(url);
            std::string cursor = "0";
            if (first && first->status == 200)
                cursor = nlohmann::json::parse(first->body, nullptr, false).value("cursor", "0");
            else
                errors.add("first download", first);
            ++ready;
            // The peak starts with every kiosk synced (their first downloads were before opening
            // time): nobody long-polls while others still download their day.
            synced.arrive_and_wait();
            while (!stop) {
                std::string poll = url;
                poll.append("&cursor=").append(cursor).append("&wait=20");
                auto r = client.get(poll);
                ++polls;
                if (!r || r->status != 200) {
                    if (stop)
                        break;
                    errors.add("long-poll", r);
                    // As a kiosk backs off: a refused poll must not turn into a busy loop.
                    std::this_thread::sleep_for(std::chrono::seconds(1));
                    continue;
                }
                const auto now = Clock::now();
                auto body = nlohmann::json::parse(r->body, nullptr, false);
                cursor = body.value("cursor", cursor);
                for (const auto &a : body.value("admissions", nlohmann::json::array())) {
                    if (a.value("kiosk_id", "") == "k" + std::to_string(k))
                        continue;
                    std::lock_guard lock(pushedMutex);
                    if (auto it = pushedAt.find(a.value("checkin_id", "")); it != pushedAt.end())
                        visible.add(ms(now - it->second));
                }
            }
        });
    while (ready < o.kiosks)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::cerr << engine << ": all kiosks polling; " << o.rate << " check-ins/s for " << o.seconds << " s\n";

    // Check-ins at the given rate from random kiosks, each sent by a small pool of pushers.
    std::atomic<long> next{0};
    std::vector<std::atomic<int>> admitted(
        static_cast<size_t>(o.centers)); ///< per center: the next appointment
    const auto t0 = Clock::now();
    const auto end
        = t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
    std::vector<std::thread> pushers;
    pushers.reserve(8);
    for (int p = 0; p < 8; ++p)
        pushers.emplace_back([&, p] {
            std::mt19937 rng(static_cast<unsigned>(p));
            // One connection per pusher, kept alive as a kiosk's client keeps its own; the token
            // is the pushing kiosk's, per request.
            sync::HttpClient client;
            for (;;) {
                const long n = next++;
                const auto due = t0
                    + std::chrono::duration_cast<Clock::duration>(
                        std::chrono::duration<double>(static_cast<double>(n) / o.rate));
                if (due >= end)
                    return;
                std::this_thread::sleep_until(due);
                const int k = static_cast<int>(rng() % static_cast<unsigned>(o.kiosks));
                const int c = k % o.centers;
                const int64_t appointment
                    = int64_t{c} * 1000 + (admitted[static_cast<size_t>(c)]++ % 400) + 1;
                const std::string id = "bench-" + std::to_string(n);
                nlohmann::json item{{"kind", "checkin"}, {"id", id}, {"appointment_id", appointment},
                    {"admitted", true}, {"scanned_at_ms", 1}};
                {
                    std::lock_guard lock(pushedMutex);
                    pushedAt[id] = Clock::now();
                }
                const auto sent = Clock::now();
                auto r = client.send(sync::HttpRequest{"POST", base + "/v1/push",
                    nlohmann::json{{"items", nlohmann::json::array({item})}}.dump(), "application/json",
                    {{"Authorization", "Bearer " + token(k)}}, {}});
                if (!r || r->status != 200)
                    errors.add("push", r);
                else
                    push.add(ms(Clock::now() - sent));
            }
        });
    // The bare baseline in the same run: the health route at the same rate.
    std::thread healthProbe([&] {
        sync::HttpClient client;
        for (long n = 0;; ++n) {
            const auto due = t0
                + std::chrono::duration_cast<Clock::duration>(
                    std::chrono::duration<double>(static_cast<double>(n) / o.rate));
            if (due >= end)
                return;
            std::this_thread::sleep_until(due);
            const auto sent = Clock::now();
            auto r = client.get(base + "/v1/health");
            if (!r || r->status != 200)
                errors.add("health", r);
            else
                health.add(ms(Clock::now() - sent));
        }
    });
    // The disk's own floor in the same run: an acknowledged push waits for a commit, and a commit
    // for an fsync (SQLite's synchronous=FULL, PostgreSQL's synchronous_commit). A 4 KiB write and
    // fdatasync at the same rate, on the bench's folder (the README's PostgreSQL lives on the same
    // file system), says how much of a push's p99 the disk alone takes on this machine now.
    std::thread fsyncProbe([&] {
        const std::string path = (dir / (engine + "-fsync-probe")).string();
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return;
        const std::string page(4096, 'x');
        for (long n = 0;; ++n) {
            const auto due = t0
                + std::chrono::duration_cast<Clock::duration>(
                    std::chrono::duration<double>(static_cast<double>(n) / o.rate));
            if (due >= end)
                break;
            std::this_thread::sleep_until(due);
            const auto sent = Clock::now();
            if (::pwrite(fd, page.data(), page.size(), static_cast<off_t>((n % 256) * 4096)) == 4096
                && ::fdatasync(fd) == 0)
                fsyncs.add(ms(Clock::now() - sent));
        }
        ::close(fd);
    });
    for (auto &t : pushers)
        t.join();
    healthProbe.join();
    fsyncProbe.join();
    const auto [hwmKiB, threads] = hub.figures();
    stop = true;
    nlohmann::json out{{"engine", engine}, {"kiosks", o.kiosks}, {"centers", o.centers}, {"rate", o.rate},
        {"pushes", push.values.size()}, {"push_p50_ms", push.at(0.5)}, {"push_p99_ms", push.at(0.99)},
        {"visible_p50_ms", visible.at(0.5)}, {"visible_p99_ms", visible.at(0.99)},
        {"visible_samples", visible.values.size()}, {"health_p50_ms", health.at(0.5)},
        {"health_p99_ms", health.at(0.99)}, {"fsync_p50_ms", fsyncs.at(0.5)},
        {"fsync_p99_ms", fsyncs.at(0.99)}, {"errors", errors.total()}, {"error_reasons", errors.reasons()},
        {"hub_peak_rss_mib", static_cast<double>(hwmKiB) / 1024.0}, {"hub_threads", threads}};
    // The hub ends the long-polls when it stops; the kiosks then see stop and return.
    hub.stop();
    for (auto &t : kiosks)
        t.join();
    return out;
}

void run(const HubBenchOptions &o)
{
    // Each kiosk holds a connection, at both ends; the hub child inherits the raised limit.
    if (rlimit files{}; getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    namespace fs = std::filesystem;
    const fs::path dir
        = fs::temp_directory_path() / ("checkin-bench-hub-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir);
    const std::string binary = (fs::read_symlink("/proc/self/exe").parent_path() / "checkin-hub").string();
    nlohmann::json all = nlohmann::json::array();
    if (o.sqlite)
        all.push_back(runEngine(o, "sqlite", (dir / "hub.sqlite").string(), dir, binary));
    if (!o.postgres.empty())
        all.push_back(runEngine(o, "postgres", o.postgres, dir, binary));
    else
        std::cerr << "postgres: skipped (give --postgres CONNINFO of an empty database)\n";
    for (const auto &r : all)
        for (const auto &[reason, count] : r["error_reasons"].items())
            std::cerr << r["engine"].get<std::string>() << ": " << count.get<long>() << " errors of "
                      << reason << "\n";
    // The ratios put the hub's work beside the bare route measured in the same run, on the same
    // (possibly shared) machine.
    std::printf("%-9s %7s %10s %10s %12s %12s %11s %11s %9s %10s %7s %9s %8s\n", "engine", "kiosks",
        "push p50", "push p99", "visible p50", "visible p99", "health p50", "health p99", "p99 ratio",
        "fsync p99", "errors", "hub MiB", "threads");
    for (auto &r : all) {
        const double health99 = std::max(r["health_p99_ms"].get<double>(), 0.001);
        r["push_p99_over_health_p99"] = r["push_p99_ms"].get<double>() / health99;
        std::printf(
            "%-9s %7d %8.1fms %8.1fms %10.0fms %10.0fms %9.1fms %9.1fms %8.1fx %8.1fms %7ld %9.0f %8ld\n",
            r["engine"].get<std::string>().c_str(), r["kiosks"].get<int>(), r["push_p50_ms"].get<double>(),
            r["push_p99_ms"].get<double>(), r["visible_p50_ms"].get<double>(),
            r["visible_p99_ms"].get<double>(), r["health_p50_ms"].get<double>(), health99,
            r["push_p99_over_health_p99"].get<double>(), r["fsync_p99_ms"].get<double>(),
            r["errors"].get<long>(), r["hub_peak_rss_mib"].get<double>(), r["hub_threads"].get<long>());
    }
    if (!o.json.empty())
        std::ofstream(o.json) << all.dump(2) << "\n";
    std::error_code ec;
    fs::remove_all(dir, ec);
}

} // namespace

void addBenchHubCommand(CLI::App &app)
{
    auto o = std::make_shared<HubBenchOptions>();
    auto *cmd = benchCommand(app).add_subcommand("hub",
        "a morning peak: long-polling kiosks and check-ins against checkin-hub, beside its health route");
    cmd->add_option("--kiosks", o->kiosks, "long-polling kiosks")->capture_default_str();
    cmd->add_option("--centers", o->centers, "centers the kiosks belong to")->capture_default_str();
    cmd->add_option("--rate", o->rate, "check-ins per second")->capture_default_str();
    cmd->add_option("--seconds", o->seconds, "length of the peak")->capture_default_str();
    cmd->add_option(
        "--postgres", o->postgres, "also run on this PostgreSQL database (libpq connection string)");
    cmd->add_flag("!--no-sqlite", o->sqlite, "skip the SQLite run");
    cmd->add_option("--json", o->json, "also write the figures as JSON");
    cmd->callback([o] { run(*o); });
}

} // namespace checkin::ctl
