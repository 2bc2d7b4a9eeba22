// LiveDecoder: plain ZXing's passes on every frame, fallbacks in rotation, on the cue's crop while a
// code is in view, and on idle frames only from a small share of what the first passes cost.
#include "scanner/livedecoder.h"

#include <algorithm>
#include <optional>

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
    auto since = [&](Decoder::Clock::time_point t) {
        return std::chrono::duration<double, std::milli>(now() - t).count();
    };
    const auto &chain = decoderOptions.chain;
    const size_t first = Decoder::guaranteedStages(chain);
    const size_t fallbacks = chain.size() - first;
    m_inView = false;
    const auto start = now();
    std::vector<Detection> found;
    for (size_t i = 0; i < first && found.empty(); ++i)
        found = m_decoder.decodeStage(frame, i);
    const double firstMs = since(start);
    if (!found.empty() || fallbacks == 0 || frame.empty())
        return found;
    const GrayView view{frame.gray->data(), frame.width, frame.height, frame.width};
    const bool wasInView = n - m_lastCue <= m_options.memory;
    // With no code in view the cue looks at every `idleCueEvery`-th frame only: it costs about a
    // tenth of plain ZXing's pass on an empty 1280x720 frame.
    const bool look = wasInView || n % std::max(1, m_options.idleCueEvery) == 0;
    if (const auto cue = look ? CodeCue::find(view) : std::nullopt; cue) {
        m_lastCue = n;
        m_region = cue->region;
        if (!wasInView) {
            // A code has just come into view: the rotation starts with the stage most likely to
            // read what the first passes could not (the quick WeChat pass), not where idle left it.
            const auto it = std::find(
                chain.begin() + static_cast<std::ptrdiff_t>(first), chain.end(), m_options.firstInView);
            m_rotation = it == chain.end() ? 0 : static_cast<size_t>(it - chain.begin()) - first;
        }
    }
    m_inView = n - m_lastCue <= m_options.memory;
    const double budget = static_cast<double>(decoderOptions.budget.count());
    if (!m_inView) {
        // Codes the cue cannot see (dark mode, broken finders): now and then one of the cheap
        // fallbacks (ZXing passes costing at most twice the first ones) on the whole frame, every
        // other turn `inverted`, each when the idle credit covers its predicted cost. The credit
        // grows by a share of what the first passes cost, so an empty hallway costs about what
        // plain ZXing costs; WeChat and zbar wait for the cue.
        m_idleCredit = std::min(m_idleCredit + m_options.idleShare * firstMs, budget);
        double firstPredicted = 0;
        for (size_t i = 0; i < first; ++i)
            firstPredicted += Decoder::predictedMs(chain[i], frame.width, frame.height);
        auto cheap = [&](size_t index) {
            return Decoder::predictedMs(chain[index], frame.width, frame.height) <= 2 * firstPredicted;
        };
        std::optional<size_t> pick;
        const auto inverted = std::find(
            chain.begin() + static_cast<std::ptrdiff_t>(first), chain.end(), DecodeStage::Inverted);
        if (m_idleTurn % 2 == 0 && inverted != chain.end()
            && cheap(static_cast<size_t>(inverted - chain.begin())))
            pick = static_cast<size_t>(inverted - chain.begin());
        for (size_t k = 0; k < fallbacks && !pick; ++k) {
            const size_t index = first + (m_idleRotation + k) % fallbacks;
            if (chain[index] != DecodeStage::Inverted && cheap(index)) {
                pick = index;
                m_idleRotation += k;
            }
        }
        if (!pick) {
            ++m_idleTurn;
            return found;
        }
        if (m_idleCredit < Decoder::predictedMs(chain[*pick], frame.width, frame.height))
            return found;
        if (chain[*pick] != DecodeStage::Inverted || m_idleTurn % 2 != 0)
            ++m_idleRotation;
        ++m_idleTurn;
        const auto before = now();
        found = m_decoder.decodeStage(frame, *pick, {}, budget);
        m_idleCredit -= since(before);
        return found;
    }
    for (size_t k = 0; k < fallbacks; ++k) {
        const double spent = since(start);
        // The first fallback of a frame may take the decoder's budget, the others what is left of
        // the frame's.
        const double allowed = k == 0 ? budget : m_options.frameBudgetMs - spent;
        const size_t index = first + m_rotation % fallbacks;
        if (Decoder::predictedMs(chain[index], m_region.width, m_region.height, allowed) > allowed)
            break;
        ++m_rotation;
        found = m_decoder.decodeStage(frame, index, m_region, allowed);
        if (!found.empty())
            return found;
    }
    return found;
}

} // namespace checkin::scanner
