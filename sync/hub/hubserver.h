// The reference hub: the central side of the sync protocol (sync/protocol/openapi.yaml), over its own SQLite
// file.
#pragma once

#include "sync/hub/hubimport.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::sync {

/// Checks a signed key list against the root key and returns the version the document itself
/// states (the hub program injects the terminal's KeyList; sync/ knows no key-list format).
using KeyListVerifier = std::function<tl::expected<int64_t, std::string>(const std::string &document)>;

/// A kiosk the hub provisions at start (tests, the demo, `--tokens-file`): only its hash is stored.
struct KioskGrant
{
    std::string kioskId;
    std::string centerId;
    std::string token; ///< at least kMinTokenLength characters
};

/// The hub's routes on an HttpFront (I/O threads "hub-io", handler threads "hub-work"); the store
/// behind it is guarded by one mutex; long-polls are parked, not held by a thread. Start it on
/// port 0 in tests to get a free port.
class HubServer
{
public:
    struct Options
    {
        std::string host = "127.0.0.1";
        int port = 0;
        std::string databasePath; ///< a SQLite file or a PostgreSQL URI (sqlengine.h); required
        std::vector<KioskGrant> kiosks; ///< provisioned into the store at start
        /// The desk credential: the help desk's sign-in and the admin API's bearer token (imports, the
        /// key list, scripts); empty: those are off. The hub keeps only hashes of it.
        std::string adminToken;
        KeyListVerifier keyListVerifier; ///< PUT /v1/keys and --key-list; empty: uploads are refused
        int retentionDays = 14; ///< personal data of days older than this is purged (0: never)
        int walkInCapacity = 0; ///< walk-ins the help desk may admit per day
        int maxWaitSeconds = 30; ///< the longest long-poll the hub holds open
        int threads = 4; ///< handler threads; long-polling kiosks hold none
        int keepAliveSeconds = 5; ///< idle keep-alive between two requests of one connection
        CodeIssuer codeIssuer; ///< signs codes for imported rows that carry none
        std::function<int64_t()> nowMs; ///< the hub's clock (Unix ms); empty: the system clock
        // Limits of the front (sync/hub/httpfront.h): deadlines and connection caps.
        std::chrono::milliseconds headTimeout{10000}; ///< the whole request head (slow-loris)
        std::chrono::milliseconds bodyTimeout{30000}; ///< the whole request body
        int maxConnectionsPerAddress = 64; ///< 0: no cap; trusted proxies are never capped
        int maxConnections = 10000;
        std::vector<std::string> trustedProxies; ///< addresses whose X-Real-IP / X-Forwarded-Proto count
        // TLS (optional): serve HTTPS; with clientCaPath, kiosks must show a certificate (mTLS).
        std::string certPath;
        std::string keyPath;
        std::string clientCaPath;
    };

    explicit HubServer(Options options);
    ~HubServer();
    HubServer(const HubServer &) = delete;
    HubServer &operator=(const HubServer &) = delete;

    /// Opens the store, binds and starts serving; returns the bound port, or -1 with error() set.
    int start();
    /// Stops serving; long-polls return at once. Safe to call twice.
    void stop();
    int port() const;
    const std::string &error() const;

    /// Imports rows into the store directly (the hub program's --import); returns the issues.
    ImportReport importText(std::string_view text, ImportFormat format);
    /// Verifies and stores a signed key list; refuses one older than the stored list. Returns the
    /// version stored, or why not.
    tl::expected<int64_t, std::string> installKeyList(const std::string &document);
    /// Retention: purges personal data of days older than Options::retentionDays now (the hub also
    /// does so at start and every hour); returns "N appointments, M cases" or the error.
    std::string purgeNow();
    /// Check-ins stored so far (tests count them to prove "exactly once").
    int64_t checkInCount();
    int64_t requestCount() const;

    /// Every route the hub serves, as (method, OpenAPI path); the protocol test compares it with
    /// sync/protocol/openapi.yaml.
    static std::vector<std::pair<std::string, std::string>> routes();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::sync
