// The live decoding policy: the fallback chain spread over consecutive camera frames.
#pragma once

#include "scanner/decoder.h"

namespace checkin::scanner {

/// Decodes a stream of frames on one thread (the scanner thread, or a benchmark).
///
/// Every frame gets the chain's first stage. A frame where it reads nothing also gets one fallback
/// stage, in rotation: on every frame while a code is in sight (the first stage located one it
/// could not read, now or in the last `memory` frames), else only on every `idleEvery`-th frame,
/// so that an empty hallway costs little more than the first stage while a code held up meets the
/// whole chain within a few frames (frames combined over time). Codes that nothing locates in
/// normal polarity (dark mode) are still reached by the idle rotation.
class LiveDecoder
{
public:
    struct Options
    {
        Decoder::Options decoder;
        int idleEvery = 4;
        int memory = 15;
    };
    LiveDecoder();
    explicit LiveDecoder(Options options);

    std::vector<Detection> decode(const Frame &frame);
    const Decoder &decoder() const { return m_decoder; }

private:
    Options m_options;
    Decoder m_decoder;
    size_t m_rotation = 0;
    int64_t m_frames = 0;
    int64_t m_lastCandidate = -1000000;
};

} // namespace checkin::scanner
