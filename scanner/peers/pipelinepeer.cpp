// PipelinePeer: scanner::Decoder as evaluated.
#include "scanner/peers/pipelinepeer.h"

namespace checkin::scanner::peers {

PipelinePeer::PipelinePeer(Decoder::Options options)
    : m_decoder(std::move(options))
{ }

std::vector<std::string> PipelinePeer::decode(const Frame &frame)
{
    std::vector<std::string> out;
    m_trace = {};
    for (auto &detection : m_decoder.decode(frame, &m_trace))
        out.push_back(std::move(detection.text));
    return out;
}

} // namespace checkin::scanner::peers
