// CameraWatchdog on scripted timestamps: loss, frozen frames, backoff, recovery.
#include "scanner/camerawatchdog.h"

#include <gtest/gtest.h>

using namespace checkin::scanner;
using namespace std::chrono_literals;
using Action = CameraWatchdog::Action;

namespace {
const CameraWatchdog::Clock::time_point t0{std::chrono::seconds(1000)};

CameraWatchdog runningWatchdog()
{
    CameraWatchdog watchdog;
    watchdog.attemptStarted(t0);
    EXPECT_TRUE(watchdog.frameArrived(t0 + 30ms, 1, true));
    return watchdog;
}
} // namespace

TEST(CameraWatchdog, ReportsLostOnceWhenNoFrameArrivesForTheLimit)
{
    CameraWatchdog watchdog = runningWatchdog();
    EXPECT_EQ(watchdog.state(), CameraState::Running);
    EXPECT_EQ(watchdog.check(t0 + 30ms + 1499ms), Action::None);
    EXPECT_EQ(watchdog.check(t0 + 30ms + 1500ms), Action::ReportLost);
    EXPECT_EQ(watchdog.state(), CameraState::Lost);
    EXPECT_EQ(watchdog.check(t0 + 30ms + 1510ms), Action::None) << "reported once, retry not yet due";
}

TEST(CameraWatchdog, TreatsAnUnchangingLiveImageAsLost)
{
    CameraWatchdog watchdog = runningWatchdog();
    for (int i = 1; i <= 60; ++i)
        EXPECT_FALSE(watchdog.frameArrived(t0 + 30ms + i * 33ms, 1, true)) << "the same buffer again";
    EXPECT_EQ(watchdog.check(t0 + 30ms + 1500ms), Action::ReportLost);
}

TEST(CameraWatchdog, AcceptsRepeatedImagesFromAFile)
{
    CameraWatchdog watchdog = runningWatchdog();
    EXPECT_TRUE(watchdog.frameArrived(t0 + 1000ms, 1, false));
    EXPECT_EQ(watchdog.check(t0 + 2000ms), Action::None);
}

TEST(CameraWatchdog, RetriesWithDoublingBackoffUpToTheCap)
{
    CameraWatchdog watchdog;
    auto now = t0;
    watchdog.attemptStarted(now);
    watchdog.openFailed(now);
    ASSERT_EQ(watchdog.check(now), Action::ReportLost);
    std::vector<std::chrono::milliseconds> gaps;
    auto lastAttempt = now;
    for (int attempt = 0; attempt < 6; ++attempt) {
        while (watchdog.check(now) != Action::Retry)
            now += 10ms;
        gaps.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(now - lastAttempt));
        lastAttempt = now;
        watchdog.attemptStarted(now);
        watchdog.openFailed(now);
    }
    EXPECT_EQ(gaps, (std::vector<std::chrono::milliseconds>{250ms, 500ms, 1000ms, 2000ms, 2000ms, 2000ms}));
}

TEST(CameraWatchdog, RunsAgainOnTheFirstFreshFrameAfterARetryAndResetsTheBackoff)
{
    CameraWatchdog watchdog = runningWatchdog();
    ASSERT_EQ(watchdog.check(t0 + 2s), Action::ReportLost);
    ASSERT_EQ(watchdog.check(t0 + 2s + 250ms), Action::Retry);
    watchdog.attemptStarted(t0 + 2s + 250ms);
    EXPECT_EQ(watchdog.state(), CameraState::Starting);
    EXPECT_TRUE(watchdog.frameArrived(t0 + 2s + 400ms, 2, true));
    EXPECT_EQ(watchdog.state(), CameraState::Running);
    EXPECT_EQ(watchdog.backoff(), 250ms);
}

TEST(CameraWatchdog, IgnoresALateFrameFromAnAbandonedCaptureWhileLost)
{
    CameraWatchdog watchdog = runningWatchdog();
    ASSERT_EQ(watchdog.check(t0 + 2s), Action::ReportLost);
    EXPECT_FALSE(watchdog.frameArrived(t0 + 2s + 10ms, 7, true));
    EXPECT_EQ(watchdog.state(), CameraState::Lost);
}

TEST(CameraWatchdog, CountsTheConsumerTakingAFrameAsProgressForLockStepFiles)
{
    CameraWatchdog watchdog = runningWatchdog();
    watchdog.consumed(t0 + 1400ms); // the decoder was busy; the capture waited for it
    EXPECT_EQ(watchdog.check(t0 + 2000ms), Action::None);
}

TEST(CameraWatchdog, FingerprintsDifferForDifferentFramesAndMatchForTheSameBuffer)
{
    Frame a;
    a.width = 64;
    a.height = 48;
    a.gray = std::make_shared<const std::vector<uint8_t>>(64 * 48, 100);
    Frame b = a;
    auto pixels = std::vector<uint8_t>(64 * 48, 100);
    pixels[0] = 101;
    b.gray = std::make_shared<const std::vector<uint8_t>>(pixels);
    EXPECT_EQ(frameFingerprint(a), frameFingerprint(a));
    EXPECT_NE(frameFingerprint(a), frameFingerprint(b));
}
