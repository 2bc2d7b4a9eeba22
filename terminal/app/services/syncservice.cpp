// SyncService: builds the worker's parts on the sync thread and republishes its snapshots.
#include "terminal/app/services/syncservice.h"

#include "offline-cache/store.h"
#include "sync/client/cachestore.h"
#include "sync/client/httpclient.h"
#include "terminal/core/localtime.h"

namespace checkin::app {

namespace {

/// The cache::Store connection and its adapter, owned together by the sync thread.
class OwnedCacheStore final : public sync::ClientStore
{
public:
    explicit OwnedCacheStore(std::unique_ptr<cache::Store> store)
        : m_store(std::move(store))
        , m_adapter(*m_store)
    { }
    cache::Result<std::vector<sync::protocol::PushItem>> outboxBatch(int max) override
    {
        return m_adapter.outboxBatch(max);
    }
    cache::Result<void> markOutboxDone(const std::vector<std::string> &ids) override
    {
        return m_adapter.markOutboxDone(ids);
    }
    cache::Result<int64_t> outboxDepth() override { return m_adapter.outboxDepth(); }
    cache::Result<std::optional<std::string>> cursor(const std::string &name) override
    {
        return m_adapter.cursor(name);
    }
    cache::Result<void> setCursor(const std::string &name, const std::string &value) override
    {
        return m_adapter.setCursor(name, value);
    }
    cache::Result<void> applyPage(
        const sync::protocol::AppointmentPage &page, const std::string &name) override
    {
        return m_adapter.applyPage(page, name);
    }
    cache::Result<void> saveKeyList(int64_t version, const std::string &document) override
    {
        return m_adapter.saveKeyList(version, document);
    }

private:
    std::unique_ptr<cache::Store> m_store;
    sync::CacheClientStore m_adapter;
};

/// Stands in when the store cannot be opened on the sync thread: every call fails, so the worker
/// reports offline and backs off instead of crashing (the store thread shows the real problem).
class BrokenStore final : public sync::ClientStore
{
public:
    explicit BrokenStore(cache::Error e)
        : m_error(std::move(e))
    { }
    cache::Result<std::vector<sync::protocol::PushItem>> outboxBatch(int) override
    {
        return tl::unexpected(m_error);
    }
    cache::Result<void> markOutboxDone(const std::vector<std::string> &) override
    {
        return tl::unexpected(m_error);
    }
    cache::Result<int64_t> outboxDepth() override { return tl::unexpected(m_error); }
    cache::Result<std::optional<std::string>> cursor(const std::string &) override
    {
        return tl::unexpected(m_error);
    }
    cache::Result<void> setCursor(const std::string &, const std::string &) override
    {
        return tl::unexpected(m_error);
    }
    cache::Result<void> applyPage(const sync::protocol::AppointmentPage &, const std::string &) override
    {
        return tl::unexpected(m_error);
    }
    cache::Result<void> saveKeyList(int64_t, const std::string &) override { return tl::unexpected(m_error); }

private:
    cache::Error m_error;
};

} // namespace

SyncService::SyncService(Options options, std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(std::move(clock))
{
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, &SyncService::reassess);
}

SyncService::~SyncService()
{
    // Join the sync threads before the members their queued results would touch go away.
    if (m_test)
        m_test->wait();
    m_worker.reset();
}

void SyncService::testConnection()
{
    if (m_test || !configured())
        return;
    std::string base = m_options.hubUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    const std::string token = m_options.token;
    const TransportFactory transport = m_options.transport;
    auto clock = m_clock;
    m_test.reset(QThread::create([this, base, token, transport, clock] {
        // A transport of its own, on this thread: the sync thread's connection is never borrowed.
        std::unique_ptr<sync::HttpTransport> http;
        if (transport) {
            http = transport(nullptr);
        } else {
            sync::HttpOptions options;
            options.bearerToken = token;
            http = std::make_unique<sync::HttpClient>(options);
        }
        const auto report = sync::probeHub(base, *http, [clock] { return clock->now(); });
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                m_test->wait();
                m_test.reset();
                emit connectionTested(report);
            },
            Qt::QueuedConnection);
    }));
    m_test->setObjectName(QStringLiteral("sync-test"));
    m_test->start();
    emit connectionTestStarted();
}

