// checkinctl sync once | status: one sync run against the hub, or what the kiosk's store says.
#include "offline-cache/store.h"
#include "sync/client/cachestore.h"
#include "sync/client/httpclient.h"
#include "sync/client/syncclient.h"
#include "terminal/codes/keylist.h"
#include "terminal/core/config.h"
#include "terminal/core/localtime.h"
#include "terminal/tools/commands.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace checkin::ctl {

namespace {

struct SyncOptions
{
    std::string cachePath;
    std::string configPath;
    std::string hub;
    std::string token;
    std::string tokenFile;
    std::string center;
    std::string day;
    std::string caFile;
    std::string pin;
    std::string clientCert;
    std::string clientKey;
    std::string proxy;
    std::string rootPublicFile;
    std::optional<core::PublicKey> root; ///< from --root-public, else the config's trust.root_public_key
    bool json = false;
};

[[noreturn]] void fail(const std::string &message, int code = 2)
{
    std::cerr << "checkinctl sync: " << message << "\n";
    throw CLI::RuntimeError(code);
}

/// Fills hub, token and center from --config where the command line left them empty.
void complete(SyncOptions &o)
{
    if (!o.configPath.empty()) {
        auto config = core::loadConfig(o.configPath);
        if (!config)
            fail(o.configPath + ":\n" + core::describe(config.error()));
        if (o.hub.empty())
            o.hub = config->syncUrl;
        if (o.tokenFile.empty() && o.token.empty())
            o.tokenFile = config->syncTokenFile;
        if (o.center.empty())
            o.center = config->policy.centerId;
        o.root = config->policy.rootPublicKey;
        // The command line wins over the kiosk config for each TLS setting it names.
        if (o.caFile.empty())
            o.caFile = config->syncTls.caFile;
        if (o.pin.empty())
            o.pin = config->syncTls.pin;
        if (o.clientCert.empty() && o.clientKey.empty()) {
            o.clientCert = config->syncTls.clientCert;
            o.clientKey = config->syncTls.clientKey;
        }
    }
    if (!o.rootPublicFile.empty()) {
        std::ifstream in(o.rootPublicFile);
        std::string hex;
        if (!in || !(in >> hex) || !(o.root = core::fromHex<32>(hex)))
            fail("cannot read a root public key (64 hex digits) from " + o.rootPublicFile);
    }
    if (!o.pin.empty()) {
        const auto pin = core::normalizePin(o.pin);
        if (pin.empty())
            fail("--pin: expected the base64 SHA-256 of the hub's public key (sha256//BASE64)");
        o.pin = pin;
    }
    if (o.clientCert.empty() != o.clientKey.empty())
        fail("--client-cert and --client-key go together (mutual TLS)");
    if (!o.tokenFile.empty()) {
        std::ifstream in(o.tokenFile);
        if (!in || !std::getline(in, o.token))
            fail("cannot read the token file " + o.tokenFile);
    }
    while (!o.hub.empty() && o.hub.back() == '/')
        o.hub.pop_back();
}

std::unique_ptr<cache::Store> openStore(const std::string &path)
{
    auto store = cache::Store::open(path);
    if (!store)
        fail("cannot open the cache " + path + ": " + store.error().message);
    return std::move(*store);
}

sync::HttpOptions httpOptions(const SyncOptions &o)
{
    sync::HttpOptions http;
    http.bearerToken = o.token;
    http.caFile = o.caFile;
    http.pinnedPublicKey = o.pin;
    http.clientCert = o.clientCert;
    http.clientKey = o.clientKey;
    http.proxy = o.proxy;
    return http;
}

void runOnce(SyncOptions o)
{
    complete(o);
    if (o.hub.empty() || o.center.empty())
        fail("needs --hub and --center (or a --config with [sync] url and kiosk.center_id)");
    auto store = openStore(o.cachePath);
    sync::CacheClientStore clientStore(*store);
    sync::HttpClient http(httpOptions(o));
    // A downloaded key list is stored only when it verifies against the pinned root key.
    sync::SyncConfig config(o.hub, o.center, [root = o.root](const std::string &document) {
        return core::KeyList::verifiedVersion(document, root);
    });
    const std::string fixedDay = o.day;
    sync::SyncClient client(
        config, http, clientStore, [] { return std::chrono::system_clock::now(); },
        [fixedDay](int days) {
            return days == 0 && !fixedDay.empty()
                ? fixedDay
                : core::toLocal(std::chrono::system_clock::now() + std::chrono::hours(24 * days)).day;
        });
    const auto report = client.runOnce();
    const auto depth = store->outboxDepth().value_or(-1);
    nlohmann::json out{{"ok", report.ok()}, {"pushed", report.pushed}, {"accepted", report.accepted},
        {"duplicates", report.duplicates}, {"conflicts", report.conflicts}, {"dropped", report.dropped},
        {"appointments", report.appointments}, {"admissions", report.admissions},
        {"annulments", report.annulments}, {"full_download", report.fullDownload},
        {"completed", report.completed}, {"keys_updated", report.keysUpdated},
        {"bytes_on_wire", report.bytesOnWire}, {"outbox_depth", depth}};
    if (report.serverTimeMs)
        out["clock_offset_ms"] = *report.serverTimeMs - core::unixMs(std::chrono::system_clock::now());
    if (report.failure) {
        out["failure"] = sync::failureClassName(report.failure->kind);
        out["message"] = report.failure->message;
    }
    if (report.keyListProblem) {
        out["key_list_refused"] = sync::keyListRefusalName(report.keyListProblem->kind);
        out["key_list_problem"] = report.keyListProblem->message;
    }
    if (o.json) {
        std::cout << out.dump(2) << "\n";
    } else {
        std::cout << (report.ok() ? "sync: ok" : "sync: FAILED") << "\n";
        for (const auto &[k, v] : out.items())
            if (k != "ok")
                std::cout << "  " << k << ": " << v << "\n";
    }
    if (!report.ok())
        throw CLI::RuntimeError(1);
}

void status(SyncOptions o)
{
    complete(o);
    auto store = openStore(o.cachePath);
    auto cursor = [&](const std::string &name) {
        auto v = store->cursor(name);
        return v && *v ? **v : std::string();
    };
    nlohmann::json out{{"outbox_depth", store->outboxDepth().value_or(-1)},
        {"appointments", store->appointmentCount().value_or(-1)}, {"synced_day", cursor("sync/day")},
        {"key_list_version", cursor("keys/version")}};
    const auto last = cursor("sync/last_ok_ms");
    out["last_good_sync_ms"] = last.empty() ? nlohmann::json() : nlohmann::json(std::stoll(last));
    if (!o.hub.empty()) {
        // Reachability and the clock check need nothing but the health route.
        sync::HttpClient http(httpOptions(o));
        const auto before = core::unixMs(std::chrono::system_clock::now());
        auto health = http.get(o.hub + "/v1/health");
        const auto after = core::unixMs(std::chrono::system_clock::now());
        if (!health) {
            out["hub"] = "unreachable: " + health.error().message;
        } else {
            auto body = nlohmann::json::parse(health->body, nullptr, false);
            out["hub"] = health->status == 200 ? "ok" : "HTTP " + std::to_string(health->status);
            if (body.is_object() && body.contains("server_time_ms"))
                out["clock_offset_ms"] = body["server_time_ms"].get<int64_t>() - (before + after) / 2;
        }
    }
    if (o.json) {
        std::cout << out.dump(2) << "\n";
        return;
    }
    for (const auto &[k, v] : out.items())
        std::cout << k << ": " << v << "\n";
}

void addCommonOptions(CLI::App *cmd, SyncOptions &o)
{
    cmd->add_option("--cache", o.cachePath, "the kiosk's store file")->required();
    cmd->add_option("--config", o.configPath,
        "kiosk config (TOML): [sync] url, token_file, ca_file, pin_sha256, client_cert, client_key; "
        "kiosk.center_id");
    cmd->add_option("--hub", o.hub, "hub base URL, e.g. https://hub:8443");
    cmd->add_option("--token", o.token, "the kiosk's bearer token");
    cmd->add_option("--token-file", o.tokenFile, "a file holding the token");
    cmd->add_option("--ca-file", o.caFile, "CA bundle to verify the hub with");
    cmd->add_option("--pin", o.pin, "pinned public key of the hub (sha256//BASE64)");
    cmd->add_option("--client-cert", o.clientCert, "the kiosk's certificate (PEM) for mutual TLS");
    cmd->add_option("--client-key", o.clientKey, "the kiosk's private key (PEM) for mutual TLS");
    cmd->add_option("--proxy", o.proxy, "HTTP proxy URL");
    cmd->add_flag("--json", o.json, "print JSON");
}

} // namespace

void addSyncCommand(CLI::App &app)
{
    auto *sync = app.add_subcommand("sync", "sync the kiosk's store with the hub");
    sync->require_subcommand(1);
    auto once = std::make_shared<SyncOptions>();
    auto *onceCmd = sync->add_subcommand("once", "push the outbox, fetch keys and appointments, once");
    addCommonOptions(onceCmd, *once);
    onceCmd->add_option("--center", once->center, "center id, e.g. SB1");
    onceCmd->add_option("--day", once->day, "the day to pull (YYYY-MM-DD; default: today)");
    onceCmd->add_option("--root-public", once->rootPublicFile,
        "the root public key file (hex) key lists must be signed with (default: the config's)");
    onceCmd->callback([once] { runOnce(*once); });
    auto st = std::make_shared<SyncOptions>();
    auto *statusCmd
        = sync->add_subcommand("status", "outbox depth, last good sync, synced day; hub reachability");
    addCommonOptions(statusCmd, *st);
    statusCmd->callback([st] { status(*st); });
}

} // namespace checkin::ctl
