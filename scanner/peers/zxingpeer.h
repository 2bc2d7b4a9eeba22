// Plain ZXing-C++ ReadBarcodes as a peer: QR only, tryHarder and tryRotate, nothing else.
#pragma once

#include "scanner/peers/peerdecoder.h"

namespace checkin::scanner::peers {

/// The baseline our pipeline must not fall behind: ZXing's own best effort in one call.
class ZxingPeer : public PeerDecoder
{
public:
    std::string name() const override { return "zxing"; }
    std::vector<std::string> decode(const Frame &frame) override;
};

} // namespace checkin::scanner::peers
