// LiveDecoder: first stage on every frame, fallbacks in rotation.
#include "scanner/livedecoder.h"

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
    bool candidate = false;
    auto found = m_decoder.decodeStage(frame, 0, &candidate);
    if (candidate)
        m_lastCandidate = n;
    const size_t fallbacks = m_decoder.options().chain.size() > 1 ? m_decoder.options().chain.size() - 1 : 0;
    if (!found.empty() || fallbacks == 0)
        return found;
    const bool inSight = n - m_lastCandidate <= m_options.memory;
    if (!inSight && n % std::max(1, m_options.idleEvery) != 0)
        return found;
    bool located = false;
    found = m_decoder.decodeStage(frame, 1 + m_rotation++ % fallbacks, &located);
    if (located)
        m_lastCandidate = n;
    return found;
}

} // namespace checkin::scanner
