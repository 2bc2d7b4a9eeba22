// A non-owning view of 8-bit grayscale pixels, handed to the third-party readers behind the Decoder.
#pragma once

#include <cstdint>

namespace checkin::scanner {

/// Rows of `width` pixels, `stride` bytes apart; the pixels belong to someone else and must outlive
/// the call that takes the view.
struct GrayView
{
    const uint8_t *data = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0;
};

} // namespace checkin::scanner
