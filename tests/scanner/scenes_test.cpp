// The fallback chain on rendered scenes (real PNG files through the real OpenCV path): dark mode,
// glare, low contrast, blur, several codes in one frame.
#include "scanner/decoder.h"
#include "scanner/framesource.h"
#include "scanner/scenes/scenerenderer.h"
#include "tests/support/tempdir.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace checkin::scanner;

namespace {

Frame renderAndLoad(const std::vector<PlacedCode> &codes, const SceneEffects &effects)
{
    checkin::testing::TempDir dir;
    EXPECT_TRUE(writeScene(codes, effects, dir.file("scene.png")));
    auto source = FrameSource::open(dir.file("scene.png"), {});
    EXPECT_TRUE(source);
    return source ? (*source)->read().value_or(Frame{}) : Frame{};
}

std::vector<std::string> texts(const std::vector<Detection> &detections)
{
    std::vector<std::string> out;
    for (const auto &d : detections)
        out.push_back(d.text);
    return out;
}

Decoder firstPassOnly()
{
    Decoder::Options options;
    options.chain = {DecodeStage::Downscaled, DecodeStage::Plain};
    return Decoder(options);
}

} // namespace

TEST(Decoder, ReadsADarkModeCodeThatThePlainPassesMiss)
{
    SceneEffects effects;
    effects.darkMode = true;
    const Frame frame = renderAndLoad({{"SB1-DARK-0001", 0.5, 0.5, 0.45, 8}}, effects);
    EXPECT_TRUE(firstPassOnly().decode(frame).empty()) << "ZXing 1.4 does not invert by itself";
    EXPECT_EQ(texts(Decoder().decode(frame)), std::vector<std::string>{"SB1-DARK-0001"});
}

TEST(Decoder, ReadsACodeUnderGlare)
{
    SceneEffects effects;
    effects.glare = 0.8;
    const Frame frame = renderAndLoad({{"SB1-GLARE-001", 0.5, 0.5, 0.5, -6}}, effects);
    EXPECT_EQ(texts(Decoder().decode(frame)), std::vector<std::string>{"SB1-GLARE-001"});
}

TEST(Decoder, ReadsALowContrastCodeOnADimScreen)
{
    SceneEffects effects;
    effects.contrast = 0.25;
    effects.noiseSigma = 4;
    const Frame frame = renderAndLoad({{"SB1-DIM-00001", 0.45, 0.55, 0.4, 12}}, effects);
    EXPECT_EQ(texts(Decoder().decode(frame)), std::vector<std::string>{"SB1-DIM-00001"});
}

TEST(Decoder, ReadsABlurredCode)
{
    SceneEffects effects;
    effects.blurSigma = 2.5;
    const Frame frame = renderAndLoad({{"SB1-BLUR-0001", 0.5, 0.5, 0.55, 3}}, effects);
    EXPECT_EQ(texts(Decoder().decode(frame)), std::vector<std::string>{"SB1-BLUR-0001"});
}

TEST(Decoder, PutsTheLargestMostCentralOfSeveralCodesFirst)
{
    const Frame frame
        = renderAndLoad({{"SB1-EDGE-0001", 0.12, 0.2, 0.22, 0}, {"SB1-MAIN-0002", 0.5, 0.55, 0.45, 4},
                            {"SB1-EDGE-0003", 0.88, 0.8, 0.22, -4}},
            {});
    const auto found = Decoder().decode(frame);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front().text, "SB1-MAIN-0002");
    EXPECT_EQ(found.size(), 3U);
}

TEST(Decoder, GivesCornersInFramePixelsAfterADownscaledPass)
{
    checkin::testing::TempDir dir;
    ASSERT_TRUE(writeScene({{"SB1-CORNERS-01", 0.3, 0.4, 0.4, 0}}, {}, dir.file("big.png"), 2560, 1440));
    const Frame frame = (*FrameSource::open(dir.file("big.png"), {}))->read().value();
    const auto found = Decoder().decode(frame);
    ASSERT_EQ(found.size(), 1U);
    float cx = 0, cy = 0;
    for (const auto &p : found[0].corners) {
        cx += p.x / 4;
        cy += p.y / 4;
    }
    EXPECT_NEAR(cx, 2560 * 0.3, 20);
    EXPECT_NEAR(cy, 1440 * 0.4, 20);
}

TEST(Decoder, ParsesAndNamesEveryStage)
{
    for (const DecodeStage stage : Decoder::defaultChain())
        EXPECT_EQ(stageFromName(stageName(stage)), stage);
    EXPECT_FALSE(stageFromName("magic"));
}
