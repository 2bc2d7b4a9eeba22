// StoreService: the GUI-thread facade of the "store" thread, which owns the SQLite store.
#pragma once

#include "terminal/core/checkinservice.h"
#include "terminal/core/clock.h"
#include "terminal/core/onsiteresolution.h"
#include "terminal/core/policy.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread. Every store access runs on its worker thread ("store"), one request
/// at a time in order (writes are serialized); results come back as queued signals. The GUI thread
/// never waits on the database.
class StoreService : public QObject
{
    Q_OBJECT
public:
    StoreService(std::string databasePath, core::Policy policy, std::shared_ptr<const core::Clock> clock,
        QObject *parent = nullptr);
    ~StoreService() override;

    /// Opens the store on the worker thread; emits storeOpened or storeFailed.
    void start();
    /// Decides on a scanned code and records the check-in; emits verdictReady.
    void submitScan(const QString &text, qint64 captureTimestampNs);
    /// Runs `job` on the store thread with the on-site resolution flow (null while the store is not
    /// open). The job must hand its result back to the GUI thread itself (a queued call).
    /// The sync client measured the hub's clock (offset = hub - kiosk): beyond the policy's bound
    /// every decision becomes a clock-wrong TECHNICAL PROBLEM until the clocks agree again.
    void reportHubClock(qint64 offsetMs);
    void withResolution(std::function<void(core::OnSiteResolution *)> job);
    /// The sync thread finished a run: the rules take up a newer key list and the synced day
    /// from the store file at once, without a restart.
    void refreshFromSync();
    /// Day close: personal data of other days leaves the store, and damaged copies moved aside
    /// before today are deleted. Emits dayClosed with the counts (never personal values).
    void closeDay();

signals:
    void storeOpened(qint64 appointmentCount);
    void storeFailed(const QString &detail);
    void verdictReady(const checkin::core::Verdict &verdict, qint64 captureTimestampNs);
    /// Day close ran for `day` (the center's local date): rows stripped, rows kept for unsynced
    /// check-ins, clearing cases and check-ins deleted, damaged copies deleted.
    void dayClosed(const QString &day, qint64 stripped, qint64 kept, qint64 casesDeleted,
        qint64 checkInsDeleted, qint64 copiesDeleted);
    /// The rules use this key list version from now on (0: none), or refused the stored one.
    void keyListInUse(qint64 version, const QString &problem);
    /// Day close failed; the store keeps working and the next day close tries again.
    void dayCloseFailed(const QString &detail);

private:
    struct Worker;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; queued calls target it
    std::shared_ptr<Worker> m_worker;
};

} // namespace checkin::app
