// The sync thread against the real hub: it syncs on its own, and wake() pushes a new check-in at once.
#include "sync/client/syncworker.h"
#include "tests/sync/syncfixture.h"

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace checkin::sync;
using checkin::testing::appointmentsCsv;
using checkin::testing::HubFixture;
using checkin::testing::kAdminToken;
using checkin::testing::kDay;
using checkin::testing::kTokenA;
using checkin::testing::kTokenB;
using checkin::testing::TestClientStore;

class SyncWorkerTest : public HubFixture
{
protected:
    /// Blocks until `done` holds for a published snapshot (the limit only guards against a hang).
    bool waitFor(const std::function<bool(const SyncSnapshot &)> &done)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(60), [&] { return m_last && done(*m_last); });
    }
    /// A worker over the kiosk store at `storePath` with kiosk A's token, publishing into m_last.
    std::unique_ptr<SyncWorker> startWorker(const SyncWorker::Options &options, const std::string &storePath)
    {
        auto worker = std::make_unique<SyncWorker>(
            options,
            [this, storePath](const std::atomic<bool> *interrupt) {
                SyncWorker::Parts parts;
                parts.store = std::make_unique<TestClientStore>(storePath);
                HttpOptions http = tokenFor(kTokenA);
                http.interrupt = interrupt;
                parts.http = std::make_unique<HttpClient>(http);
                return parts;
            },
            [this](const SyncSnapshot &s) {
                std::lock_guard lock(m_mutex);
                m_last = s;
                m_changed.notify_all();
            },
            checkin::testing::fixedNow, [](int) { return std::string(kDay); });
        worker->start();
        return worker;
    }
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<SyncSnapshot> m_last;
};

TEST_F(SyncWorkerTest, SyncsOnItsOwnThreadAndPushesAtOnceWhenWoken)
{
    startHub();
    m_hub->importText(appointmentsCsv(10), ImportFormat::Csv);
    const std::string storePath = m_dir.file("kiosk.sqlite");
    SyncWorker::Options options(checkin::testing::Kiosk::config(url(""), 1000));
    options.backoff.initial = std::chrono::milliseconds(10);
    auto worker = startWorker(options, storePath);
    ASSERT_TRUE(waitFor([](const SyncSnapshot &s) { return s.online && s.syncedDay == kDay; }));

    TestClientStore kiosk(storePath); // the store thread's own connection
    ASSERT_FALSE(kiosk.checkIn(4, true, 7000).empty());
    worker->wake(); // cuts the long-poll short
    ASSERT_TRUE(
        waitFor([&](const SyncSnapshot &s) { return s.outboxDepth == 0 && m_hub->checkInCount() == 1; }));
    worker->stop();
    EXPECT_EQ(*kiosk.outboxDepth(), 0);
}

TEST_F(SyncWorkerTest, LongPollsRightAfterItsFirstRunSoAChangeAtTheHubArrivesAtOnce)
{
    startHub();
    m_hub->importText(appointmentsCsv(10), ImportFormat::Csv);
    const std::string storePath = m_dir.file("kiosk.sqlite");
    SyncWorker::Options options(checkin::testing::Kiosk::config(url(""), 1000));
    options.idleInterval = std::chrono::minutes(10); // were it used, the change below would wait
    auto worker = startWorker(options, storePath);
    ASSERT_TRUE(waitFor([](const SyncSnapshot &s) { return s.online && s.syncedDay == kDay; }));

    // The first run (started offline) could not long-poll; the next one must, straight away.
    m_hub->importText(appointmentsCsv(1, 11), ImportFormat::Csv);
    TestClientStore kiosk(storePath);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    bool arrived = false;
    while (!arrived && std::chrono::steady_clock::now() < deadline) {
        auto found = kiosk.store().findById(11);
        arrived = found && found->has_value();
        if (!arrived)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    worker->stop();
    EXPECT_TRUE(arrived) << "the new appointment reached the kiosk within 20 s, not after the idle interval";
}

TEST_F(SyncWorkerTest, PublishesTheClassAndReasonOfAWholeRequestRefusalAndKeepsTheOutbox)
{
    startHub();
    const std::string storePath = m_dir.file("kiosk.sqlite");
    {
        TestClientStore kiosk(storePath);
        ASSERT_FALSE(kiosk.checkIn(std::nullopt, false, 7000).empty());
    }
    SyncWorker::Options options(checkin::testing::Kiosk::config(url("/wrong"), 1000));
    options.backoff.initial = std::chrono::milliseconds(10);
    options.backoff.max = std::chrono::milliseconds(20);
    auto worker = startWorker(options, storePath);
    ASSERT_TRUE(waitFor([](const SyncSnapshot &s) { return s.lastFailure.has_value(); }));
    worker->stop();
    EXPECT_FALSE(m_last->online);
    EXPECT_EQ(m_last->lastFailure, FailureClass::Rejected);
    EXPECT_TRUE(std::string(m_last->lastError).starts_with("hub answered 404 for /v1/push"))
        << m_last->lastError;
    EXPECT_GT(m_last->offlineSinceMs, 0);
    EXPECT_EQ(m_last->outboxDepth, 1) << "nothing dropped";
    EXPECT_EQ(m_hub->checkInCount(), 0);
}
