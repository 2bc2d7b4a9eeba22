// HttpFront: the hub's event-driven HTTP/1.1 server (Boost.Beast/Asio), hardened against slow and
// oversized requests, with optional TLS; handlers answer through a Responder, now or later.
#pragma once

#include "sync/hub/hubmessage.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace checkin::sync {

struct FrontState;

/// What the head check decides before a single body byte is read.
struct HeadVerdict
{
    std::optional<HubResponse> refuse; ///< answer this and close, without reading the body
    size_t bodyLimit = 0; ///< the most body bytes this request may carry (decoded chunks included)
    bool cheap = false; ///< run the handler on the I/O thread (it touches no store: health)
    std::optional<HubCaller> caller; ///< who the check found: the handler's request carries it
};

struct FrontOptions
{
    std::string host = "127.0.0.1";
    int port = 0; ///< 0: any free port
    int ioThreads = 1; ///< "hub-io": sockets, parsing, TLS
    int workerThreads = 4; ///< "hub-work": handlers that touch the store
    size_t maxBodyBytes = size_t{64} * 1024 * 1024; ///< the upper bound of every head check's limit
    size_t maxHeadBytes = size_t{16} * 1024; ///< request line and headers together
    std::chrono::milliseconds headTimeout{10000}; ///< the whole head, from the first wait (slow-loris)
    std::chrono::milliseconds bodyTimeout{30000}; ///< the whole body
    std::chrono::milliseconds idleTimeout{5000}; ///< keep-alive wait for the next request
    std::chrono::milliseconds writeTimeout{30000};
    int maxConnectionsPerAddress = 64; ///< 0: no cap; trusted proxies are never capped
    int maxConnections = 10000;
    std::vector<std::string> trustedProxies; ///< their X-Forwarded-For / X-Forwarded-Proto are believed
    // TLS (optional): serve HTTPS; with clientCaPath, clients must show a certificate (mTLS).
    std::string certPath;
    std::string keyPath;
    std::string clientCaPath;
};

/// Counters for tests and benchmarks.
struct FrontStats
{
    int64_t requests = 0;
    int64_t open = 0; ///< connections open now
    int64_t refusedConnections = 0; ///< over a connection cap
    int64_t timedOut = 0; ///< head, body or write deadline passed
    int64_t refusedHeads = 0; ///< answered from the head check (413, 415, 401, ...)
};

/// Owns an io_context with its I/O threads and a handler pool. Nothing blocks an I/O thread: a
/// handler that must wait (a long-poll) keeps its Responder and returns.
class HttpFront
{
public:
    using HeadCheck = std::function<HeadVerdict(const HubRequest &head)>;
    using Handler = std::function<void(HubRequest request, Responder respond)>;

    HttpFront(FrontOptions options, HeadCheck headCheck, Handler handler);
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    /// Binds (refusing a port another process listens on) and starts; the bound port, or -1 with error().
    int start();
    /// Closes the listener and every connection; Responders called later do nothing. Safe twice.
    void stop();
    int port() const;
    const std::string &error() const;
    FrontStats stats() const;

    /// Runs `task` on a handler thread.
    void post(std::function<void()> task);
    /// Runs `task` on a handler thread after `delay` (or never, when the front stops first).
    void after(std::chrono::milliseconds delay, std::function<void()> task);

private:
    std::shared_ptr<FrontState> m_state;
};

} // namespace checkin::sync
