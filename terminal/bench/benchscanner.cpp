// checkinctl bench scanner: a rendered 1280x720 arrivals video through the real capture and
// decoding path (frames per second, idle-frame cost, capture-to-decoded latency), and each shared
// photo held up in a 1280x720 stream (frames until the verdict, ours against plain ZXing).
#include "scanner/codecue.h"
#include "scanner/decoder.h"
#include "scanner/framesource.h"
#include "scanner/livedecoder.h"
#include "scanner/peers/evaluation.h"
#include "scanner/peers/zxingpeer.h"
#include "scanner/scanworker.h"
#include "scanner/scenes/heldupshot.h"
#include "scanner/scenes/scenerenderer.h"
#include "terminal/tools/commands.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <time.h>
#include <tuple>

namespace checkin::ctl {

namespace {

using namespace checkin::scanner;
using Clock = std::chrono::steady_clock;

struct BenchOptions
{
    std::string jsonPath;
    int arrivals = 20;
    double fps = 30;
    std::string manifest = "../shared/qr-samples/manifest.tsv";
    int heldFrames = 45; ///< frames a photo stays in view, bringing in included
};

/// CPU time of this thread: decoding costs measured this way do not count the other processes
/// of a shared machine.
double threadMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// One decoding path played against a camera in virtual time: frames arrive every `period` ms, the
/// decoder takes the newest frame whenever it is free (the ones in between are dropped, as on
/// the scanner thread) and costs what it measurably costs. The verdict is the number of frames
/// from the first with the code to the one arriving when the right text came out; -1 if never.
struct HeldUpRun
{
    int frames = -1;
    bool wrong = false;
};

template <typename Decode>
HeldUpRun playHeldUp(
    const HeldUpShot &shot, int total, double period, const std::string &expected, Decode decode)
{
    double freeAt = 0; // virtual ms at which the decoder takes its next frame
    int last = -1;
    while (true) {
        const int index = std::max(last + 1, static_cast<int>(std::floor(freeAt / period)));
        if (index >= total)
            return {};
        const double startAt = std::max(freeAt, index * period);
        const Frame frame = shot.frame(index);
        const double before = threadMs();
        const std::vector<std::string> texts = decode(frame);
        const double cost = threadMs() - before;
        freeAt = startAt + cost;
        last = index;
        if (!texts.empty() && texts.front() != expected)
            return {-1, true};
        if (!texts.empty())
            return {static_cast<int>(std::ceil(freeAt / period)), false};
    }
}

struct HeldUpFigures
{
    int photos = 0;
    int read = 0;
    int wrong = 0;
    std::vector<double> frames; ///< per photo read
};

/// Each photo of the manifest held up in a 1280x720 stream, for our live path (a fresh LiveDecoder
/// per photo) and for plain ZXing on every frame it can take; empty when there is no manifest.
std::optional<std::pair<HeldUpFigures, HeldUpFigures>> heldUpPhotos(
    const BenchOptions &options, std::vector<double> &bothOurs, std::vector<double> &bothPlain)
{
    auto samples = peers::readManifest(options.manifest);
    if (!samples) {
        std::cerr << "checkinctl: no held-up photos: " << samples.error().message << "\n";
        return std::nullopt;
    }
    HeldUpFigures ours, plain;
    const double period = 1000.0 / options.fps;
    for (size_t i = 0; i < samples->size(); ++i) {
        const auto &sample = (*samples)[i];
        Frame photo;
        if (auto source = FrameSource::open(sample.path, {}); source)
            if (auto read = (*source)->read(); read)
                photo = *read;
        HeldUpShot::Options shotOptions;
        shotOptions.seed = static_cast<uint32_t>(i + 1);
        const HeldUpShot shot(photo, shotOptions);
        LiveDecoder live;
        peers::ZxingPeer zxing;
        const HeldUpRun a
            = playHeldUp(shot, options.heldFrames, period, sample.expected, [&](const Frame &f) {
                  std::vector<std::string> texts;
                  for (auto &d : live.decode(f))
                      texts.push_back(std::move(d.text));
                  return texts;
              });
        const HeldUpRun b = playHeldUp(shot, options.heldFrames, period, sample.expected,
            [&](const Frame &f) { return zxing.decode(f); });
        for (auto [run, figures] : {std::pair{a, &ours}, std::pair{b, &plain}}) {
            ++figures->photos;
            figures->wrong += run.wrong ? 1 : 0;
            if (run.frames >= 0) {
                ++figures->read;
                figures->frames.push_back(run.frames);
            }
        }
        if (a.frames >= 0 && b.frames >= 0) {
            bothOurs.push_back(a.frames);
            bothPlain.push_back(b.frames);
        }
        std::cerr << "\rheld-up photos " << i + 1 << "/" << samples->size() << std::flush;
    }
    std::cerr << "\r";
    return std::pair{ours, plain};
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(rank, values.size() - 1)];
}

/// Mean time per idle frame (no code in view) of the kiosk's live path (LiveDecoder) and of plain
/// ZXing on the same frames, alternately in the same run, in this thread's CPU time (as the
/// held-up photos are: the other processes of a shared machine do not count). `rounds` passes
/// over the frames: the live path's idle fallbacks are spread over many frames.
std::pair<double, double> idleCost(const std::vector<Frame> &idle, int rounds)
{
    LiveDecoder decoder;
    peers::ZxingPeer plain;
    double ours = 0, theirs = 0;
    int inView = 0;
    for (int r = 0; r < rounds; ++r)
        for (size_t i = 0; i < idle.size(); ++i) {
            // Who goes first alternates: the frame's cold cache falls on both alike.
            for (int k = 0; k < 2; ++k) {
                const double start = threadMs();
                if ((k + i + static_cast<size_t>(r)) % 2 == 0) {
                    (void)decoder.decode(idle[i]);
                    ours += threadMs() - start;
                    inView += decoder.codeInView() ? 1 : 0;
                } else {
                    (void)plain.decode(idle[i]);
                    theirs += threadMs() - start;
                }
            }
        }
    const double n = static_cast<double>(rounds) * static_cast<double>(idle.size());
    int candidates = 0;
    double first = 0, cue = 0;
    for (const Frame &frame : idle) {
        double start = threadMs();
        (void)decoder.decoder().decodeStage(frame, 0);
        first += threadMs() - start;
        start = threadMs();
        candidates += CodeCue::find({frame.gray->data(), frame.width, frame.height, frame.width}) ? 1 : 0;
        cue += threadMs() - start;
    }
    const auto m = static_cast<double>(idle.size());
    std::cerr << "idle frames: first stage " << first / m << " ms, cue " << cue / m << " ms, " << candidates
              << "/" << idle.size() << " with a code-in-view cue, " << inView << "/" << n
              << " decoded as in view\n";
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
    const auto [idleMs, idlePlainMs] = idleCost(idle, 20);

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
    std::vector<double> bothOurs, bothPlain;
    const auto held = heldUpPhotos(options, bothOurs, bothPlain);

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
    if (held) {
        const auto &[ours, plain] = *held;
        auto figures = [&](const HeldUpFigures &f, const std::vector<double> &both) {
            return nlohmann::json{{"photos", f.photos}, {"read", f.read}, {"wrong", f.wrong},
                {"frames_p50", percentile(f.frames, 0.5)}, {"frames_p95", percentile(f.frames, 0.95)},
                {"frames_p50_where_both_read", percentile(both, 0.5)},
                {"frames_p95_where_both_read", percentile(both, 0.95)}};
        };
        out["held_up"] = {{"held_frames", options.heldFrames}, {"live", figures(ours, bothOurs)},
            {"plain_zxing_every_frame", figures(plain, bothPlain)}};
        std::cout << "held-up photos (" << ours.photos << ", " << options.heldFrames << " frames each at "
                  << options.fps << " fps), frames from the first with the code to the verdict:\n";
        for (const auto &[name, f, both] :
            {std::tuple{"live path", &ours, &bothOurs}, std::tuple{"plain ZXing", &plain, &bothPlain}})
            std::cout << "  " << name << ": read " << f->read << "/" << f->photos << ", wrong " << f->wrong
                      << ", p50 " << percentile(f->frames, 0.5) << ", p95 " << percentile(f->frames, 0.95)
                      << "; where both read (" << both->size() << "): p50 " << percentile(*both, 0.5)
                      << ", p95 " << percentile(*both, 0.95) << "\n";
    }
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
    cmd->add_option("--manifest", options->manifest, "photos to hold up in a 1280x720 stream (manifest.tsv)");
    cmd->add_option("--held-frames", options->heldFrames, "frames each photo stays in view")
        ->check(CLI::Range(2, 1000));
    cmd->callback([options] {
        if (const int rc = runBench(*options); rc != 0)
            throw CLI::RuntimeError(rc);
    });
}

} // namespace checkin::ctl
