// zbar (libzbar 0.23) as a peer, QR symbology only.
#pragma once

#include "scanner/peers/peerdecoder.h"

#include <memory>

namespace checkin::scanner::peers {

/// zbar's ImageScanner with every symbology but QR disabled. zbar.h stays in the .cpp: its
/// macros clash with ZXing's.
class ZbarPeer : public PeerDecoder
{
public:
    ZbarPeer();
    ~ZbarPeer() override;
    std::string name() const override { return "zbar"; }
    std::vector<std::string> decode(const Frame &frame) override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner::peers
