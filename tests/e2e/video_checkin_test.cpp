// End to end: a rendered arrivals video through the real capture and decoding path into the real
// cache and rules; the verdicts and the stored check-ins are checked.
#include "scanner/scanworker.h"
#include "terminal/core/checkinservice.h"
#include "terminal/core/localtime.h"
#include "terminal/demo/demokit.h"
#include "tests/support/tempdir.h"

#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>

using namespace checkin;

TEST(WalkingSkeleton, ChecksInTheScriptedArrivalsOfAVideo)
{
    checkin::testing::TempDir dir;
    core::ManualClock clock(*core::fromLocal("2026-11-29", 10 * 60 + 25));
    auto kit = core::demo::prepareKit(dir.path().string(), "SB1", clock.now(), 200);
    ASSERT_TRUE(kit) << kit.error();
    auto store = cache::Store::open(kit->databasePath).value();
    core::Policy policy;
    kit->applyTo(policy);
    core::CheckInService service(*store, policy, clock);

    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::string> texts;
    bool ended = false;
    scanner::ScanWorker::Callbacks callbacks;
    callbacks.codeDecoded = [&](const scanner::ScanEvent &e) {
        std::lock_guard lock(mutex);
        texts.push_back(e.detection.text);
    };
    callbacks.stateChanged = [&](scanner::CameraState state, const std::string &) {
        std::lock_guard lock(mutex);
        ended = ended || state == scanner::CameraState::Ended;
        cv.notify_all();
    };
    scanner::ScanWorker worker({kit->videoPath, {}, std::chrono::milliseconds(3000), false}, callbacks);
    worker.start();
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(120), [&] { return ended; }));
    }
    worker.stop();

    ASSERT_EQ(texts.size(), kit->arrivals.size());
    size_t admitted = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(texts[i], kit->arrivals[i].code) << "arrival " << i;
        const core::Verdict v = service.handleScan(texts[i]);
        EXPECT_EQ(core::reasonKey(v.reason), kit->arrivals[i].expectedReason) << kit->arrivals[i].note;
        if (v.family() == core::Family::Pass && v.reason != core::Reason::AdmittedAgain) {
            ++admitted;
            ASSERT_TRUE(v.recorded);
            EXPECT_EQ(store->admittedCheckIn(v.appointment->id).value()->id, v.recorded->id);
        }
        clock.advance(std::chrono::seconds(20));
    }
    EXPECT_EQ(admitted, 3U);
    // Every verdict is stored (rejects too, for the central statistics), without the scanned text,
    // beside the one admission the demo data made at the other entrance before.
    EXPECT_EQ(store->checkIns().value().size(), kit->arrivals.size() + 1);
}
