// QrWriter: a QR code's modules for text the kiosk shows or prints (a clearing ticket).
#pragma once

#include "scanner/frame.h"

#include <cstdint>
#include <string>
#include <vector>

namespace checkin::scanner {

/// A QR code as modules: `size` by `size`, row by row, 1 for dark; no quiet zone (the renderer
/// adds one of at least four modules).
struct QrModules
{
    int size = 0;
    std::vector<uint8_t> dark;
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * size + x] != 0; }
};

/// Encodes UTF-8 text with error correction of at least level M (a crease or a smudge on paper still reads).
Result<QrModules> encodeQr(const std::string &text);

} // namespace checkin::scanner
