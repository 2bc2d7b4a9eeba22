// ScanWorker: capture → decode → de-duplicate, with reopen on loss.
#include "scanner/scanworker.h"

#include <pthread.h>

namespace checkin::scanner {

ScanWorker::ScanWorker(Options options, Callbacks callbacks)
    : m_options(std::move(options))
    , m_callbacks(std::move(callbacks))
{ }

ScanWorker::~ScanWorker()
{
    stop();
}

void ScanWorker::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "scanner");
        run();
    });
}

void ScanWorker::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void ScanWorker::run()
{
    auto report = [this](CameraState state, const std::string &detail) {
        if (m_callbacks.stateChanged)
            m_callbacks.stateChanged(state, detail);
    };
    Decoder decoder;
    std::string lastText;
    auto lastSeen = std::chrono::steady_clock::time_point{};
    auto backoff = std::chrono::milliseconds(200);

    while (!m_stop) {
        report(CameraState::Starting, m_options.source);
        auto source = FrameSource::open(m_options.source, m_options.capture);
        if (!source) {
            report(CameraState::Lost, source.error().message);
            for (auto waited = std::chrono::milliseconds(0); waited < backoff && !m_stop;
                 waited += std::chrono::milliseconds(50))
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            backoff = std::min(backoff * 2, std::chrono::milliseconds(2000));
            continue;
        }
        backoff = std::chrono::milliseconds(200);
        bool running = false;
        while (!m_stop) {
            auto frame = (*source)->read();
            if (!frame) {
                report(CameraState::Lost, frame.error().message);
                break;
            }
            if (frame->empty()) {
                if (m_options.loop)
                    break;
                report(CameraState::Ended, m_options.source);
                return;
            }
            if (!running) {
                report(CameraState::Running, m_options.source);
                running = true;
            }
            const auto detections = decoder.decode(*frame);
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
    }
}

} // namespace checkin::scanner
