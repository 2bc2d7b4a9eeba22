// The "sync" thread: runs the SyncClient in a loop (long-poll while online, backoff when not).
#pragma once

#include "sync/client/backoff.h"
#include "sync/client/clientstore.h"
#include "sync/client/httpclient.h"
#include "sync/client/syncclient.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace checkin::sync {

/// What the UI may show about the sync: a value, copied across threads.
struct SyncSnapshot
{
    bool online = false; ///< the last run went through without a failure
    int64_t offlineSinceMs = 0; ///< when the first failed run after a good one ended (0: online)
    int64_t lastGoodSyncMs = 0; ///< end of the last complete pull (0: never)
    std::string syncedDay; ///< the local day the cache holds ("" before the first complete pull)
    int64_t outboxDepth = 0;
    std::optional<FailureClass> lastFailure; ///< the class of the last run's failure
    /// A short reason for the technician page and the status strip ("hub answered 404 for
    /// /v1/push"); never shown raw to citizens.
    std::string lastError;
    /// The key list the hub serves was refused (the kiosk keeps its old one); none once the hub
    /// serves a list that is stored or unchanged.
    std::optional<KeyListProblem> keyListProblem;
    std::optional<int64_t> clockOffsetMs; ///< hub time minus kiosk time at the last answer
};

/// Owns the sync thread. The store and the HTTP client are made on that thread by `factory` (an
/// SQLite connection and a curl handle belong to one thread) and live until stop().
///
/// Loop: run once (push, keys, pull; long-poll when caught up) → publish a snapshot → wait for the
/// backoff delay after a failure, nothing after a good run when long-polling (the next run waits at
/// the hub), else the idle interval; wake() cuts a long-poll or an idle pause short (new outbox rows
/// go out at once).
class SyncWorker
{
public:
    struct Parts
    {
        std::unique_ptr<ClientStore> store;
        std::unique_ptr<HttpTransport> http;
    };
    struct Options
    {
        explicit Options(SyncConfig c)
            : config(std::move(c))
        { }
        SyncConfig config;
        Backoff::Options backoff;
        bool longPoll = true;
        std::chrono::milliseconds idleInterval{30000}; ///< between runs when not long-polling
        std::chrono::milliseconds statusEvery{300000}; ///< kiosk status report interval
        std::string version; ///< reported to the hub
        std::function<std::string()> cameraState; ///< reported to the hub; called on the sync thread
    };
    /// Builds the thread's parts; `interrupt` is to be handed to HttpOptions::interrupt.
    using Factory = std::function<Parts(const std::atomic<bool> *interrupt)>;
    using Publish = std::function<void(const SyncSnapshot &)>;

    SyncWorker(
        Options options, Factory factory, Publish publish, SyncClient::Now now, SyncClient::Today today);
    ~SyncWorker();
    SyncWorker(const SyncWorker &) = delete;
    SyncWorker &operator=(const SyncWorker &) = delete;

    void start();
    /// Push now: ends a long-poll or the pause between good runs (not a backoff). Any thread.
    void wake();
    /// Ends the thread after the current request; joins. Any thread but the sync thread.
    void stop();

private:
    void run();
    Options m_options;
    Factory m_factory;
    Publish m_publish;
    SyncClient::Now m_now;
    SyncClient::Today m_today;
    std::atomic<bool> m_interrupt{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_woken = false;
    std::thread m_thread;
};

} // namespace checkin::sync
