// A fault-injecting HTTP proxy on loopback: forwards to the hub, or misbehaves as told.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace checkin::testing {

/// Sits between the real client and the real hub. One thread per connection; stop() ends them all.
class FaultProxy
{
public:
    enum class Mode {
        Pass, ///< forward to the hub and relay its answer
        Status500, ///< answer 500 without asking the hub
        Status503RetryAfter, ///< answer 503 with "Retry-After: 7"
        BlackHole, ///< accept, read the request, never answer
        SlowDrip, ///< announce a body, then send one byte every 200 ms
        Truncated, ///< announce 1000 bytes, send 10, close
        MalformedJson, ///< 200 with a JSON content type and a broken body
        WrongContentType, ///< 200 text/html (a captive portal)
        Huge, ///< 200 with a 50 MB body
        ForwardThenDrop, ///< forward (the hub stores the push), then close without answering
        ForwardThenHold, ///< forward, then keep the answer back until stop() (the kiosk dies waiting)
        BreakSecondItem, ///< forward a push with its second item's scan time removed (the hub refuses it)
        Status400, ///< a reverse proxy refusing the request as a whole
        Status404, ///< a wrong base URL: the proxy knows no such path
        Status413, ///< a reverse proxy's body size limit, for every push
        Status502, ///< a reverse proxy whose upstream is down
        LimitBody, ///< 413 for bodies above bodyLimit(), forward the rest (a proxy's size limit)
        GarbageBody, ///< 200 with a JSON content type and bytes that are not JSON
        EmptyObject, ///< 200 with "{}": JSON, but none of the answers asked for
    };

    explicit FaultProxy(int upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    int port() const { return m_port; }
    void setMode(Mode mode) { m_mode = mode; }
    void setUpstream(int port) { m_upstream = port; }
    void setBodyLimit(size_t bytes) { m_bodyLimit = bytes; }
    /// Requests that reached the proxy so far (each fault must actually be hit).
    int requests() const { return m_requests; }
    /// Blocks until `count` requests were forwarded and answered by the hub (or `limit` passed,
    /// which only guards against a hang: returns false then).
    bool waitForForwarded(int count, std::chrono::seconds limit);
    int forwarded();
    void stop();

private:
    void acceptLoop();
    void serve(int fd);
    int m_listen = -1;
    int m_port = 0;
    std::atomic<int> m_upstream;
    std::atomic<Mode> m_mode{Mode::Pass};
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_requests{0};
    std::atomic<size_t> m_bodyLimit{4096};
    int m_forwarded = 0; ///< under m_mutex
    std::condition_variable m_forwardedChanged;
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_workers;
    std::vector<int> m_fds;
};

} // namespace checkin::testing
