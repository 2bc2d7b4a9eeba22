// The reference hub: the central side of the sync protocol (sync/protocol/openapi.yaml), over its own SQLite
// file.
#pragma once

#include "sync/hub/hubimport.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace checkin::sync {

/// An HTTP server with its own listener thread ("hub") and a pool of request threads; the store
/// behind it is guarded by one mutex. Start it on port 0 in tests to get a free port.
class HubServer
{
public:
    struct Options
    {
        std::string host = "127.0.0.1";
        int port = 0;
        std::string databasePath; ///< empty: an in-memory database
        std::map<std::string, std::string> kioskTokens; ///< bearer token -> kiosk id
        std::string adminToken; ///< for imports, the key list and the help desk; empty: those are off
        int walkInCapacity = 0; ///< walk-ins the help desk may admit per day
        int maxWaitSeconds = 30; ///< the longest long-poll the hub holds open
        int threads = 64; ///< request threads: long-polling kiosks each hold one
        int keepAliveSeconds = 5; ///< idle keep-alive; stop() waits up to this long for idle connections
        CodeIssuer codeIssuer; ///< signs codes for imported rows that carry none
        std::function<int64_t()> nowMs; ///< the hub's clock (Unix ms); empty: the system clock
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
    /// Replaces the signed key list (the document is served as is; kiosks verify its signature).
    bool setKeyList(const std::string &document, int64_t version);
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
