// ScanWorker under a camera that stops, hangs inside read() and comes back; and a real file that
// disappears and returns. Events are awaited on condition variables, never slept for.
#include "scanner/scanworker.h"
#include "scanner/scenes/scenerenderer.h"
#include "tests/support/tempdir.h"

#include <condition_variable>
#include <filesystem>
#include <gtest/gtest.h>
#include <mutex>

using namespace checkin::scanner;
using namespace std::chrono_literals;

namespace {

constexpr auto kPatience = 30s; // only a broken worker takes this long

/// A fake camera (the one piece of hardware we lack): streams frames of a real rendered scene,
/// freezes, hangs inside read() for real (a blocking wait), or is unplugged (open fails).
struct FakeCamera
{
    enum class Mode { Streaming, Frozen, Hanging, Unplugged };
    std::mutex mutex;
    std::condition_variable changed;
    Mode mode = Mode::Streaming;
    Frame scene;
    int opens = 0;
    int hungReads = 0; ///< reads blocked right now
    bool released = false; ///< lets hung reads return (at the end of a test)

    void set(Mode m)
    {
        std::lock_guard lock(mutex);
        mode = m;
        changed.notify_all();
    }
    void release()
    {
        std::lock_guard lock(mutex);
        released = true;
        changed.notify_all();
    }
};

class FakeCameraSource : public FrameSource
{
public:
    explicit FakeCameraSource(std::shared_ptr<FakeCamera> camera)
        : m_camera(std::move(camera))
    { }
    Result<Frame> read() override
    {
        std::unique_lock lock(m_camera->mutex);
        if (m_camera->mode == FakeCamera::Mode::Hanging) {
            ++m_camera->hungReads;
            m_camera->changed.notify_all();
            m_camera->changed.wait(lock, [&] { return m_camera->released; }); // a driver that hangs
            --m_camera->hungReads;
            return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, "device gone"});
        }
        // One frame period of a 100 fps camera; a mode change wakes it at once.
        m_camera->changed.wait_for(lock, 10ms);
        Frame frame = m_camera->scene;
        frame.captured = std::chrono::steady_clock::now();
        frame.index = m_index++;
        if (m_camera->mode == FakeCamera::Mode::Streaming) {
            // Sensor noise: every frame differs a little from the one before.
            auto pixels = *frame.gray;
            for (auto &p : pixels)
                p ^= static_cast<uint8_t>(m_index & 1);
            frame.gray = std::make_shared<const std::vector<uint8_t>>(std::move(pixels));
        }
        return frame;
    }
    bool isLive() const override { return true; }
    const std::string &source() const override { return m_name; }

private:
    std::shared_ptr<FakeCamera> m_camera;
    std::string m_name = "fake-camera";
    int64_t m_index = 0;
};

/// Records the worker's reports and lets the test wait for one.
struct Recorder
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<CameraState> states;
    std::vector<std::string> codes;

    ScanWorker::Callbacks callbacks()
    {
        ScanWorker::Callbacks c;
        c.codeDecoded = [this](const ScanEvent &e) {
            std::lock_guard lock(mutex);
            codes.push_back(e.detection.text);
            changed.notify_all();
        };
        c.stateChanged = [this](CameraState s, const std::string &) {
            std::lock_guard lock(mutex);
            states.push_back(s);
            changed.notify_all();
        };
        return c;
    }
    /// Waits until `state` has been reported `count` times in all.
    bool waitFor(CameraState state, size_t count)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kPatience,
            [&] { return static_cast<size_t>(std::count(states.begin(), states.end(), state)) >= count; });
    }
    bool waitForCodes(size_t count)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kPatience, [&] { return codes.size() >= count; });
    }
};

Frame loadScene(const std::string &path)
{
    auto source = FrameSource::open(path, {});
    EXPECT_TRUE(source);
    return source ? (*source)->read().value_or(Frame{}) : Frame{};
}

ScanWorker::Options fastWatchdog(ScanWorker::Options options)
{
    options.watchdog.lostAfter = 300ms;
    options.watchdog.firstBackoff = 50ms;
    options.watchdog.maxBackoff = 400ms;
    options.checkPeriod = 20ms;
    options.cooldown = 1h; // the same code after a recovery is not a new arrival
    options.capture.paced = true;
    return options;
}

} // namespace

