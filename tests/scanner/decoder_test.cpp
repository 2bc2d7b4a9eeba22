// Scanner: real PNG and video files through the real OpenCV capture and ZXing decoding.
#include "scanner/decoder.h"
#include "scanner/framesource.h"
#include "scanner/scanworker.h"
#include "scanner/scenes/scenerenderer.h"
#include "tests/support/tempdir.h"

#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>

using namespace checkin::scanner;

TEST(Decoder, ReadsAQrCodeFromAPngFile)
{
    checkin::testing::TempDir dir;
    ASSERT_TRUE(writeQrPng("SB1-4K7T-93QX", dir.file("code.png")));
    auto source = FrameSource::open(dir.file("code.png"), {});
    ASSERT_TRUE(source) << source.error().message;
    auto frame = (*source)->read();
    ASSERT_TRUE(frame);
    ASSERT_FALSE(frame->empty());
    const auto found = Decoder().decode(*frame);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].text, "SB1-4K7T-93QX");
    EXPECT_TRUE((*source)->read()->empty()) << "a still image is one frame";
}

TEST(Decoder, ReadsUtf8TextExactly)
{
    checkin::testing::TempDir dir;
    ASSERT_TRUE(writeQrPng("Müller Ayşe Ковальчук", dir.file("utf8.png")));
    auto frame = (*FrameSource::open(dir.file("utf8.png"), {}))->read();
    const auto found = Decoder().decode(*frame);
    ASSERT_EQ(found.size(), 1U);
    EXPECT_EQ(found[0].text, "Müller Ayşe Ковальчук");
}

TEST(Decoder, FindsNothingInAnEmptyFrame)
{
    Frame frame;
    frame.width = 64;
    frame.height = 48;
    frame.gray = std::make_shared<const std::vector<uint8_t>>(64 * 48, 128);
    EXPECT_TRUE(Decoder().decode(frame).empty());
}

TEST(FrameSource, ReportsAMissingFileClearly)
{
    auto source = FrameSource::open("/nonexistent/arrivals.avi", {});
    ASSERT_FALSE(source);
    EXPECT_EQ(source.error().kind, ScannerErrorKind::NotFound);
    EXPECT_NE(source.error().message.find("/nonexistent/arrivals.avi"), std::string::npos);
}

TEST(FrameSource, ReportsAFileThatIsNotAVideo)
{
    checkin::testing::TempDir dir;
    {
        std::FILE *f = std::fopen(dir.file("junk.avi").c_str(), "wb");
        std::fputs("this is not a video", f);
        std::fclose(f);
    }
    auto source = FrameSource::open(dir.file("junk.avi"), {});
    ASSERT_FALSE(source);
    EXPECT_EQ(source.error().kind, ScannerErrorKind::Unreadable);
}

TEST(ScanWorker, ReportsEachCodeOfAVideoOnceInOrder)
{
    checkin::testing::TempDir dir;
    const std::vector<std::string> texts{"SB1-AAAA-2222", "SB1-BBBB-3333", "SB1-AAAA-2222"};
    SceneOptions scene;
    scene.width = 640;
    scene.height = 480;
    ASSERT_TRUE(writeArrivalsVideo(texts, dir.file("arrivals.avi"), scene));

    std::mutex mutex;
    std::condition_variable done;
    std::vector<std::string> seen;
    bool ended = false;
    ScanWorker::Callbacks callbacks;
    callbacks.codeDecoded = [&](const ScanEvent &e) {
        std::lock_guard lock(mutex);
        seen.push_back(e.detection.text);
    };
    callbacks.stateChanged = [&](CameraState state, const std::string &) {
        if (state == CameraState::Ended) {
            std::lock_guard lock(mutex);
            ended = true;
            done.notify_all();
        }
    };
    ScanWorker worker({dir.file("arrivals.avi"), {}, std::chrono::milliseconds(3000), false}, callbacks);
    worker.start();
    std::unique_lock lock(mutex);
    ASSERT_TRUE(done.wait_for(lock, std::chrono::seconds(60), [&] { return ended; }));
    // The same code again after another one is a new arrival (the cooldown ends at a new code).
    EXPECT_EQ(seen, texts);
}
