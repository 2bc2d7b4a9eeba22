// zbar's QR reader as one stage of the Decoder (zbar.h stays in the .cpp: its macros clash with ZXing's).
#pragma once

#include "scanner/frame.h"
#include "scanner/grayview.h"

#include <memory>
#include <vector>

namespace checkin::scanner {

/// zbar 0.23, QR only, in binary mode: it returns the code's bytes unconverted, and the Decoder keeps
/// only texts that are valid UTF-8 (zbar's own charset guess turns Shift_JIS into wrong Chinese).
/// Corners are the bounding box of zbar's location polygon. One per thread.
class ZbarReader
{
public:
    ZbarReader();
    ~ZbarReader();
    std::vector<Detection> read(const GrayView &image) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner
