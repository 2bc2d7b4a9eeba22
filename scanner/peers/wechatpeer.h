// OpenCV's WeChat QR reader (opencv_contrib wechat_qrcode) as a peer, without CNN model files.
#pragma once

#include "scanner/peers/peerdecoder.h"

#include <memory>

namespace checkin::scanner::peers {

/// cv::wechat_qrcode::WeChatQRCode in its model-less mode (Debian ships no model files).
class WechatPeer : public PeerDecoder
{
public:
    WechatPeer();
    ~WechatPeer() override;
    std::string name() const override { return "wechat"; }
    std::vector<std::string> decode(const Frame &frame) override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner::peers
