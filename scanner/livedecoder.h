// The live decoding policy: the fallback chain spread over consecutive camera frames.
#pragma once

#include "scanner/codecue.h"
#include "scanner/decoder.h"

namespace checkin::scanner {

/// Decodes a stream of frames on one thread (the scanner thread, or a benchmark).
///
/// Every frame gets the chain's first stage. A frame where it reads nothing is searched for finder
/// patterns (CodeCue, about a millisecond). While a code is in view (the cue fired now or in the
/// last `memory` frames) the fallback stages run every frame, in rotation, on a crop around the
/// cue's region: as many as fit in `frameBudgetMs` after the first, which may use the decoder's
/// whole budget (so WeChat gets its turn). Otherwise one fallback runs on the whole frame every
/// `idleEvery`-th frame, for codes the cue cannot see (dark mode, broken finders). An empty hallway
/// thus costs little more than the first stage, and a code held up meets the whole chain within
/// a few frames.
class LiveDecoder
{
public:
    struct Options
    {
        Decoder::Options decoder;
        int idleEvery = 8;
        int memory = 15;
        double frameBudgetMs = 40;
    };
    LiveDecoder();
    explicit LiveDecoder(Options options);

    std::vector<Detection> decode(const Frame &frame);
    const Decoder &decoder() const { return m_decoder; }
    /// Whether the last frame decode() was given counted as a code in view.
    bool codeInView() const { return m_inView; }

private:
    Options m_options;
    Decoder m_decoder;
    size_t m_rotation = 0;
    int64_t m_frames = 0;
    int64_t m_lastCue = -1000000;
    Region m_region;
    bool m_inView = false;
};

} // namespace checkin::scanner
