// checkin-hub: the reference hub server for development, tests, demos and small sites. A composition
// root: it gives the hub (sync/, which knows no code format) the terminal's code signer and key list.
#include "sync/hub/desksession.h"
#include "sync/hub/hubserver.h"
#include "sync/hub/hubstore.h"
#include "sync/hub/kioskauth.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/codes/keylist.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string readFile(const std::string &path, bool &ok)
{
    std::ifstream in(path, std::ios::binary);
    ok = static_cast<bool>(in);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// `checkin-hub kiosk add|revoke|list`: provisioning straight on the database, no server running.
int kioskCommand(
    const std::string &action, const std::string &db, const std::string &center, const std::string &kiosk)
{
    auto store = checkin::sync::HubStore::open(db);
    if (!store) {
        std::cerr << "checkin-hub: " << store.error().message << "\n";
        return 1;
    }
    if (action == "add") {
        const std::string token = checkin::sync::newToken();
        if (token.size() < checkin::sync::kMinTokenLength) {
            std::cerr << "checkin-hub: no random source for a token\n";
            return 1;
        }
        if (auto ok
            = (*store)->addKiosk({kiosk, center, nowMs(), std::nullopt}, checkin::sync::hashToken(token));
            !ok) {
            std::cerr << "checkin-hub: " << ok.error().message << "\n";
            return 1;
        }
        // The only time the token is shown: the hub keeps its hash alone.
        std::cerr << "checkin-hub: kiosk " << kiosk << " of center " << center
                  << " added; put this token into the kiosk's token_file now, it is not shown again\n";
        std::cout << token << std::endl;
        return 0;
    }
    if (action == "revoke") {
        auto ok = (*store)->revokeKiosk(kiosk, nowMs());
        if (!ok || !*ok) {
            std::cerr << "checkin-hub: " << (ok ? "no active kiosk " + kiosk : ok.error().message) << "\n";
            return 1;
        }
        std::cerr << "checkin-hub: kiosk " << kiosk << " revoked\n";
        return 0;
    }
    auto all = (*store)->kiosks();
    if (!all) {
        std::cerr << "checkin-hub: " << all.error().message << "\n";
        return 1;
    }
    for (const auto &k : *all)
        std::cout << k.centerId << "\t" << k.kioskId << "\t" << (k.revokedAtMs ? "revoked" : "active")
                  << "\n";
    return 0;
}

/// `checkin-hub desk add|revoke|list`: the clearing desk's people, each with an access key of their
/// own, so a case's history names who resolved it.
int deskCommand(const std::string &action, const std::string &db, const std::string &user)
{
    if (action != "list" && !checkin::sync::validDeskUserName(user)) {
        std::cerr << "checkin-hub: a desk user name is 1 to 32 of a-z, 0-9, - and _ (e.g. anna-schmidt)\n";
        return 2;
    }
    auto store = checkin::sync::HubStore::open(db);
    if (!store) {
        std::cerr << "checkin-hub: " << store.error().message << "\n";
        return 1;
    }
    if (action == "add") {
        const std::string key = checkin::sync::newToken();
        if (key.size() < checkin::sync::kMinTokenLength) {
            std::cerr << "checkin-hub: no random source for an access key\n";
            return 1;
        }
        if (auto ok = (*store)->addDeskUser(user, checkin::sync::hashToken(key), nowMs()); !ok) {
            std::cerr << "checkin-hub: " << ok.error().message << "\n";
            return 1;
        }
        // The only time the key is shown: the hub keeps its hash alone.
        std::cerr << "checkin-hub: desk user " << user
                  << " added; give them this access key now, it is not shown again\n";
        std::cout << key << std::endl;
        return 0;
    }
    if (action == "revoke") {
        auto ok = (*store)->revokeDeskUser(user, nowMs());
        if (!ok || !*ok) {
            std::cerr << "checkin-hub: " << (ok ? "no active desk user " + user : ok.error().message) << "\n";
            return 1;
        }
        std::cerr << "checkin-hub: desk user " << user << " revoked; their sessions end now\n";
        return 0;
    }
    auto all = (*store)->deskUsers();
    if (!all) {
        std::cerr << "checkin-hub: " << all.error().message << "\n";
        return 1;
    }
    for (const auto &[name, active] : *all)
        std::cout << name << "\t" << (active ? "active" : "revoked") << "\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    checkin::sync::HubServer::Options options;
    std::string tokensFile;
    std::string adminTokenFile;
    std::vector<std::string> imports;
    std::string keysFile;
    std::string rootPublicFile;
    std::string signingKeyFile;
    int signingKeyId = 1;
    CLI::App app{"checkin-hub: the reference sync hub (protocol: sync/protocol/openapi.yaml)"};
    app.add_option("--listen", options.host, "address to listen on")->capture_default_str();
    app.add_option("--port", options.port, "port (0: any free port, printed on start)")
        ->capture_default_str();
    app.add_option("--db", options.databasePath,
        "the hub's database: a SQLite file, or a PostgreSQL URI postgresql://... shared by several hubs");
    app.add_option("--tokens-file", tokensFile,
        "a file of \"KIOSK CENTER TOKEN\" lines provisioned at start (tests, demos; else `kiosk add`)");
    app.add_option("--admin-token-file", adminTokenFile,
        "a file holding the desk credential: the help desk's sign-in and the admin API's bearer token");
    app.add_option("--retention-days", options.retentionDays,
           "purge appointments and closed clearing cases older than this many days (0: never)")
        ->capture_default_str();
    app.add_option("--import", imports, "a CSV or JSON export to import on start (repeatable)");
    app.add_option("--key-list", keysFile, "the signed key list to serve (checkinctl keys sign-list)");
    app.add_option("--root-public", rootPublicFile, "the root public key file the key list is signed with");
    app.add_option(
        "--signing-key", signingKeyFile, "secret key file: sign codes for imported rows without one");
    app.add_option("--signing-key-id", signingKeyId, "that key's id in the key list")->capture_default_str();
    app.add_option("--walk-in-capacity", options.walkInCapacity, "walk-ins the help desk may admit per day");
    std::string timeZone = "Europe/Berlin";
    app.add_option("--time-zone", timeZone, "the centers' time zone: the desk's times and days")
        ->capture_default_str();
    app.add_option("--threads", options.threads, "handler threads (long-polling kiosks hold none)");
    app.add_option("--max-connections-per-address", options.maxConnectionsPerAddress,
           "connections one client address may hold open (0: no cap)")
        ->capture_default_str();
    app.add_option("--trusted-proxy", options.trustedProxies,
        "address of a reverse proxy (nginx) whose X-Real-IP and X-Forwarded-Proto are believed (repeatable)");
    app.add_option("--cert", options.certPath, "TLS certificate (PEM): serve HTTPS");
    app.add_option("--key", options.keyPath, "TLS private key (PEM)");
    app.add_option(
        "--client-ca", options.clientCaPath, "CA (PEM) that kiosk certificates must chain to (mTLS)");
    std::string kioskAction;
    std::string center;
    std::string kioskId;
    auto *kiosk = app.add_subcommand("kiosk", "provision kiosk tokens in the hub's database");
    kiosk->require_subcommand(1);
    auto *add = kiosk->add_subcommand("add", "add a kiosk of a center; prints its new token once");
    add->add_option("--db", options.databasePath, "the hub's database")->required();
    add->add_option("--center", center, "the kiosk's center, e.g. SB1")->required();
    add->add_option("--kiosk", kioskId, "the kiosk's id, e.g. sb-01")->required();
    auto *revoke = kiosk->add_subcommand("revoke", "end a kiosk's token");
    revoke->add_option("--db", options.databasePath, "the hub's database")->required();
    revoke->add_option("--kiosk", kioskId, "the kiosk's id")->required();
    auto *list = kiosk->add_subcommand("list", "list the kiosks (center, id, active or revoked)");
    list->add_option("--db", options.databasePath, "the hub's database")->required();
    for (auto *sub : {add, revoke, list})
        sub->callback([&kioskAction, sub] { kioskAction = sub->get_name(); });
    std::string deskAction;
    std::string deskUser;
    auto *deskCmd
        = app.add_subcommand("desk", "the clearing desk's people, each with an access key of their own");
    deskCmd->require_subcommand(1);
    auto *deskAdd = deskCmd->add_subcommand("add", "add a desk user; prints their new access key once");
    auto *deskRevoke = deskCmd->add_subcommand("revoke", "end a desk user's access key and sessions");
    auto *deskList = deskCmd->add_subcommand("list", "list the desk users (name, active or revoked)");
    for (auto *sub : {deskAdd, deskRevoke, deskList}) {
        sub->add_option("--db", options.databasePath, "the hub's database")->required();
        if (sub != deskList)
            sub->add_option("--user", deskUser, "the person's desk user name, e.g. anna-schmidt")->required();
        sub->callback([&deskAction, sub] { deskAction = sub->get_name(); });
    }
    CLI11_PARSE(app, argc, argv);
    // Before any thread starts: localtime_r then reads the centers' zone everywhere.
    ::setenv("TZ", timeZone.c_str(), 1); // NOLINT(concurrency-mt-unsafe): no other thread runs yet
    ::tzset();
    if (!kioskAction.empty())
        return kioskCommand(kioskAction, options.databasePath, center, kioskId);
    if (!deskAction.empty())
        return deskCommand(deskAction, options.databasePath, deskUser);
    if (options.databasePath.empty()) {
        std::cerr
            << "checkin-hub: --db FILE or --db postgresql://... is required (the hub keeps nothing in memory "
               "only)\n";
        return 2;
    }

    if (!tokensFile.empty()) {
        std::ifstream in(tokensFile);
        if (!in) {
            std::cerr << "checkin-hub: cannot read " << tokensFile << "\n";
            return 2;
        }
        std::string id, centerId, token;
        while (in >> id >> centerId >> token)
            options.kiosks.push_back({id, centerId, token});
    }
    if (!adminTokenFile.empty()) {
        bool ok = false;
        options.adminToken = trimmed(readFile(adminTokenFile, ok));
        if (!ok || options.adminToken.size() < checkin::sync::kMinTokenLength) {
            std::cerr << "checkin-hub: " << adminTokenFile << ": needs a token of at least "
                      << checkin::sync::kMinTokenLength << " characters\n";
            return 2;
        }
    }
    if (!rootPublicFile.empty()) {
        bool ok = false;
        const auto root = checkin::core::fromHex<32>(trimmed(readFile(rootPublicFile, ok)));
        if (!ok || !root) {
            std::cerr << "checkin-hub: " << rootPublicFile << ": not a root public key file\n";
            return 2;
        }
        // The hub checks every list as a kiosk would, so it never hands out one the kiosks refuse.
        options.keyListVerifier
            = [key = *root](const std::string &document) -> tl::expected<int64_t, std::string> {
            auto parsed = checkin::core::KeyList::parse(document, key);
            if (!parsed)
                return tl::unexpected(parsed.error().message);
            return parsed->version();
        };
    }

    if (!signingKeyFile.empty()) {
        bool ok = false;
        std::string text = readFile(signingKeyFile, ok);
        text = trimmed(text);
        const std::string_view tag = "ed25519-seed ";
        auto key = ok && text.starts_with(tag)
            ? checkin::core::SigningKey::fromSeedHex(text.substr(tag.size()))
            : std::nullopt;
        if (!key) {
            std::cerr << "checkin-hub: " << signingKeyFile
                      << ": not a secret key file from `checkinctl keys generate`\n";
            return 2;
        }
        const auto keyId = static_cast<uint16_t>(signingKeyId);
        options.codeIssuer = [signer = *key, keyId](const checkin::cache::Appointment &a) {
            const checkin::core::BookingClaims claims{keyId, a.id, a.centerId, a.day, a.slotStart, a.slotEnd};
            auto code = checkin::core::bookingcode::issue(claims, signer);
            if (!code)
                std::cerr << "checkin-hub: appointment " << a.id << ": no code: " << code.error().message
                          << "\n";
            return code ? *code : std::string();
        };
    }

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    checkin::sync::HubServer hub(options);
    for (const auto &path : imports) {
        bool ok = false;
        const std::string text = readFile(path, ok);
        if (!ok) {
            std::cerr << "checkin-hub: cannot read " << path << "\n";
            return 2;
        }
        const auto report = hub.importText(text, checkin::sync::formatForPath(path));
        for (const auto &issue : report.issues)
            std::cerr << path << ":" << issue.line << ": " << (issue.field.empty() ? "" : issue.field + ": ")
                      << issue.message << "\n";
        std::cerr << "checkin-hub: " << path << ": imported " << report.rows.size() << " appointments, "
                  << report.issues.size() << " rows refused\n";
    }
    const int port = hub.start();
    if (port < 0) {
        std::cerr << "checkin-hub: " << hub.error() << "\n";
        return 1;
    }
    if (!keysFile.empty()) {
        bool ok = false;
        const std::string text = readFile(keysFile, ok);
        if (!ok || !options.keyListVerifier) {
            std::cerr
                << "checkin-hub: --key-list needs a readable list and --root-public with its root key\n";
            return 2;
        }
        // A list older than the stored one is refused (a restart with an old file keeps the newer).
        if (auto installed = hub.installKeyList(text); !installed)
            std::cerr << "checkin-hub: " << keysFile << ": " << installed.error() << "\n";
    }
    std::cout << "checkin-hub: listening on " << options.host << ":" << port << std::endl;
    int sig = 0;
    sigwait(&set, &sig);
    hub.stop();
    return 0;
}
