// ScanWorker: capture thread → newest-frame slot → decode → de-duplicate, under the watchdog.
#include "scanner/scanworker.h"

#include "scanner/livedecoder.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <vector>

namespace checkin::scanner {

namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kJoinGrace = std::chrono::milliseconds(500);
/// Captures still stuck in read() after an abandonment; beyond this, retries wait for them.
constexpr size_t kMaxStuckCaptures = 4;
} // namespace

/// State shared by the scanner thread and every capture thread (also abandoned ones, which may
/// outlive the worker: hence a shared_ptr).
struct ScanWorker::Shared
{
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Frame> slot; ///< the newest frame, waiting for the decoder
    uint64_t generation = 0; ///< the current capture; older ones are abandoned
    bool ended = false;
    bool stop = false;
    std::string lastError;
    CameraWatchdog watchdog;
    ScanStats stats;
};

struct ScanWorker::Capture
{
    uint64_t generation = 0;
    std::thread thread;
    std::shared_ptr<bool> finished = std::make_shared<bool>(false); ///< guarded by Shared::mutex
};

ScanWorker::ScanWorker(Options options, Callbacks callbacks)
    : m_options(std::move(options))
    , m_callbacks(std::move(callbacks))
{
    if (!m_options.openSource) {
        m_options.openSource = [source = m_options.source, capture = m_options.capture] {
            return FrameSource::open(source, capture);
        };
    }
}

ScanWorker::~ScanWorker()
{
    stop();
}

void ScanWorker::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_shared = std::make_shared<Shared>();
    m_shared->watchdog = CameraWatchdog(m_options.watchdog);
    m_thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "scanner");
        run();
    });
}

