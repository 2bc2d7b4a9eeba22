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

private:
    Decoder m_decoder;
};

} // namespace checkin::scanner::peers
