// Decoder over ZXing-C++ 1.4, restricted to QR codes.
#include "scanner/decoder.h"

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cmath>

namespace checkin::scanner {

struct Decoder::Impl
{
    ZXing::DecodeHints hints;
};

Decoder::Decoder()
    : m_impl(std::make_unique<Impl>())
{
    m_impl->hints.setFormats(ZXing::BarcodeFormat::QRCode);
    m_impl->hints.setTryHarder(true);
    m_impl->hints.setTryRotate(true);
    m_impl->hints.setMaxNumberOfSymbols(4);
}

Decoder::~Decoder() = default;

std::vector<Detection> Decoder::decode(const Frame &frame) const
{
    std::vector<Detection> out;
    if (frame.empty())
        return out;
    const ZXing::ImageView view(frame.gray->data(), frame.width, frame.height, ZXing::ImageFormat::Lum);
    for (const auto &result : ZXing::ReadBarcodes(view, m_impl->hints)) {
        if (!result.isValid())
            continue;
        Detection d;
        d.text = result.text();
        const auto &p = result.position();
        for (int i = 0; i < 4; ++i)
            d.corners[static_cast<size_t>(i)] = Point{static_cast<float>(p[i].x), static_cast<float>(p[i].y)};
        out.push_back(std::move(d));
    }
    const float cx = frame.width / 2.0F;
    const float cy = frame.height / 2.0F;
    auto score = [&](const Detection &d) {
        float area = 0, mx = 0, my = 0;
        for (size_t i = 0; i < 4; ++i) {
            const auto &a = d.corners[i];
            const auto &b = d.corners[(i + 1) % 4];
            area += a.x * b.y - b.x * a.y;
            mx += a.x / 4;
            my += a.y / 4;
        }
        return std::abs(area) / 2 - std::hypot(mx - cx, my - cy);
    };
    std::stable_sort(
        out.begin(), out.end(), [&](const Detection &a, const Detection &b) { return score(a) > score(b); });
    return out;
}

} // namespace checkin::scanner
