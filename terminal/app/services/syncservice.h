// SyncService: the GUI-thread facade of the "sync" thread, which runs the sync client.
#pragma once

#include "sync/client/hubprobe.h"
#include "sync/client/syncworker.h"
#include "terminal/core/clock.h"
#include "terminal/core/config.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>
#include <mutex>

namespace checkin::app {

/// Lives on the GUI thread and owns the sync thread (sync::SyncWorker). The worker opens its own
/// connection to the kiosk's store file; snapshots come back as queued calls, so the GUI thread
/// never waits on the network. Only value types cross. Without a hub (no [sync] url) it exists
/// all the same, says so (configured is false) and starts no thread.
class SyncService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(bool known READ known NOTIFY knownChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(QDateTime offlineSince READ offlineSince NOTIFY onlineChanged)
    Q_PROPERTY(QDateTime lastGoodSync READ lastGoodSync NOTIFY lastGoodSyncChanged)
    Q_PROPERTY(qint64 outboxDepth READ outboxDepth NOTIFY outboxDepthChanged)
    Q_PROPERTY(Freshness freshness READ freshness NOTIFY freshnessChanged)
    Q_PROPERTY(bool cacheWarning READ cacheWarning NOTIFY freshnessChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    /// How current the appointments on this kiosk are; QML maps it to the warning it shows. The
    /// one freshness type of the kiosk.
    enum class Freshness { Fresh, Stale, OtherDay, NeverSynced };
    Q_ENUM(Freshness)

    /// Pure: the same inputs always give the same answer (tests pass the time in).
    static Freshness assessFreshness(const sync::SyncSnapshot &snapshot, int64_t nowMs,
        const std::string &today, std::chrono::milliseconds staleAfter);

    /// Makes the sync thread's HTTP transport (on that thread); `interrupt` ends a long-poll.
    using TransportFactory
        = std::function<std::unique_ptr<sync::HttpTransport>(const std::atomic<bool> *interrupt)>;

    struct Options
    {
        std::string storePath;
        std::string hubUrl; ///< empty: no hub, nothing starts
        std::string token;
        std::string centerId;
        core::SyncTls tls;
        std::string version;
        std::chrono::milliseconds staleAfter{std::chrono::minutes(15)};
        /// Checks a downloaded key list against the pinned root key before it is stored; empty:
        /// every list is refused.
        sync::KeyListVerifier verifyKeyList;
        TransportFactory transport; ///< empty: libcurl with the bearer token
    };

    SyncService(Options options, std::shared_ptr<const core::Clock> clock, QObject *parent = nullptr);
    ~SyncService() override;

    void start();
    /// New outbox rows were committed: push them now instead of at the next run.
    void wake();
    /// The technician's sync test: reaches the hub on a short-lived thread of its own ("sync-test",
    /// its own connection) and emits connectionTested; ignored while one runs.
    void testConnection();
    bool testRunning() const { return m_test != nullptr; }
    /// What the camera does, reported to the hub with the kiosk's status (any thread may read it).
    void setCameraState(const QString &state);

    bool configured() const { return !m_options.hubUrl.empty(); }
    bool known() const { return m_known; }
    bool online() const { return m_snapshot.online; }
    /// When the worker's first failed run after a good one ended (invalid while online).
    QDateTime offlineSince() const
    {
        return m_snapshot.offlineSinceMs ? QDateTime::fromMSecsSinceEpoch(m_snapshot.offlineSinceMs)
                                         : QDateTime();
    }
    QString problem() const { return QString::fromStdString(m_snapshot.lastError); }
    QString syncedDay() const { return QString::fromStdString(m_snapshot.syncedDay); }
    QDateTime lastGoodSync() const;
    qint64 outboxDepth() const { return m_snapshot.outboxDepth; }
    Freshness freshness() const { return m_freshness; }
    bool cacheWarning() const { return m_freshness != Freshness::Fresh; }

signals:
    void knownChanged();
    void onlineChanged();
    void problemChanged();
    /// A sync run ended (good or not): what it stored is in the store file now.
    void runEnded();
    /// The day the cache holds changed (a new day's list arrived).
    void syncedDayChanged(const QString &day);
    void lastGoodSyncChanged();
    void outboxDepthChanged();
    void freshnessChanged();
    /// The hub's clock differs from ours by this much (ms) at the last answer.
    void clockOffsetMeasured(qint64 offsetMs);
    void connectionTestStarted();
    void connectionTested(const checkin::sync::ProbeReport &report);

private:
    void apply(const sync::SyncSnapshot &snapshot);
    void reassess();
    Options m_options;
    std::shared_ptr<const core::Clock> m_clock;
    std::unique_ptr<sync::SyncWorker> m_worker;
    sync::SyncSnapshot m_snapshot;
    Freshness m_freshness = Freshness::NeverSynced;
    bool m_known = false;
    std::shared_ptr<std::mutex> m_cameraMutex = std::make_shared<std::mutex>();
    std::shared_ptr<std::string> m_cameraState = std::make_shared<std::string>("starting");
    QTimer m_tick; ///< freshness changes with time alone, without any sync
    std::unique_ptr<QThread> m_test;
};

} // namespace checkin::app
