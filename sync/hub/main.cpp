// checkin-hub: the reference hub server for development, tests, demos and small sites. A composition
// root: it gives the hub (sync/, which knows no code format) the terminal's code signer and key list.
#include "sync/hub/hubserver.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/codes/keylist.h"

#include <CLI/CLI.hpp>
#include <csignal>
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

} // namespace

int main(int argc, char **argv)
{
    checkin::sync::HubServer::Options options;
    std::vector<std::string> tokens;
    std::string tokensFile;
    std::vector<std::string> imports;
    std::string keysFile;
    std::string rootPublicFile;
    std::string signingKeyFile;
    std::string deskCredentialFile;
    int signingKeyId = 1;
    CLI::App app{"checkin-hub: the reference sync hub (protocol: sync/protocol/openapi.yaml)"};
    app.add_option("--listen", options.host, "address to listen on")->capture_default_str();
    app.add_option("--port", options.port, "port (0: any free port, printed on start)")
        ->capture_default_str();
    app.add_option("--db", options.databasePath, "the hub's SQLite file (empty: in memory)");
    app.add_option("--token", tokens, "KIOSK=TOKEN, a kiosk's bearer token (repeatable)");
    app.add_option("--tokens", tokensFile, "a file of \"KIOSK TOKEN\" lines");
    app.add_option("--desk-credential-file", deskCredentialFile,
        "file holding the desk credential (at least 16 characters): the help desk's sign-in and the admin "
        "API's bearer token");
    app.add_option("--import", imports, "a CSV or JSON export to import on start (repeatable)");
    app.add_option("--key-list", keysFile, "the signed key list to serve (checkinctl keys sign-list)");
    app.add_option("--root-public", rootPublicFile, "the root public key file the key list is signed with");
    app.add_option(
        "--signing-key", signingKeyFile, "secret key file: sign codes for imported rows without one");
    app.add_option("--signing-key-id", signingKeyId, "that key's id in the key list")->capture_default_str();
    app.add_option("--walk-in-capacity", options.walkInCapacity, "walk-ins the help desk may admit per day");
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
    CLI11_PARSE(app, argc, argv);

    for (const auto &t : tokens) {
        const auto eq = t.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == t.size()) {
            std::cerr << "checkin-hub: --token " << t << ": expected KIOSK=TOKEN\n";
            return 2;
        }
        options.kioskTokens[t.substr(eq + 1)] = t.substr(0, eq);
    }
    if (!tokensFile.empty()) {
        std::ifstream in(tokensFile);
        if (!in) {
            std::cerr << "checkin-hub: cannot read " << tokensFile << "\n";
            return 2;
        }
        std::string kiosk, token;
        while (in >> kiosk >> token)
            options.kioskTokens[token] = kiosk;
    }

    if (!deskCredentialFile.empty()) {
        bool ok = false;
        std::string text = readFile(deskCredentialFile, ok);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
            text.pop_back();
        if (!ok || text.size() < 16 || text.find('\n') != std::string::npos) {
            std::cerr
                << "checkin-hub: " << deskCredentialFile
                << ": needs one line of at least 16 characters (for example `openssl rand -base64 24`)\n";
            return 2;
        }
        // HubServer keeps only hashes of it and wipes this copy.
        options.adminToken = std::move(text);
    }

    if (!signingKeyFile.empty()) {
        bool ok = false;
        std::string text = readFile(signingKeyFile, ok);
        while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
            text.pop_back();
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
        bool rootOk = false;
        const std::string text = readFile(keysFile, ok);
        auto rootText = readFile(rootPublicFile, rootOk);
        while (!rootText.empty() && (rootText.back() == '\n' || rootText.back() == ' '))
            rootText.pop_back();
        const auto root = checkin::core::fromHex<32>(rootText);
        if (!ok || !rootOk || !root) {
            std::cerr
                << "checkin-hub: --key-list needs a readable list and --root-public with its root key\n";
            return 2;
        }
        // The hub checks the list as a kiosk would, so it never hands out one the kiosks refuse.
        auto list = checkin::core::KeyList::parse(text, *root);
        if (!list) {
            std::cerr << "checkin-hub: " << keysFile << ": " << list.error().message << "\n";
            return 2;
        }
        hub.setKeyList(text, list->version());
    }
    std::cout << "checkin-hub: listening on " << options.host << ":" << port << std::endl;
    int sig = 0;
    sigwait(&set, &sig);
    hub.stop();
    return 0;
}