void SyncService::start()
{
    if (!configured() || m_worker)
        return;
    std::string baseUrl = m_options.hubUrl;
    while (!baseUrl.empty() && baseUrl.back() == '/')
        baseUrl.pop_back();
    sync::KeyListVerifier verify = m_options.verifyKeyList;
    if (!verify)
        verify = [](const std::string &) -> tl::expected<int64_t, std::string> {
            return tl::unexpected(std::string("no key list verifier configured"));
        };
    sync::SyncWorker::Options o(sync::SyncConfig(baseUrl, m_options.centerId, std::move(verify)));
    o.version = m_options.version;
    o.cameraState = [mutex = m_cameraMutex, state = m_cameraState] {
        std::lock_guard lock(*mutex);
        return *state;
    };
    const std::string storePath = m_options.storePath;
    const std::string token = m_options.token;
    const TransportFactory transport = m_options.transport;
    const core::SyncTls tls = m_options.tls;
    auto clock = m_clock;
    m_worker = std::make_unique<sync::SyncWorker>(
        o,
        [storePath, token, transport, tls](const std::atomic<bool> *interrupt) {
            sync::SyncWorker::Parts parts;
            auto store = cache::Store::open(storePath);
            if (store)
                parts.store = std::make_unique<OwnedCacheStore>(std::move(*store));
            else
                parts.store = std::make_unique<BrokenStore>(store.error());
            if (transport) {
                parts.http = transport(interrupt);
            } else {
                sync::HttpOptions http;
                http.bearerToken = token;
                http.caFile = tls.caFile;
                http.pinnedPublicKey = tls.pin;
                http.clientCert = tls.clientCert;
                http.clientKey = tls.clientKey;
                http.interrupt = interrupt;
                parts.http = std::make_unique<sync::HttpClient>(http);
            }
            return parts;
        },
        [this](const sync::SyncSnapshot &snapshot) {
            QMetaObject::invokeMethod(
                this, [this, snapshot] { apply(snapshot); }, Qt::QueuedConnection);
        },
        [clock] { return clock->now(); },
        [clock](int days) { return core::toLocal(clock->now() + std::chrono::hours(24 * days)).day; });
    m_worker->start();
    m_tick.start();
}

void SyncService::setCameraState(const QString &state)
{
    std::lock_guard lock(*m_cameraMutex);
    *m_cameraState = state.toStdString();
}

void SyncService::wake()
{
    if (m_worker)
        m_worker->wake();
}

QDateTime SyncService::lastGoodSync() const
{
    return m_snapshot.lastGoodSyncMs ? QDateTime::fromMSecsSinceEpoch(m_snapshot.lastGoodSyncMs)
                                     : QDateTime();
}

void SyncService::apply(const sync::SyncSnapshot &snapshot)
{
    const sync::SyncSnapshot old = m_snapshot;
    const bool wasKnown = m_known;
    m_snapshot = snapshot;
    m_known = true;
    if (!wasKnown)
        emit knownChanged();
    if (old.online != snapshot.online || old.offlineSinceMs != snapshot.offlineSinceMs || !wasKnown)
        emit onlineChanged();
    if (old.lastGoodSyncMs != snapshot.lastGoodSyncMs)
        emit lastGoodSyncChanged();
    if (old.outboxDepth != snapshot.outboxDepth)
        emit outboxDepthChanged();
    if (old.lastError != snapshot.lastError)
        emit problemChanged();
    if (snapshot.clockOffsetMs && snapshot.clockOffsetMs != old.clockOffsetMs)
        emit clockOffsetMeasured(*snapshot.clockOffsetMs);
    emit runEnded();
    if (!snapshot.syncedDay.empty() && snapshot.syncedDay != old.syncedDay)
        emit syncedDayChanged(QString::fromStdString(snapshot.syncedDay));
    reassess();
}

SyncService::Freshness SyncService::assessFreshness(const sync::SyncSnapshot &snapshot, int64_t nowMs,
    const std::string &today, std::chrono::milliseconds staleAfter)
{
    if (snapshot.lastGoodSyncMs == 0 || snapshot.syncedDay.empty())
        return Freshness::NeverSynced;
    if (snapshot.syncedDay != today)
        return Freshness::OtherDay;
    if (nowMs - snapshot.lastGoodSyncMs > staleAfter.count())
        return Freshness::Stale;
    return Freshness::Fresh;
}

void SyncService::reassess()
{
    const auto now = m_clock->now();
    const auto next
        = assessFreshness(m_snapshot, core::unixMs(now), core::toLocal(now).day, m_options.staleAfter);
    if (next != m_freshness) {
        m_freshness = next;
        emit freshnessChanged();
    }
}

} // namespace checkin::app