TEST(ScanWorker, ReportsACameraHungInsideReadAsLostAndRecoversWhenItComesBack)
{
    checkin::testing::TempDir dir;
    ASSERT_TRUE(writeScene({{"SB1-HANG-0001", 0.5, 0.5, 0.5, 5}}, {}, dir.file("scene.png"), 640, 480));
    auto camera = std::make_shared<FakeCamera>();
    camera->scene = loadScene(dir.file("scene.png"));
    ScanWorker::Options options;
    options.openSource = [camera]() -> Result<std::unique_ptr<FrameSource>> {
        std::lock_guard lock(camera->mutex);
        ++camera->opens;
        camera->changed.notify_all();
        if (camera->mode == FakeCamera::Mode::Unplugged)
            return tl::unexpected(ScannerError{ScannerErrorKind::NotFound, "no such device"});
        return std::make_unique<FakeCameraSource>(camera);
    };
    Recorder recorder;
    ScanWorker worker(fastWatchdog(options), recorder.callbacks());
    worker.start();
    ASSERT_TRUE(recorder.waitFor(CameraState::Running, 1));
    ASSERT_TRUE(recorder.waitForCodes(1));

    camera->set(FakeCamera::Mode::Hanging);
    ASSERT_TRUE(recorder.waitFor(CameraState::Lost, 1)) << "the watchdog must not wait for read()";
    {
        std::unique_lock lock(camera->mutex);
        EXPECT_GE(camera->hungReads, 1) << "the loss was reported while read() still hangs";
        camera->mode = FakeCamera::Mode::Unplugged;
        const int opensBefore = camera->opens;
        ASSERT_TRUE(camera->changed.wait_for(lock, kPatience, [&] {
            return camera->opens >= opensBefore + 2;
        })) << "retries go on while the camera is away";
    }

    camera->set(FakeCamera::Mode::Streaming);
    ASSERT_TRUE(recorder.waitFor(CameraState::Running, 2)) << "recovers without a restart";
    camera->release();
    worker.stop();
    std::lock_guard lock(recorder.mutex);
    EXPECT_EQ(recorder.codes, std::vector<std::string>{"SB1-HANG-0001"});
    EXPECT_EQ(recorder.states.front(), CameraState::Starting);
}

TEST(ScanWorker, ReportsFrozenFramesAsLostAndRunsAgainWhenTheyChange)
{
    checkin::testing::TempDir dir;
    ASSERT_TRUE(writeScene({}, {}, dir.file("hall.png"), 320, 240));
    auto camera = std::make_shared<FakeCamera>();
    camera->scene = loadScene(dir.file("hall.png"));
    ScanWorker::Options options;
    options.openSource = [camera]() -> Result<std::unique_ptr<FrameSource>> {
        return std::make_unique<FakeCameraSource>(camera);
    };
    Recorder recorder;
    ScanWorker worker(fastWatchdog(options), recorder.callbacks());
    worker.start();
    ASSERT_TRUE(recorder.waitFor(CameraState::Running, 1));
    camera->set(FakeCamera::Mode::Frozen);
    ASSERT_TRUE(recorder.waitFor(CameraState::Lost, 1));
    camera->set(FakeCamera::Mode::Streaming);
    ASSERT_TRUE(recorder.waitFor(CameraState::Running, 2));
    worker.stop();
}

TEST(ScanWorker, ReportsAVideoFileThatDisappearsAndPlaysItAgainWhenItIsBack)
{
    checkin::testing::TempDir dir;
    SceneOptions scene;
    scene.width = 320;
    scene.height = 240;
    scene.framesPerCode = 3;
    scene.idleFrames = 2;
    ASSERT_TRUE(writeArrivalsVideo({"SB1-FILE-0001"}, dir.file("arrivals.avi"), scene));
    ScanWorker::Options options;
    options.source = dir.file("arrivals.avi");
    options.loop = true;
    options = fastWatchdog(options);
    options.capture.paced = false; // a real file in lock step, through the real OpenCV path
    Recorder recorder;
    ScanWorker worker(options, recorder.callbacks());
    worker.start();
    ASSERT_TRUE(recorder.waitForCodes(1));
    std::filesystem::rename(dir.file("arrivals.avi"), dir.file("away.avi"));
    ASSERT_TRUE(recorder.waitFor(CameraState::Lost, 1));
    std::filesystem::rename(dir.file("away.avi"), dir.file("arrivals.avi"));
    ASSERT_TRUE(recorder.waitFor(CameraState::Running, 2));
    worker.stop();
}

TEST(ScanWorker, DropsFramesWhileBusyInsteadOfQueueingThem)
{
    checkin::testing::TempDir dir;
    ASSERT_TRUE(writeScene({}, {}, dir.file("hall.png"), 1280, 720));
    auto camera = std::make_shared<FakeCamera>();
    camera->scene = loadScene(dir.file("hall.png"));
    ScanWorker::Options options;
    options.openSource = [camera]() -> Result<std::unique_ptr<FrameSource>> {
        return std::make_unique<FakeCameraSource>(camera);
    };
    std::mutex mutex;
    std::condition_variable processed;
    int frames = 0;
    bool blocked = true;
    Recorder recorder;
    auto callbacks = recorder.callbacks();
    callbacks.frameProcessed = [&](const Frame &, const std::vector<Detection> &) {
        std::unique_lock lock(mutex);
        ++frames;
        processed.notify_all();
        // The first frame keeps the decoder busy until the capture has overwritten the slot a few times.
        processed.wait(lock, [&] { return !blocked; });
    };
    ScanWorker worker(fastWatchdog(options), callbacks);
    worker.start();
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(processed.wait_for(lock, kPatience, [&] { return frames == 1; }));
    }
    while (worker.stats().framesCaptured < 10) {
        std::unique_lock lock(camera->mutex);
        camera->changed.wait_for(lock, 10ms);
    }
    {
        std::lock_guard lock(mutex);
        blocked = false;
        processed.notify_all();
    }
    worker.stop();
    const ScanStats stats = worker.stats();
    EXPECT_GE(stats.framesDropped, 8);
    EXPECT_LE(stats.framesDecoded + stats.framesDropped, stats.framesCaptured);
}
