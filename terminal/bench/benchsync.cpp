// checkinctl bench sync: full sync, delta, push and hub throughput, each beside bare libcurl.
#include "offline-cache/store.h"
#include "sync/client/barecurl.h"
#include "sync/client/cachestore.h"
#include "sync/client/httpclient.h"
#include "sync/client/syncclient.h"
#include "sync/hub/hubserver.h"
#include "terminal/core/localtime.h"
#include "terminal/tools/commands.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

namespace checkin::ctl {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// Our HttpClient, remembering each request so the bare baseline can repeat the same transfers.
class Recording final : public sync::HttpTransport
{
public:
    explicit Recording(sync::HttpOptions options)
        : m_client(std::move(options))
    { }
    tl::expected<sync::HttpResponse, sync::TransportError> send(const sync::HttpRequest &request) override
    {
        requests.push_back(request);
        return m_client.send(request);
    }
    std::vector<sync::HttpRequest> requests;

private:
    sync::HttpClient m_client;
};

std::string appointmentsCsv(int count, int version, const std::string &day)
{
    std::string csv
        = "id,booking_ref,center_id,day,slot_start,slot_end,given_name,family_name,birth_date,postal_code,"
          "language,code,version\n";
    csv.reserve(static_cast<size_t>(count) * 110);
    for (int i = 1; i <= count; ++i) {
        const int slot = 7 * 60 + (i % 52) * 15;
        char line[256];
        std::snprintf(line, sizeof line,
            "%d,SB1-%08d,SB1,%s,%02d:%02d,%02d:%02d,Erika,Mustermann%d,1970-01-01,66111,de,CODE-%d,%d\n", i,
            i, day.c_str(), slot / 60, slot % 60, (slot + 15) / 60, (slot + 15) % 60, i, i, version);
        csv += line;
    }
    return csv;
}

/// Repeats the recorded transfers with bare libcurl; returns seconds.
double replay(
    const std::vector<sync::HttpRequest> &requests, const std::string &token, long long *bytes = nullptr)
{
    sync::BareCurl bare(token);
    const auto t0 = Clock::now();
    for (const auto &r : requests) {
        const auto result = r.method == "GET" ? bare.get(r.url) : bare.post(r.url, r.body);
        if (bytes)
            *bytes += result.bytesOnWire;
    }
    return secondsSince(t0);
}

struct Load
{
    double rps = 0;
    double p99Ms = 0;
    long requests = 0;
};

Load measureLoad(int kiosks, double seconds, const std::function<void(int, std::vector<double> &)> &kiosk)
{
    std::vector<std::vector<double>> latencies(static_cast<size_t>(kiosks));
    std::vector<std::thread> threads;
    const auto t0 = Clock::now();
    for (int i = 0; i < kiosks; ++i)
        threads.emplace_back([&, i] { kiosk(i, latencies[static_cast<size_t>(i)]); });
    for (auto &t : threads)
        t.join();
    const double elapsed = secondsSince(t0);
    std::vector<double> all;
    for (auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    Load load;
    load.requests = static_cast<long>(all.size());
    load.rps = elapsed > 0 ? static_cast<double>(all.size()) / elapsed : 0;
    if (!all.empty())
        load.p99Ms
            = all[std::min(all.size() - 1, static_cast<size_t>(static_cast<double>(all.size()) * 0.99))];
    (void)seconds;
    return load;
}

struct BenchOptions
{
    int appointments = 100000;
    int kiosks = 50;
    double seconds = 5;
    std::string json;
};

void run(const BenchOptions &o)
{
    namespace fs = std::filesystem;
    const fs::path dir
        = fs::temp_directory_path() / ("checkin-bench-sync-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir);
    const std::string day = core::toLocal(std::chrono::system_clock::now()).day;
    sync::HubServer::Options hubOptions;
    hubOptions.databasePath = (dir / "hub.sqlite").string();
    hubOptions.threads = o.kiosks + 16;
    for (int i = 0; i <= o.kiosks; ++i)
        hubOptions.kioskTokens["token-" + std::to_string(i)] = "kiosk-" + std::to_string(i);
    sync::HubServer hub(hubOptions);
    std::cerr << "importing " << o.appointments << " appointments into the hub...\n";
    hub.importText(appointmentsCsv(o.appointments, 1, day), sync::ImportFormat::Csv);
    const int port = hub.start();
    if (port < 0) {
        std::cerr << "checkinctl bench sync: " << hub.error() << "\n";
        throw CLI::RuntimeError(1);
    }
    const std::string base = "http://127.0.0.1:" + std::to_string(port);
    const std::string token = "token-0";

    auto store = std::move(*cache::Store::open((dir / "kiosk.sqlite").string()));
    sync::CacheClientStore clientStore(*store);
    sync::HttpOptions http;
    http.bearerToken = token;
    Recording recording(http);
    sync::SyncConfig config;
    config.baseUrl = base;
    config.centerId = "SB1";
    config.pageSize = 5000;
    config.pushBatch = 500;
    sync::SyncClient client(
        config, recording, clientStore, [] { return std::chrono::system_clock::now(); },
        [day](int) { return day; });

    nlohmann::json out;
    // 1. Full sync, and the same pages by bare libcurl.
    auto t0 = Clock::now();
    auto full = client.runOnce();
    out["full_sync_s"] = secondsSince(t0);
    out["full_sync_bytes"] = full.bytesOnWire;
    out["full_sync_appointments"] = full.appointments;
    long long bareBytes = 0;
    out["bare_download_s"] = replay(recording.requests, token, &bareBytes);
    out["bare_download_bytes"] = bareBytes;
    if (!full.ok() || full.appointments != o.appointments)
        std::cerr << "warning: full sync " << (full.failure ? full.failure->message : "incomplete") << "\n";

    // 2. A delta of 100 changed appointments.
    hub.importText(appointmentsCsv(100, 2, day), sync::ImportFormat::Csv);
    recording.requests.clear();
    t0 = Clock::now();
    auto delta = client.runOnce();
    out["delta_ms"] = secondsSince(t0) * 1000;
    out["delta_appointments"] = delta.appointments;
    out["bare_delta_ms"] = replay(recording.requests, token) * 1000;

    // 3. A push of 1,000 check-ins (recorded untimed, as scans would have).
    for (int i = 1; i <= 1000; ++i) {
        cache::CheckIn c;
        c.appointmentId = i;
        c.kioskId = "kiosk-0";
        c.scannedAtMs = core::unixMs(std::chrono::system_clock::now());
        (void)store->recordCheckIn(c, true);
    }
    recording.requests.clear();
    t0 = Clock::now();
    auto pushed = client.push();
    out["push_1000_ms"] = secondsSince(t0) * 1000;
    out["push_accepted"] = pushed.accepted;
    // The same bodies again: the hub answers "duplicate", the cheaper path, so this flatters bare curl.
    out["bare_push_ms"] = replay(recording.requests, token) * 1000;

    // 4. Hub throughput: kiosks alternately push one check-in and long-poll for changes.
    const auto deadline = Clock::now() + std::chrono::duration<double>(o.seconds);
    std::atomic<long> ids{0};
    auto ours = measureLoad(o.kiosks, o.seconds, [&](int i, std::vector<double> &lat) {
        sync::HttpOptions h;
        h.bearerToken = "token-" + std::to_string(i + 1);
        sync::HttpClient kiosk(h);
        std::string cursor = std::to_string(0);
        bool first = true;
        while (Clock::now() < deadline) {
            // Each push admits another appointment, so every long-poll has a change to wake for.
            const long n = ids++;
            nlohmann::json item{{"kind", "checkin"}, {"id", "bench-" + std::to_string(n)},
                {"appointment_id", 1001 + n % std::max(1, o.appointments - 1000)}, {"admitted", true},
                {"scanned_at_ms", core::unixMs(std::chrono::system_clock::now())}};
            auto s = Clock::now();
            (void)kiosk.post(
                base + "/v1/push", nlohmann::json{{"items", nlohmann::json::array({item})}}.dump());
            lat.push_back(secondsSince(s) * 1000);
            s = Clock::now();
            auto page = kiosk.send({"GET",
                base + "/v1/centers/SB1/appointments?from=" + day + "&limit=" + (first ? "1" : "1000")
                    + "&wait=1&cursor=" + cursor,
                {}, {}, {}, std::chrono::milliseconds(5000)});
            lat.push_back(secondsSince(s) * 1000);
            first = false;
            if (page && page->status == 200) {
                auto body = nlohmann::json::parse(page->body, nullptr, false);
                if (body.is_object() && body.contains("cursor"))
                    cursor = body["cursor"].get<std::string>();
            }
        }
    });
    out["hub_rps"] = ours.rps;
    out["hub_p99_ms"] = ours.p99Ms;
    out["hub_requests"] = ours.requests;
    const auto bareDeadline = Clock::now() + std::chrono::duration<double>(o.seconds);
    auto bare = measureLoad(o.kiosks, o.seconds, [&](int i, std::vector<double> &lat) {
        sync::BareCurl kiosk("token-" + std::to_string(i + 1));
        while (Clock::now() < bareDeadline) {
            const auto s = Clock::now();
            (void)kiosk.get(base + "/v1/health");
            lat.push_back(secondsSince(s) * 1000);
        }
    });
    out["bare_hub_rps"] = bare.rps;
    out["bare_hub_p99_ms"] = bare.p99Ms;
    out["kiosks"] = o.kiosks;
    out["appointments"] = o.appointments;
    hub.stop();
    fs::remove_all(dir);

    auto ratio = [&](const char *a, const char *b) {
        const double d = out[b].get<double>();
        return d > 0 ? out[a].get<double>() / d : 0.0;
    };
    std::printf(
        "full sync of %d appointments: %.2f s, %lld bytes on the wire (bare libcurl: %.2f s, x%.1f)\n",
        o.appointments, out["full_sync_s"].get<double>(), full.bytesOnWire,
        out["bare_download_s"].get<double>(), ratio("full_sync_s", "bare_download_s"));
    std::printf("delta of 100 changes: %.1f ms (bare libcurl: %.1f ms, x%.1f)\n",
        out["delta_ms"].get<double>(), out["bare_delta_ms"].get<double>(),
        ratio("delta_ms", "bare_delta_ms"));
    std::printf("push of 1,000 check-ins: %.1f ms (bare libcurl, same bodies: %.1f ms, x%.1f)\n",
        out["push_1000_ms"].get<double>(), out["bare_push_ms"].get<double>(),
        ratio("push_1000_ms", "bare_push_ms"));
    std::printf("hub, %d kiosks pushing and long-polling: %.0f requests/s, p99 %.1f ms (bare libcurl GET "
                "/v1/health: %.0f requests/s, p99 %.1f ms)\n",
        o.kiosks, ours.rps, ours.p99Ms, bare.rps, bare.p99Ms);
    if (!o.json.empty()) {
        std::ofstream f(o.json);
        f << out.dump(2) << "\n";
        if (!f) {
            std::cerr << "checkinctl bench sync: cannot write " << o.json << "\n";
            throw CLI::RuntimeError(2);
        }
    }
}

} // namespace

void addBenchSyncCommand(CLI::App &app)
{
    auto o = std::make_shared<BenchOptions>();
    auto *cmd = benchCommand(app).add_subcommand(
        "sync", "full sync, delta, push and hub load, each beside bare libcurl");
    cmd->add_option("--json", o->json, "also write the figures as JSON");
    cmd->add_option("--appointments", o->appointments, "appointments of the full sync")
        ->capture_default_str();
    cmd->add_option("--kiosks", o->kiosks, "simulated kiosks for the hub load")->capture_default_str();
    cmd->add_option("--seconds", o->seconds, "length of each load run")->capture_default_str();
    cmd->callback([o] { run(*o); });
}

} // namespace checkin::ctl
