// ZxingPeer over ZXing-C++ 1.4.
#include "scanner/peers/zxingpeer.h"

#include <ZXing/ReadBarcode.h>

namespace checkin::scanner::peers {

std::vector<std::string> ZxingPeer::decode(const Frame &frame)
{
    std::vector<std::string> out;
    if (frame.empty())
        return out;
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(frame.gray->data(), frame.width, frame.height, ZXing::ImageFormat::Lum);
    for (const auto &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid())
            out.push_back(result.text());
    return out;
}

} // namespace checkin::scanner::peers
