// The code-in-view cue and the live path's escalation, on rendered scenes and held-up streams.
#include "scanner/codecue.h"
#include "scanner/framesource.h"
#include "scanner/livedecoder.h"
#include "scanner/scenes/heldupshot.h"
#include "scanner/scenes/scenerenderer.h"
#include "tests/support/tempdir.h"

#include <gtest/gtest.h>

using namespace checkin::scanner;

namespace {

Frame render(const std::vector<PlacedCode> &codes, const SceneEffects &effects, uint32_t seed = 1)
{
    checkin::testing::TempDir dir;
    EXPECT_TRUE(writeScene(codes, effects, dir.file("scene.png"), 1280, 720, seed));
    auto source = FrameSource::open(dir.file("scene.png"), {});
    return source ? (*source)->read().value_or(Frame{}) : Frame{};
}

GrayView viewOf(const Frame &frame)
{
    return {frame.gray->data(), frame.width, frame.height, frame.width};
}

} // namespace

TEST(CodeCue, FindsTheRegionOfAHeldUpCode)
{
    const Frame frame = render({{"SB1-CUE-00001", 0.3, 0.6, 0.35, 10}}, {});
    const auto cue = CodeCue::find(viewOf(frame));
    ASSERT_TRUE(cue);
    EXPECT_GE(cue->patterns, 2);
    const Region &r = cue->region;
    EXPECT_LE(r.x, 1280 * 0.3);
    EXPECT_GE(r.x + r.width, 1280 * 0.3);
    EXPECT_LE(r.y, 720 * 0.6);
    EXPECT_GE(r.y + r.height, 720 * 0.6);
    EXPECT_LT(r.width * r.height, 1280 * 720 / 2) << "a crop, not the frame";
}

TEST(CodeCue, StaysQuietOnEmptyHallways)
{
    int fired = 0;
    for (uint32_t seed = 1; seed <= 6; ++seed)
        fired += CodeCue::find(viewOf(render({}, {}, seed))) ? 1 : 0;
    EXPECT_EQ(fired, 0);
}

TEST(LiveDecoder, EscalatesWhileACodeIsInViewAndIdlesOtherwise)
{
    // A code the first stage cannot read (heavy blur): the cue keeps the fallbacks running.
    SceneEffects effects;
    effects.blurSigma = 2.5;
    effects.glare = 0.6;
    const Frame code = render({{"SB1-LIVE-0001", 0.5, 0.5, 0.45, 6}}, effects);
    const Frame hallway = render({}, {}, 3);
    LiveDecoder live;
    live.decode(hallway);
    EXPECT_FALSE(live.codeInView());
    std::vector<Detection> found;
    int frames = 0;
    while (found.empty() && frames < 12) {
        found = live.decode(code);
        ++frames;
        if (found.empty())
            EXPECT_TRUE(live.codeInView()) << "frame " << frames;
    }
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front().text, "SB1-LIVE-0001");
}

TEST(HeldUpShot, BringsThePhotoInFromTheRightAndHoldsItCentred)
{
    checkin::testing::TempDir dir;
    ASSERT_TRUE(writeQrPng("SB1-HELD-0001", dir.file("code.png"), 300));
    const Frame photo = (*FrameSource::open(dir.file("code.png"), {}))->read().value();
    const HeldUpShot shot(photo, {});
    const Frame first = shot.frame(0);
    ASSERT_EQ(first.width, 1280);
    ASSERT_EQ(first.height, 720);
    LiveDecoder live;
    EXPECT_TRUE(Decoder().decode(first).empty()) << "only a quarter of the code is in view";
    const auto held = Decoder().decode(shot.frame(20));
    ASSERT_EQ(held.size(), 1U);
    EXPECT_EQ(held[0].text, "SB1-HELD-0001");
    float cx = 0;
    for (const auto &p : held[0].corners)
        cx += p.x / 4;
    EXPECT_NEAR(cx, 640, 20);
}
