// QR decoding of grayscale frames; the pipeline that the kiosk and checkinctl share.
#pragma once

#include "scanner/frame.h"

#include <vector>

namespace checkin::scanner {

/// Decodes QR codes only (never other symbologies). Stateless between calls; one per thread.
class Decoder
{
public:
    Decoder();
    ~Decoder();

    /// Every QR code found in the frame, best candidate first (largest, then most central).
    std::vector<Detection> decode(const Frame &frame) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner
