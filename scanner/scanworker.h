// The "scanner" thread: reads a FrameSource, decodes, and reports codes and camera state.
#pragma once

#include "scanner/decoder.h"
#include "scanner/framesource.h"

#include <atomic>
#include <functional>
#include <thread>

namespace checkin::scanner {

/// A code seen in a frame, reported once per appearance.
struct ScanEvent
{
    Detection detection;
    std::chrono::steady_clock::time_point captured; ///< capture time of the frame it was found in
    int64_t frameIndex = 0;
};

/// Runs capture and decoding on its own named thread ("scanner"). Callbacks are invoked on that
/// thread; the owner (the terminal's ScannerService) must hop them to its own thread.
/// The same text in consecutive frames is one event; a different text is a new event at once;
/// the same text again after `cooldown` without it is a new event.
class ScanWorker
{
public:
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
    };

    ScanWorker(Options options, Callbacks callbacks);
    ~ScanWorker();
    void start();
    void stop();

private:
    void run();
    Options m_options;
    Callbacks m_callbacks;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace checkin::scanner
