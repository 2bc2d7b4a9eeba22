// The live decoding policy: the fallback chain spread over consecutive camera frames.
#pragma once

#include "scanner/codecue.h"
#include "scanner/decoder.h"

namespace checkin::scanner {

/// Decodes a stream of frames on one thread (the scanner thread, or a benchmark).
///
/// Every frame gets the chain's leading ZXing passes (Decoder::guaranteedStages: plain ZXing's own
/// call on a 1280x720 frame). A frame where they read nothing is searched for finder patterns
/// (CodeCue, about half a millisecond; every `idleCueEvery`-th frame while none is in view). While a code is
/// in view (the cue fired now or in the last `memory` frames) the fallback stages run every frame, in
/// rotation, on a crop around the cue's region: as many as fit in `frameBudgetMs` after the first, which may
/// use the decoder's whole budget (so WeChat gets its turn); when the cue fires after frames without it, the
/// rotation starts at `firstInView`. Otherwise, for codes the cue cannot see (dark mode, broken finders), a
/// cheap fallback (a ZXing pass costing at most twice the first ones; `inverted` every other turn)
/// runs on the whole frame when the idle credit covers its predicted cost: each idle frame adds
/// `idleShare` of what its first passes cost, each fallback takes what it cost. An empty hallway
/// thus costs about what plain ZXing costs, and a code held up meets WeChat on the frame the cue
/// first sees it.
class LiveDecoder
{
public:
    struct Options
    {
        Decoder::Options decoder;
        double idleShare = 0.04;
        int idleCueEvery = 2;
        int memory = 15;
        double frameBudgetMs = 40;
        DecodeStage firstInView = DecodeStage::WechatQuick;
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
    double m_idleCredit = 0;
    size_t m_idleTurn = 0;
    size_t m_idleRotation = 0;
};

} // namespace checkin::scanner
