// WechatReader over opencv_wechat_qrcode.
#include "scanner/wechatreader.h"

#include <opencv2/wechat_qrcode.hpp>

namespace checkin::scanner {

struct WechatReader::Impl
{
    cv::wechat_qrcode::WeChatQRCode reader;
};

WechatReader::WechatReader()
    : m_impl(std::make_unique<Impl>())
{ }

WechatReader::~WechatReader() = default;

std::vector<Detection> WechatReader::read(const GrayView &image) const
{
    std::vector<Detection> out;
    if (!image.data || image.width <= 0 || image.height <= 0)
        return out;
    const cv::Mat gray(image.height, image.width, CV_8UC1, const_cast<uint8_t *>(image.data),
        static_cast<size_t>(image.stride));
    std::vector<cv::Mat> points;
    const auto texts = m_impl->reader.detectAndDecode(gray, points);
    for (size_t i = 0; i < texts.size(); ++i) {
        Detection d;
        d.text = texts[i];
        // Four corners as 8 floats, whether OpenCV hands them over as 4x2 or 4x1 of two channels.
        if (i < points.size() && points[i].depth() == CV_32F
            && points[i].total() * static_cast<size_t>(points[i].channels()) == 8) {
            const cv::Mat xy = points[i].isContinuous() ? points[i] : points[i].clone();
            const auto *v = xy.ptr<float>();
            for (size_t k = 0; k < 4; ++k)
                d.corners[k] = Point{v[2 * k], v[2 * k + 1]};
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace checkin::scanner
