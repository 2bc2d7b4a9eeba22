// TechnicianController: the technician page: camera and decode rate, kiosk id, sync state and the
// sync test, version, config, disk, database.
#pragma once

#include "scanner/scanworker.h"
#include "terminal/app/services/syncservice.h"
#include "terminal/core/config.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <deque>
#include <functional>

namespace checkin::app {

/// Lives on the GUI thread. Everything shown is read from the running kiosk: the scanner's own
/// counters, the SyncService's state (none when no hub is configured) and its sync test. refresh()
/// reads the counters and the file sizes again (cheap; no database access).
class TechnicianController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString kioskId READ kioskId CONSTANT)
    Q_PROPERTY(QStringList configSummary READ configSummary CONSTANT)
    Q_PROPERTY(double decodesPerMinute READ decodesPerMinute NOTIFY changed)
    Q_PROPERTY(int decodesTotal READ decodesTotal NOTIFY changed)
    Q_PROPERTY(double framesPerSecond READ framesPerSecond NOTIFY changed)
    Q_PROPERTY(QString diskFree READ diskFree NOTIFY changed)
    Q_PROPERTY(QString databaseSize READ databaseSize NOTIFY changed)
    Q_PROPERTY(QString databaseState READ databaseState NOTIFY changed)
    Q_PROPERTY(bool syncConfigured READ syncConfigured NOTIFY changed)
    Q_PROPERTY(bool syncOnline READ syncOnline NOTIFY changed)
    Q_PROPERTY(QString syncLastGood READ syncLastGood NOTIFY changed)
    Q_PROPERTY(int syncOutbox READ syncOutbox NOTIFY changed)
    Q_PROPERTY(DataState syncData READ syncData NOTIFY changed)
    Q_PROPERTY(SyncTest syncTest READ syncTest NOTIFY changed)
    Q_PROPERTY(int syncTestRoundTripMs READ syncTestRoundTripMs NOTIFY changed)
    Q_PROPERTY(int syncTestClockOffsetSeconds READ syncTestClockOffsetSeconds NOTIFY changed)

public:
    /// How current the appointments are (SyncService::Freshness, same numbers).
    enum class DataState { DataFresh = 0, DataStale, DataOtherDay, DataNeverSynced };
    Q_ENUM(DataState)
    /// The sync test: not run, running, or what it found (sync::ProbeOutcome + 2).
    enum class SyncTest {
        TestNotRun = 0,
        TestRunning,
        TestReached,
        TestUnreachable,
        TestTimeout,
        TestTlsFailed,
        TestUnauthorized,
        TestHubError,
    };
    Q_ENUM(SyncTest)

    TechnicianController(const core::KioskConfig &config, QString version, QString dataDir,
        QString databasePath, QObject *parent = nullptr);

    /// The scanner's counters (ScannerService::stats); none: no decode rate.
    void setScanStats(std::function<scanner::ScanStats()> stats) { m_stats = std::move(stats); }
    /// The sync facade (it says whether a hub is configured).
    void setSync(SyncService *sync);

    QString version() const { return m_version; }
    QString kioskId() const { return m_kioskId; }
    QStringList configSummary() const { return m_configSummary; }
    double decodesPerMinute() const;
    int decodesTotal() const { return m_decodesTotal; }
    double framesPerSecond() const { return m_framesPerSecond; }
    QString diskFree() const { return m_diskFree; }
    QString databaseSize() const { return m_databaseSize; }
    /// "open (N appointments)" | "failed: …" | "opening"
    QString databaseState() const { return m_databaseState; }
    bool syncConfigured() const { return m_sync && m_sync->configured(); }
    bool syncOnline() const;
    QString syncLastGood() const;
    int syncOutbox() const;
    DataState syncData() const;
    SyncTest syncTest() const { return m_syncTest; }
    int syncTestRoundTripMs() const { return m_roundTripMs; }
    int syncTestClockOffsetSeconds() const { return m_clockOffsetS; }

    Q_INVOKABLE void refresh();
    /// Runs the sync test (nothing without a hub, or while one runs).
    Q_INVOKABLE void testSync();

public slots:
    void countDecode();
    void setDatabaseOpened(qint64 appointments);
    void setDatabaseFailed(const QString &detail);
    void setSyncTested(const checkin::sync::ProbeReport &report);

signals:
    void changed();

private:
    QString m_version;
    QString m_kioskId;
    QStringList m_configSummary;
    QString m_dataDir;
    QString m_databasePath;
    QString m_diskFree;
    QString m_databaseSize;
    QString m_databaseState = QStringLiteral("opening");
    QElapsedTimer m_clock;
    std::deque<qint64> m_decodes; ///< monotonic ms of the last minute's decodes
    int m_decodesTotal = 0;
    std::function<scanner::ScanStats()> m_stats;
    int64_t m_lastFrames = -1;
    qint64 m_lastFramesAt = 0;
    double m_framesPerSecond = 0;
    QPointer<SyncService> m_sync;
    SyncTest m_syncTest = SyncTest::TestNotRun;
    int m_roundTripMs = 0;
    int m_clockOffsetS = 0;
};

} // namespace checkin::app
