// SyncWorker: the loop of the sync thread and its interruptible wait.
#include "sync/client/syncworker.h"

#include "sync/protocol/codec.h"

#include <pthread.h>

namespace checkin::sync {

SyncWorker::SyncWorker(
    Options options, Factory factory, Publish publish, SyncClient::Now now, SyncClient::Today today)
    : m_options(std::move(options))
    , m_factory(std::move(factory))
    , m_publish(std::move(publish))
    , m_now(std::move(now))
    , m_today(std::move(today))
{ }

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    m_thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "sync");
        run();
    });
}

void SyncWorker::wake()
{
    std::lock_guard lock(m_mutex);
    m_woken = true;
    m_interrupt = true;
    m_wake.notify_all();
}

void SyncWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_interrupt = true;
        m_wake.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void SyncWorker::run()
{
    Parts parts = m_factory(&m_interrupt);
    SyncClient client(m_options.config, *parts.http, *parts.store, m_now, m_today);
    Backoff backoff(m_options.backoff);
    SyncSnapshot snapshot;
    auto readCursor = [&](const char *name) {
        auto value = parts.store->cursor(name);
        return value && *value ? **value : std::string();
    };
    if (const auto last = readCursor("sync/last_ok_ms"); !last.empty())
        snapshot.lastGoodSyncMs = std::stoll(last);
    snapshot.syncedDay = readCursor("sync/day");
    auto nowMs = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(m_now().time_since_epoch()).count();
    };
    int64_t lastStatusMs = 0;
    std::string lastCamera;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_woken = false;
            m_interrupt = false;
        }
        const auto wait
            = m_options.longPoll && snapshot.online ? SyncClient::Wait::LongPoll : SyncClient::Wait::No;
        const RunReport report = client.runOnce(wait);
        if (report.serverTimeMs)
            snapshot.clockOffsetMs = *report.serverTimeMs - nowMs();
        std::chrono::milliseconds delay{0};
        if (report.interrupted) {
            delay = std::chrono::milliseconds(0); // woken on purpose: go straight round
        } else if (report.failure) {
            if (snapshot.online || snapshot.offlineSinceMs == 0)
                snapshot.offlineSinceMs = nowMs();
            snapshot.online = false;
            snapshot.lastFailure = report.failure->kind;
            snapshot.lastError = report.failure->message;
            delay = backoff.next(*report.failure);
        } else {
            snapshot.online = true;
            snapshot.offlineSinceMs = 0;
            snapshot.lastFailure.reset();
            snapshot.lastError.clear();
            backoff.reset();
            if (report.completed) {
                snapshot.lastGoodSyncMs = nowMs();
                snapshot.syncedDay = m_today(0);
            }
            // A good run goes straight into the next one's long-poll, also when this run could not
            // wait (the first after start or after an outage): idling then left every change the
            // hub made in the next 30 s unseen (a desk resolution reached the entrance 30 s late,
            // and the person's ticket was refused meanwhile).
            delay = m_options.longPoll ? std::chrono::milliseconds(0) : m_options.idleInterval;
        }
        if (report.keysChecked)
            snapshot.keyListProblem = report.keyListProblem;
        if (auto depth = parts.store->outboxDepth(); depth)
            snapshot.outboxDepth = *depth;
        // The status goes out on the interval, and at once when the camera changed (a technician
        // at the hub must see an unplugged camera before the next interval).
        const std::string camera = m_options.cameraState ? m_options.cameraState() : std::string("unknown");
        if (snapshot.online
            && (nowMs() - lastStatusMs >= m_options.statusEvery.count() || camera != lastCamera)) {
            lastStatusMs = nowMs();
            lastCamera = camera;
            const protocol::StatusReport status{
                m_options.version, snapshot.lastGoodSyncMs, snapshot.outboxDepth, camera};
            (void)parts.http->send(HttpRequest{"POST", m_options.config.baseUrl + "/v1/status",
                protocol::encode(status), "application/json", {}, {}});
        }
        if (m_publish)
            m_publish(snapshot);
        // A wake() ends a pause between good runs, never a backoff: scans while the hub is down
        // must not turn into a request each.
        const bool backingOff = report.failure && !report.interrupted;
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, delay, [&] { return m_stopping || (m_woken && !backingOff); });
    }
}

} // namespace checkin::sync
