// OpenCV's WeChat QR reader (opencv_contrib wechat_qrcode, no CNN model files) as one Decoder stage.
#pragma once

#include "scanner/frame.h"
#include "scanner/grayview.h"

#include <memory>
#include <vector>

namespace checkin::scanner {

/// cv::wechat_qrcode::WeChatQRCode without its models (Debian ships none): a more tolerant finder
/// search than ZXing 1.4's, several binarizers in turn, and scales 0.5, 1 and 2 of what it is given.
/// Its cost grows with the pixels it is given, so the Decoder hands it a reduced copy or a crop.
/// Texts are its raw bytes; the Decoder keeps only valid UTF-8. OpenCV exceptions propagate to the
/// Decoder, which counts them as a miss of the stage. One per thread.
class WechatReader
{
public:
    WechatReader();
    ~WechatReader();
    std::vector<Detection> read(const GrayView &image) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner
