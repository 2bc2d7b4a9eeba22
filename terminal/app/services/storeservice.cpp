// StoreService: queued calls to the "store" thread, queued results back.
#include "terminal/app/services/storeservice.h"

#include "terminal/core/dayclose.h"
#include "terminal/core/localtime.h"

#include <QMetaObject>

namespace checkin::app {

namespace {
struct RetentionCounts
{
    qint64 stripped, kept, casesDeleted, checkInsDeleted, copies;
};
} // namespace

struct StoreService::Worker
{
    std::string path;
    core::Policy policy;
    std::shared_ptr<const core::Clock> clock;
    std::unique_ptr<cache::Store> store;
    std::unique_ptr<core::CheckInService> service;
    std::unique_ptr<core::OnSiteResolution> resolution; ///< keeps the self-service lookup guard's state
};

StoreService::StoreService(
    std::string databasePath, core::Policy policy, std::shared_ptr<const core::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>())
{
    m_worker->path = std::move(databasePath);
    m_worker->policy = std::move(policy);
    m_worker->clock = std::move(clock);
    m_thread.setObjectName(QStringLiteral("store"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreService::~StoreService()
{
    // Orderly shutdown: the store is closed on its own thread after all queued requests ran.
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context,
        [worker] {
            worker->resolution.reset();
            worker->service.reset();
            worker->store.reset();
        },
        Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreService::start()
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker] {
            auto store = cache::Store::open(worker->path);
            if (!store) {
                const QString detail = QString::fromStdString(
                    std::string(cache::errorKindName(store.error().kind)) + ": " + store.error().message);
                QMetaObject::invokeMethod(
                    this, [this, detail] { emit storeFailed(detail); }, Qt::QueuedConnection);
                return;
            }
            worker->store = std::move(*store);
            worker->service
                = std::make_unique<core::CheckInService>(*worker->store, worker->policy, *worker->clock);
            worker->resolution
                = std::make_unique<core::OnSiteResolution>(*worker->store, worker->policy, *worker->clock);
            const qint64 count = worker->store->appointmentCount().value_or(0);
            QMetaObject::invokeMethod(
                this, [this, count] { emit storeOpened(count); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreService::submitScan(const QString &text, qint64 captureTimestampNs)
{
    auto worker = m_worker;
    const std::string scanned = text.toStdString();
    QMetaObject::invokeMethod(
        m_context,
        [this, worker, scanned, captureTimestampNs] {
            core::Verdict verdict;
            if (!worker->service) {
                verdict.reason = core::Reason::StoreFailure;
                verdict.detail.kind = core::DetailKind::StoreFailed;
                verdict.detail.message = "the store is not open";
            } else {
                verdict = worker->service->handleScan(scanned);
            }
            QMetaObject::invokeMethod(
                this, [this, verdict, captureTimestampNs] { emit verdictReady(verdict, captureTimestampNs); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreService::reportHubClock(qint64 offsetMs)
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context,
        [worker, offsetMs] {
            if (!worker->service)
                return;
            const int64_t kioskMs = core::unixMs(worker->clock->now());
            worker->service->setClockCheck(core::ClockCheck{kioskMs + offsetMs, kioskMs});
        },
        Qt::QueuedConnection);
}

void StoreService::refreshFromSync()
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker] {
            if (!worker->service)
                return;
            const auto &trust = worker->service->trust();
            const int64_t before = trust.keys ? trust.keys->version() : 0;
            const std::string problemBefore = trust.keysProblem;
            worker->service->reloadFromStore();
            const int64_t after = trust.keys ? trust.keys->version() : 0;
            if (after == before && trust.keysProblem == problemBefore)
                return;
            const QString problem = QString::fromStdString(trust.keysProblem);
            QMetaObject::invokeMethod(
                this, [this, after, problem] { emit keyListInUse(after, problem); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreService::closeDay()
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker] {
            if (!worker->store)
                return;
            // The one rule and its constants, shared with `checkinctl store close-day`.
            auto report = core::closeDay(*worker->store, worker->path, worker->clock->now());
            if (!report) {
                const QString detail = QString::fromStdString(report.error().message);
                QMetaObject::invokeMethod(
                    this, [this, detail] { emit dayCloseFailed(detail); }, Qt::QueuedConnection);
                return;
            }
            const QString day = QString::fromStdString(report->today);
            const auto &r = report->retention;
            const RetentionCounts c{r.appointmentsStripped, r.appointmentsKept, r.clearingCasesDeleted,
                r.checkInsDeleted, report->copiesDeleted};
            QMetaObject::invokeMethod(
                this,
                [this, day, c] {
                    emit dayClosed(day, c.stripped, c.kept, c.casesDeleted, c.checkInsDeleted, c.copies);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreService::withResolution(std::function<void(core::OnSiteResolution *)> job)
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context, [worker, job = std::move(job)] { job(worker->resolution.get()); }, Qt::QueuedConnection);
}

void StoreService::withCheckIns(std::function<void(core::CheckInService *)> job)
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context, [worker, job = std::move(job)] { job(worker->service.get()); }, Qt::QueuedConnection);
}

void StoreService::requestFigures()
{
    auto worker = m_worker;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker] {
            if (!worker->resolution)
                return;
            auto figures = worker->resolution->today();
            if (!figures)
                return; // the next request tries again; the screen keeps the last counts
            QMetaObject::invokeMethod(
                this, [this, f = *figures] { emit figuresReady(f); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace checkin::app
