// Our own decoding pipeline (scanner::Decoder) behind the evaluation's decoder interface.
#pragma once

#include "scanner/decoder.h"
#include "scanner/peers/peerdecoder.h"

namespace checkin::scanner::peers {

/// Runs the kiosk's Decoder with the given options on each image, as a still (the whole chain).
class PipelinePeer : public PeerDecoder
{
public:
    explicit PipelinePeer(Decoder::Options options = {});
    std::string name() const override { return "pipeline"; }
    std::vector<std::string> decode(const Frame &frame) override;
    /// What the last decode() did, stage by stage.
    const DecodeTrace &lastTrace() const { return m_trace; }

private:
    Decoder m_decoder;
    DecodeTrace m_trace;
};

} // namespace checkin::scanner::peers
