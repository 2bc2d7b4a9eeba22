// LiveDecoder: first stage on every frame, fallbacks in rotation, on the cue's crop while a code is in view.
#include "scanner/livedecoder.h"

#include <algorithm>

namespace checkin::scanner {

LiveDecoder::LiveDecoder()
    : LiveDecoder(Options{})
{ }

LiveDecoder::LiveDecoder(Options options)
    : m_options(std::move(options))
    , m_decoder(m_options.decoder)
{ }

std::vector<Detection> LiveDecoder::decode(const Frame &frame)
{
    const int64_t n = m_frames++;
    const auto &decoderOptions = m_decoder.options();
    auto now = [&] { return decoderOptions.clock ? decoderOptions.clock() : Decoder::Clock::now(); };
    const auto start = now();
    auto found = m_decoder.decodeStage(frame, 0);
    const auto &chain = decoderOptions.chain;
    const size_t fallbacks = chain.size() > 1 ? chain.size() - 1 : 0;
    m_inView = false;
    if (!found.empty() || fallbacks == 0 || frame.empty())
        return found;
    const GrayView view{frame.gray->data(), frame.width, frame.height, frame.width};
    if (const auto cue = CodeCue::find(view); cue) {
        m_lastCue = n;
        m_region = cue->region;
    }
    m_inView = n - m_lastCue <= m_options.memory;
    const double budget = static_cast<double>(decoderOptions.budget.count());
    if (!m_inView) {
        if (n % std::max(1, m_options.idleEvery) != 0)
            return found;
        return m_decoder.decodeStage(frame, 1 + m_rotation++ % fallbacks, {}, budget);
    }
    for (size_t k = 0; k < fallbacks; ++k) {
        const double spent = std::chrono::duration<double, std::milli>(now() - start).count();
        // The first fallback of a frame may take the decoder's budget, the others what is left of
        // the frame's.
        const double allowed = k == 0 ? budget : m_options.frameBudgetMs - spent;
        const DecodeStage stage = chain[1 + m_rotation % fallbacks];
        if (Decoder::predictedMs(stage, m_region.width, m_region.height, allowed) > allowed)
            break;
        ++m_rotation;
        found = m_decoder.decodeStage(frame, 1 + (m_rotation - 1) % fallbacks, m_region, allowed);
        if (!found.empty())
            return found;
    }
    return found;
}

} // namespace checkin::scanner
