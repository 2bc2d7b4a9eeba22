// The decoder's budget: predicted stage costs, stages skipped under an injected clock, and the
// texts taken from zbar's and WeChat's raw bytes.
#include "scanner/decoder.h"

#include <gtest/gtest.h>

using namespace checkin::scanner;
using namespace std::chrono_literals;

namespace {

Frame flatFrame(int width, int height)
{
    Frame frame;
    frame.width = width;
    frame.height = height;
    frame.gray = std::make_shared<const std::vector<uint8_t>>(static_cast<size_t>(width) * height, 128);
    return frame;
}

/// A clock that jumps `step` each time it is read: every stage seems to take that long.
struct SteppingClock
{
    explicit SteppingClock(std::chrono::milliseconds s)
        : step(s)
    { }
    std::shared_ptr<Decoder::Clock::time_point> now = std::make_shared<Decoder::Clock::time_point>();
    std::chrono::milliseconds step;
    Decoder::Clock::time_point operator()() const { return *now += step; }
};

} // namespace

TEST(DecoderBudget, PredictsCostsThatStayBoundedHoweverLargeThePhoto)
{
    // The full-resolution stages work on at most 2 megapixels, WeChat on at most 800 px; `plain`
    // alone sees the whole frame (it is plain ZXing's own call, the guarantee of decode()).
    const double invertedAt2Mpx = Decoder::predictedMs(DecodeStage::Inverted, 1732, 1155);
    EXPECT_LT(invertedAt2Mpx, 40);
    EXPECT_LT(Decoder::predictedMs(DecodeStage::Inverted, 4032, 3024), invertedAt2Mpx + 80);
    EXPECT_GT(Decoder::predictedMs(DecodeStage::Plain, 4032, 3024), 100);
    EXPECT_LT(Decoder::predictedMs(DecodeStage::WechatQuick, 4032, 3024), 280);
    EXPECT_LT(Decoder::predictedMs(DecodeStage::Wechat, 4032, 3024), 450);
    EXPECT_LT(Decoder::predictedMs(DecodeStage::Zbar, 4032, 3024), 120);
    EXPECT_GT(Decoder::predictedMs(DecodeStage::Plain, 1280, 720),
        Decoder::predictedMs(DecodeStage::Plain, 640, 360));
}

TEST(DecoderBudget, SizesWechatToWhatIsLeftAndSkipsItWhenTooLittleIs)
{
    const double generous = Decoder::predictedMs(DecodeStage::Wechat, 1280, 720, 1000);
    const double tight = Decoder::predictedMs(DecodeStage::Wechat, 1280, 720, 220);
    EXPECT_LE(tight, 220);
    EXPECT_LT(tight, generous);
    EXPECT_GT(Decoder::predictedMs(DecodeStage::Wechat, 1280, 720, 150), 150)
        << "a copy small enough for 150 ms would only repeat the quick pass";
    EXPECT_GT(Decoder::predictedMs(DecodeStage::Wechat, 1280, 720, 50), 50) << "below its fixed cost";
    // The quick pass (400 px) shrinks to fit too, but keeps its short side at 320 px.
    const double quick = Decoder::predictedMs(DecodeStage::WechatQuick, 1000, 1000, 1000);
    const double quickTight = Decoder::predictedMs(DecodeStage::WechatQuick, 1000, 1000, quick - 10);
    EXPECT_LE(quickTight, quick - 10);
    EXPECT_GT(Decoder::predictedMs(DecodeStage::WechatQuick, 1000, 1000, 100), 100);
}

TEST(DecoderBudget, SkipsEveryStageThatWouldOverrunWhatIsLeft)
{
    Decoder::Options options;
    options.budget = 250ms;
    options.clock = SteppingClock(100ms); // each stage "takes" 100 ms (read twice per stage)
    const Decoder decoder(options);
    DecodeTrace trace;
    EXPECT_TRUE(decoder.decode(flatFrame(1280, 720), &trace).empty());
    ASSERT_EQ(trace.steps.size(), options.chain.size());
    double elapsed = 100; // the clock's first reading is the start
    for (const auto &step : trace.steps) {
        elapsed += 100; // the reading before the stage
        const double left = 250 - (elapsed - 100);
        if (step.stage == DecodeStage::Downscaled || step.stage == DecodeStage::Plain) {
            EXPECT_TRUE(step.ran) << stageName(step.stage) << " is plain ZXing's call: it always runs";
            elapsed += 100;
        } else if (step.ran) {
            EXPECT_LE(step.predictedMs, left + 1e-3) << stageName(step.stage);
            elapsed += 100; // the reading after it
        } else {
            EXPECT_GT(step.predictedMs, left) << stageName(step.stage);
        }
    }
    const auto wechat = std::find_if(trace.steps.begin(), trace.steps.end(),
        [](const DecodeStep &s) { return s.stage == DecodeStage::Wechat; });
    ASSERT_NE(wechat, trace.steps.end());
    EXPECT_FALSE(wechat->ran) << "nothing of the budget is left for WeChat after 200 ms of stages";
}

TEST(DecoderBudget, AlwaysRunsThePlainZxingPassesHoweverLittleIsLeft)
{
    // Whatever the load, the chain's leading ZXing passes (what plain ZXing does) run; nothing
    // after them does when the budget is gone.
    Decoder::Options options;
    options.budget = 1ms;
    options.clock = SteppingClock(50ms);
    DecodeTrace trace;
    EXPECT_TRUE(Decoder(options).decode(flatFrame(2592, 1944), &trace).empty());
    ASSERT_EQ(trace.steps.size(), options.chain.size());
    for (const auto &step : trace.steps)
        EXPECT_EQ(step.ran, step.stage == DecodeStage::Downscaled || step.stage == DecodeStage::Plain)
            << stageName(step.stage);
}

TEST(DecoderBudget, RunsTheWholeChainWhenTheBudgetAllows)
{
    Decoder::Options options;
    options.budget = 100000ms;
    DecodeTrace trace;
    EXPECT_TRUE(Decoder(options).decode(flatFrame(320, 240), &trace).empty());
    for (const auto &step : trace.steps)
        EXPECT_TRUE(step.ran) << stageName(step.stage);
}

TEST(PlausibleText, AcceptsUtf8AndLineBreaksAndRejectsRawBytesOfOtherCharsets)
{
    EXPECT_TRUE(plausibleText("SB1-4K7T-93QX"));
    EXPECT_TRUE(plausibleText("Müller Ayşe Ковальчук 日本語\r\nhttp://x/\t"));
    EXPECT_FALSE(plausibleText("\x2a\xc3\xde\xbb\xde\xb2\xdd"
                               "QR"))
        << "Shift_JIS half-width katakana";
    EXPECT_FALSE(plausibleText("AD:SUB:\xb0\xa2;;")) << "GB2312";
    EXPECT_FALSE(plausibleText("\x01\x10"
                               "AD"))
        << "control characters";
    EXPECT_FALSE(plausibleText("\xc2\x85")) << "a C1 control character";
    EXPECT_FALSE(plausibleText("\xc0\xaf")) << "an overlong form";
    EXPECT_FALSE(plausibleText("\xed\xa0\x80")) << "a surrogate";
    EXPECT_FALSE(plausibleText(""));
}
