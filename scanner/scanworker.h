// The "scanner" thread: captures on a thread of its own, decodes the newest frame, reports codes
// and camera state.
#pragma once

#include "scanner/camerawatchdog.h"
#include "scanner/decoder.h"
#include "scanner/framesource.h"

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace checkin::scanner {

/// A code seen in a frame, reported once per appearance.
struct ScanEvent
{
    Detection detection;
    std::chrono::steady_clock::time_point captured; ///< capture time of the frame it was found in
    int64_t frameIndex = 0;
};

/// Counters for benchmarks and diagnostics.
struct ScanStats
{
    int64_t framesCaptured = 0;
    int64_t framesDecoded = 0;
    int64_t framesDropped = 0; ///< overwritten by a newer frame before the decoder took them
};

/// Runs decoding on its own named thread ("scanner") and capture on another ("scanner-cap").
/// Callbacks are invoked on the scanner thread; the owner (the terminal's ScannerService) must hop
/// them to its own thread.
///
/// - Newest frame wins: capture overwrites the one waiting slot, frames are dropped, never queued
///   (except for an unpaced file, which is played in lock step so that no frame is skipped).
/// - The camera watchdog (CameraWatchdog) runs on the scanner thread every `checkPeriod` and never
///   waits for read(): a capture thread stuck in read() is abandoned (detached once stop() gives
///   up on it) and a fresh one opens the source again.
/// - The same text in consecutive frames is one event; a different text is a new event at once;
///   the same text again after `cooldown` without it is a new event.
/// - Frames are decoded by a LiveDecoder: the chain spread over consecutive frames, so that a code
///   held up meets the whole chain within a few frames while an idle frame stays cheap.
class ScanWorker
{
public:
    using SourceFactory = std::function<Result<std::unique_ptr<FrameSource>>()>;
    struct Callbacks
    {
        std::function<void(const ScanEvent &)> codeDecoded;
        std::function<void(CameraState, const std::string &)> stateChanged;
        std::function<void(const Frame &, const std::vector<Detection> &)> frameProcessed; ///< may be empty
    };
    struct Options
    {
        std::string source;
        FrameSource::Options capture;
        std::chrono::milliseconds cooldown{3000};
        bool loop = false; ///< restart a file source at its end (demo kiosk)
        CameraWatchdog::Options watchdog;
        std::chrono::milliseconds checkPeriod{100};
        Decoder::Options decoder;
        /// Opens the source; empty means FrameSource::open(source, capture). Tests inject theirs.
        SourceFactory openSource;
    };

    ScanWorker(Options options, Callbacks callbacks);
    ~ScanWorker();
    void start();
    void stop();
    ScanStats stats() const;

private:
    struct Shared;
    struct Capture;
    void run();
    std::shared_ptr<Capture> startCapture();
    Options m_options;
    Callbacks m_callbacks;
    std::shared_ptr<Shared> m_shared;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace checkin::scanner
