// checkinctl bench scanner: a rendered 1280x720 arrivals video through the real capture and
// decoding path; frames per second, idle-frame cost and capture-to-decoded latency.
#include "scanner/decoder.h"
#include "scanner/framesource.h"
#include "scanner/livedecoder.h"
#include "scanner/peers/zxingpeer.h"
#include "scanner/scanworker.h"
#include "scanner/scenes/scenerenderer.h"
#include "terminal/tools/commands.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>

namespace checkin::ctl {

namespace {

using namespace checkin::scanner;
using Clock = std::chrono::steady_clock;

struct BenchOptions
{
    std::string jsonPath;
    int arrivals = 20;
    double fps = 30;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(rank, values.size() - 1)];
}

/// Mean time per idle frame of the kiosk's live path (LiveDecoder)
/// and of plain ZXing on the same frames, measured alternately in the same run.
std::pair<double, double> idleCost(const std::vector<Frame> &idle, int rounds)
{
    LiveDecoder decoder;
    peers::ZxingPeer plain;
    double ours = 0, theirs = 0;
    for (int r = 0; r < rounds; ++r)
        for (const Frame &frame : idle) {
            auto start = Clock::now();
            (void)decoder.decode(frame);
            ours += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            start = Clock::now();
            (void)plain.decode(frame);
            theirs += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        }
    const double n = static_cast<double>(rounds) * static_cast<double>(idle.size());
    int candidates = 0;
    double first = 0;
    for (const Frame &frame : idle) {
        bool candidate = false;
        const auto start = Clock::now();
        (void)decoder.decoder().decodeStage(frame, 0, &candidate);
        first += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        candidates += candidate ? 1 : 0;
    }
    std::cerr << "idle frames: first stage " << first / static_cast<double>(idle.size()) << " ms, "
              << candidates << "/" << idle.size() << " with a located but unread code\n";
    return {ours / n, theirs / n};
}

int runBench(const BenchOptions &options)
{
    const auto dir = std::filesystem::temp_directory_path() / ("checkin-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    struct Cleanup
    {
        std::filesystem::path path;
        ~Cleanup()
        {
            std::error_code ec;
            std::filesystem::remove_all(path, ec);
        }
    } cleanup{dir};

    std::vector<std::string> texts;
    for (int i = 0; i < options.arrivals; ++i)
        texts.push_back("SB1-BENCH-" + std::to_string(1000 + i));
    SceneOptions scene;
    scene.width = 1280;
    scene.height = 720;
    scene.fps = options.fps;
    scene.framesPerCode = 15;
    scene.idleFrames = 15;
    const std::string video = (dir / "arrivals.avi").string();
    if (auto written = writeArrivalsVideo(texts, video, scene); !written) {
        std::cerr << "checkinctl: cannot render the arrivals video: " << written.error().message << "\n";
        return 2;
    }

    std::vector<Frame> idle;
    if (auto source = FrameSource::open(video, {}); source)
        for (int i = 0; i < scene.idleFrames - 1; ++i)
            if (auto frame = (*source)->read(); frame && !frame->empty())
                idle.push_back(*frame);
    if (idle.empty()) {
        std::cerr << "checkinctl: cannot read back " << video << "\n";
        return 2;
    }
    const auto [idleMs, idlePlainMs] = idleCost(idle, 5);

    std::mutex mutex;
    std::condition_variable ended;
    bool done = false;
    std::vector<double> latencies;
    std::vector<std::string> seen;
    ScanWorker::Callbacks callbacks;
    callbacks.codeDecoded = [&](const ScanEvent &event) {
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - event.captured).count();
        std::lock_guard lock(mutex);
        latencies.push_back(ms);
        seen.push_back(event.detection.text);
    };
    callbacks.stateChanged = [&](CameraState state, const std::string &detail) {
        if (state == CameraState::Lost)
            std::cerr << "checkinctl: source lost: " << detail << "\n";
        if (state == CameraState::Ended || state == CameraState::Lost) {
            std::lock_guard lock(mutex);
            done = true;
            ended.notify_all();
        }
    };
    ScanWorker::Options workerOptions;
    workerOptions.source = video;
    workerOptions.capture.fps = options.fps;
    workerOptions.capture.paced = true; // played like a camera: frames the decoder misses are dropped
    ScanWorker worker(workerOptions, callbacks);
    const auto start = Clock::now();
    worker.start();
    {
        std::unique_lock lock(mutex);
        ended.wait(lock, [&] { return done; });
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    worker.stop();
    const ScanStats stats = worker.stats();

    const int found = static_cast<int>(std::count_if(texts.begin(), texts.end(),
        [&](const std::string &t) { return std::find(seen.begin(), seen.end(), t) != seen.end(); }));
    nlohmann::json out{{"fps", static_cast<double>(stats.framesDecoded) / seconds},
        {"source_fps", options.fps}, {"idle_frame_ms", idleMs}, {"idle_frame_ms_plain_zxing", idlePlainMs},
        {"latency_p50_ms", percentile(latencies, 0.5)}, {"latency_p95_ms", percentile(latencies, 0.95)},
        {"arrivals", options.arrivals}, {"arrivals_decoded", found}, {"events", seen.size()},
        {"frames_captured", stats.framesCaptured}, {"frames_decoded", stats.framesDecoded},
        {"frames_dropped", stats.framesDropped}, {"width", scene.width}, {"height", scene.height}};
    std::cout << "scanner bench: 1280x720 MJPG at " << options.fps << " fps, " << options.arrivals
              << " arrivals\n"
              << "  frames decoded per second  " << out["fps"].get<double>() << "  (captured "
              << stats.framesCaptured << ", dropped " << stats.framesDropped << ")\n"
              << "  idle frame                 " << idleMs << " ms  (plain ZXing " << idlePlainMs
              << " ms, ratio " << idleMs / idlePlainMs << ")\n"
              << "  capture to decoded p50     " << out["latency_p50_ms"].get<double>() << " ms\n"
              << "  capture to decoded p95     " << out["latency_p95_ms"].get<double>() << " ms\n"
              << "  arrivals decoded           " << found << "/" << options.arrivals << "  (events "
              << seen.size() << ")\n";
    if (!options.jsonPath.empty()) {
        std::ofstream file(options.jsonPath);
        file << out.dump(2) << "\n";
        if (!file) {
            std::cerr << "checkinctl: cannot write " << options.jsonPath << "\n";
            return 2;
        }
    }
    return found == options.arrivals ? 0 : 1;
}

} // namespace

void addBenchScannerCommand(CLI::App &app)
{
    CLI::App *bench = &benchCommand(app);
    auto options = std::make_shared<BenchOptions>();
    auto *cmd = bench->add_subcommand("scanner", "capture and decoding latency on a rendered 1280x720 video");
    cmd->add_option("--json", options->jsonPath, "also write the figures as JSON to this file");
    cmd->add_option("--arrivals", options->arrivals, "people holding up codes")->check(CLI::Range(1, 1000));
    cmd->add_option("--fps", options->fps, "camera frame rate to play the video at")
        ->check(CLI::Range(1.0, 120.0));
    cmd->callback([options] {
        if (const int rc = runBench(*options); rc != 0)
            throw CLI::RuntimeError(rc);
    });
}

} // namespace checkin::ctl