void ScanWorker::stop()
{
    m_stop = true;
    if (m_shared) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stop = true;
        m_shared->changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

ScanStats ScanWorker::stats() const
{
    if (!m_shared)
        return {};
    std::lock_guard lock(m_shared->mutex);
    return m_shared->stats;
}

std::shared_ptr<ScanWorker::Capture> ScanWorker::startCapture()
{
    auto capture = std::make_shared<Capture>();
    {
        std::lock_guard lock(m_shared->mutex);
        capture->generation = ++m_shared->generation;
        m_shared->slot.reset();
        m_shared->ended = false;
        m_shared->watchdog.attemptStarted(Clock::now());
    }
    const bool lockstep = !m_options.capture.paced;
    capture->thread = std::thread([shared = m_shared, open = m_options.openSource, loop = m_options.loop,
                                      lockstep, gen = capture->generation, finished = capture->finished] {
        pthread_setname_np(pthread_self(), "scanner-cap");
        auto finish = [&](std::unique_lock<std::mutex> &lock) {
            *finished = true;
            shared->changed.notify_all();
            lock.unlock();
        };
        auto source = open(); // may block: the watchdog does not wait for it
        std::unique_lock lock(shared->mutex);
        for (;;) {
            if (gen != shared->generation || shared->stop)
                return finish(lock);
            if (!source) {
                shared->lastError = source.error().message;
                shared->watchdog.openFailed(Clock::now());
                return finish(lock);
            }
            const bool live = (*source)->isLive();
            lock.unlock();
            auto frame = (*source)->read(); // may block for good
            const uint64_t fingerprint = frame ? frameFingerprint(*frame) : 0;
            lock.lock();
            if (gen != shared->generation || shared->stop)
                return finish(lock);
            if (!frame) {
                shared->lastError = frame.error().message;
                shared->watchdog.readFailed(Clock::now());
                return finish(lock);
            }
            if (frame->empty()) {
                if (!loop) {
                    shared->ended = true;
                    return finish(lock);
                }
                lock.unlock();
                source = open();
                lock.lock();
                continue;
            }
            ++shared->stats.framesCaptured;
            if (!shared->watchdog.frameArrived(frame->captured, fingerprint, live))
                continue; // a frozen frame: nothing new to decode
            if (lockstep && !live) {
                shared->changed.wait(
                    lock, [&] { return !shared->slot || gen != shared->generation || shared->stop; });
                if (gen != shared->generation || shared->stop)
                    return finish(lock);
            }
            if (shared->slot)
                ++shared->stats.framesDropped; // newest frame wins
            shared->slot = std::move(*frame);
            shared->changed.notify_all();
        }
    });
    return capture;
}

void ScanWorker::run()
{
    auto report = [this](CameraState state, const std::string &detail) {
        if (m_callbacks.stateChanged)
            m_callbacks.stateChanged(state, detail);
    };
    LiveDecoder::Options liveOptions;
    liveOptions.decoder = m_options.decoder;
    LiveDecoder decoder(liveOptions);
    std::string lastText;
    auto lastSeen = Clock::time_point{};
    std::vector<std::shared_ptr<Capture>> captures;
    auto stuck = [&] {
        std::lock_guard lock(m_shared->mutex);
        return static_cast<size_t>(
            std::count_if(captures.begin(), captures.end(), [](const auto &c) { return !*c->finished; }));
    };

    report(CameraState::Starting, m_options.source);
    captures.push_back(startCapture());
    CameraState reported = CameraState::Starting;
    while (!m_stop) {
        std::optional<Frame> frame;
        CameraWatchdog::Action action = CameraWatchdog::Action::None;
        CameraState state = CameraState::Starting;
        std::string error;
        bool ended = false;
        {
            std::unique_lock lock(m_shared->mutex);
            m_shared->changed.wait_for(lock, m_options.checkPeriod,
                [&] { return m_shared->slot || m_shared->ended || m_shared->stop; });
            if (m_shared->slot) {
                frame = std::move(m_shared->slot);
                m_shared->slot.reset();
                m_shared->watchdog.consumed(Clock::now());
                m_shared->changed.notify_all();
            }
            action = m_shared->watchdog.check(Clock::now());
            state = m_shared->watchdog.state();
            error = m_shared->lastError;
            ended = m_shared->ended && !m_shared->slot && !frame;
        }
        if (state == CameraState::Running && reported != CameraState::Running) {
            report(CameraState::Running, m_options.source);
            reported = CameraState::Running;
        }
        if (action == CameraWatchdog::Action::ReportLost) {
            report(CameraState::Lost,
                error.empty() ? "no new frames for " + std::to_string(m_options.watchdog.lostAfter.count())
                        + " ms: " + m_options.source
                              : error);
            reported = CameraState::Lost;
        } else if (action == CameraWatchdog::Action::Retry && stuck() < kMaxStuckCaptures) {
            // The old capture may be stuck in read(): leave it behind and open the source anew.
            {
                std::lock_guard lock(m_shared->mutex);
                m_shared->lastError.clear();
            }
            captures.push_back(startCapture());
        }
        if (ended) {
            report(CameraState::Ended, m_options.source);
            break;
        }
        if (!frame)
            continue;
        const auto detections = decoder.decode(*frame);
        {
            std::lock_guard lock(m_shared->mutex);
            ++m_shared->stats.framesDecoded;
        }
        if (m_callbacks.frameProcessed)
            m_callbacks.frameProcessed(*frame, detections);
        if (detections.empty())
            continue;
        const Detection &best = detections.front();
        const bool repeat = best.text == lastText && frame->captured - lastSeen < m_options.cooldown;
        lastSeen = frame->captured;
        if (repeat)
            continue;
        lastText = best.text;
        if (m_callbacks.codeDecoded)
            m_callbacks.codeDecoded(ScanEvent{best, frame->captured, frame->index});
    }

    // Orderly shutdown: every capture is abandoned; those that return within the grace period are
    // joined, one stuck in a driver's read() is detached (it owns only shared state).
    std::unique_lock lock(m_shared->mutex);
    ++m_shared->generation;
    m_shared->stop = true;
    m_shared->changed.notify_all();
    m_shared->changed.wait_for(lock, kJoinGrace, [&] {
        return std::all_of(captures.begin(), captures.end(), [](const auto &c) { return *c->finished; });
    });
    std::vector<bool> finished;
    for (const auto &c : captures)
        finished.push_back(*c->finished);
    lock.unlock();
    for (size_t i = 0; i < captures.size(); ++i) {
        if (finished[i])
            captures[i]->thread.join();
        else
            captures[i]->thread.detach();
    }
}

} // namespace checkin::scanner
