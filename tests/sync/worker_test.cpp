// The sync thread against the real hub: it syncs on its own, and wake() pushes a new check-in at once.
#include "sync/client/syncworker.h"
#include "tests/sync/syncfixture.h"

#include <condition_variable>
#include <mutex>

using namespace checkin::sync;
using checkin::testing::appointmentsCsv;
using checkin::testing::HubFixture;
using checkin::testing::kAdminToken;
using checkin::testing::kDay;
using checkin::testing::kTokenA;
using checkin::testing::kTokenB;
using checkin::testing::TestClientStore;

TEST(CacheFreshness, WarnsWhenStaleOrForAnotherDayOrNeverSynced)
{
    SyncSnapshot s;
    const std::chrono::minutes staleAfter(15);
    EXPECT_EQ(assessFreshness(s, 1000, kDay, staleAfter), CacheFreshness::NeverSynced);
    s.lastGoodSyncMs = 1'000'000;
    s.syncedDay = kDay;
    EXPECT_EQ(assessFreshness(s, 1'000'000 + 60'000, kDay, staleAfter), CacheFreshness::Fresh);
    EXPECT_EQ(assessFreshness(s, 1'000'000 + 16 * 60'000, kDay, staleAfter), CacheFreshness::Stale);
    EXPECT_EQ(assessFreshness(s, 1'000'000 + 60'000, "2026-03-03", staleAfter), CacheFreshness::OtherDay);
}

class SyncWorkerTest : public HubFixture
{
protected:
    /// Blocks until `done` holds for a published snapshot (the limit only guards against a hang).
    bool waitFor(const std::function<bool(const SyncSnapshot &)> &done)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::seconds(60), [&] { return m_last && done(*m_last); });
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
    SyncWorker::Options options;
    options.config = checkin::testing::Kiosk::config(url(""), 1000);
    options.backoff.initial = std::chrono::milliseconds(10);
    SyncWorker worker(
        options,
        [&](const std::atomic<bool> *interrupt) {
            SyncWorker::Parts parts;
            parts.store = std::make_unique<TestClientStore>(storePath);
            HttpOptions http = tokenFor(kTokenA);
            http.interrupt = interrupt;
            parts.http = std::make_unique<HttpClient>(http);
            return parts;
        },
        [&](const SyncSnapshot &s) {
            std::lock_guard lock(m_mutex);
            m_last = s;
            m_changed.notify_all();
        },
        checkin::testing::fixedNow, [](int) { return std::string(kDay); });
    worker.start();
    ASSERT_TRUE(waitFor([](const SyncSnapshot &s) { return s.online && s.syncedDay == kDay; }));

    TestClientStore kiosk(storePath); // the store thread's own connection
    ASSERT_FALSE(kiosk.checkIn(4, true, 7000).empty());
    worker.wake(); // cuts the long-poll short
    ASSERT_TRUE(
        waitFor([&](const SyncSnapshot &s) { return s.outboxDepth == 0 && m_hub->checkInCount() == 1; }));
    worker.stop();
    EXPECT_EQ(*kiosk.outboxDepth(), 0);
}
