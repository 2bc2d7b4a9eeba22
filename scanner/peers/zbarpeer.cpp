// ZbarPeer over libzbar's C++ API.
#include "scanner/peers/zbarpeer.h"

#include <zbar.h>

namespace checkin::scanner::peers {

struct ZbarPeer::Impl
{
    zbar::ImageScanner scanner;
};

ZbarPeer::ZbarPeer()
    : m_impl(std::make_unique<Impl>())
{
    m_impl->scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    m_impl->scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
}

ZbarPeer::~ZbarPeer() = default;

std::vector<std::string> ZbarPeer::decode(const Frame &frame)
{
    std::vector<std::string> out;
    if (frame.empty())
        return out;
    zbar::Image image(static_cast<unsigned>(frame.width), static_cast<unsigned>(frame.height), "Y800",
        frame.gray->data(), frame.gray->size());
    if (m_impl->scanner.scan(image) > 0)
        for (auto symbol = image.symbol_begin(); symbol != image.symbol_end(); ++symbol)
            out.push_back(symbol->get_data());
    image.set_data(nullptr, 0); // the pixels belong to the frame
    return out;
}

} // namespace checkin::scanner::peers
