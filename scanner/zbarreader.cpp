// ZbarReader over libzbar's C++ API.
#include "scanner/zbarreader.h"

#include <algorithm>
#include <zbar.h>

namespace checkin::scanner {

struct ZbarReader::Impl
{
    zbar::ImageScanner scanner;
};

ZbarReader::ZbarReader()
    : m_impl(std::make_unique<Impl>())
{
    m_impl->scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    m_impl->scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    m_impl->scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_BINARY, 1);
}

ZbarReader::~ZbarReader() = default;

std::vector<Detection> ZbarReader::read(const GrayView &image) const
{
    std::vector<Detection> out;
    if (!image.data || image.width <= 0 || image.height <= 0)
        return out;
    // zbar wants contiguous rows.
    std::vector<uint8_t> packed;
    const uint8_t *pixels = image.data;
    if (image.stride != image.width) {
        packed.resize(static_cast<size_t>(image.width) * static_cast<size_t>(image.height));
        for (int y = 0; y < image.height; ++y)
            std::copy_n(image.data + static_cast<ptrdiff_t>(y) * image.stride, image.width,
                packed.begin() + static_cast<ptrdiff_t>(y) * image.width);
        pixels = packed.data();
    }
    zbar::Image zimage(static_cast<unsigned>(image.width), static_cast<unsigned>(image.height), "Y800",
        pixels, static_cast<unsigned long>(image.width) * static_cast<unsigned long>(image.height));
    if (m_impl->scanner.scan(zimage) > 0) {
        for (auto symbol = zimage.symbol_begin(); symbol != zimage.symbol_end(); ++symbol) {
            Detection d;
            d.text = symbol->get_data();
            const int n = symbol->get_location_size();
            if (n > 0) {
                int x0 = symbol->get_location_x(0), x1 = x0, y0 = symbol->get_location_y(0), y1 = y0;
                for (int i = 1; i < n; ++i) {
                    x0 = std::min(x0, symbol->get_location_x(static_cast<unsigned>(i)));
                    x1 = std::max(x1, symbol->get_location_x(static_cast<unsigned>(i)));
                    y0 = std::min(y0, symbol->get_location_y(static_cast<unsigned>(i)));
                    y1 = std::max(y1, symbol->get_location_y(static_cast<unsigned>(i)));
                }
                const auto fx0 = static_cast<float>(x0), fx1 = static_cast<float>(x1);
                const auto fy0 = static_cast<float>(y0), fy1 = static_cast<float>(y1);
                d.corners = {Point{fx0, fy0}, Point{fx1, fy0}, Point{fx1, fy1}, Point{fx0, fy1}};
            }
            out.push_back(std::move(d));
        }
    }
    zimage.set_data(nullptr, 0); // the pixels belong to the caller
    return out;
}

} // namespace checkin::scanner
