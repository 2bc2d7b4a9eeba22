// WechatPeer over opencv_wechat_qrcode.
#include "scanner/peers/wechatpeer.h"

#include <opencv2/wechat_qrcode.hpp>

namespace checkin::scanner::peers {

struct WechatPeer::Impl
{
    cv::wechat_qrcode::WeChatQRCode reader;
};

WechatPeer::WechatPeer()
    : m_impl(std::make_unique<Impl>())
{ }

WechatPeer::~WechatPeer() = default;

std::vector<std::string> WechatPeer::decode(const Frame &frame)
{
    if (frame.empty())
        return {};
    const cv::Mat gray(frame.height, frame.width, CV_8UC1, const_cast<uint8_t *>(frame.gray->data()));
    try {
        return m_impl->reader.detectAndDecode(gray);
    } catch (const cv::Exception &) {
        return {}; // an OpenCV failure on one image is a miss, not a crash of the evaluation
    }
}

} // namespace checkin::scanner::peers
