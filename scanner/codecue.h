// A cheap cue that a QR code is in view: finder-pattern candidates, found without decoding.
#pragma once

#include "scanner/grayview.h"

#include <optional>

namespace checkin::scanner {

/// A rectangle in frame pixels.
struct Region
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool empty() const { return width <= 0 || height <= 0; }
};

/// Looks for QR finder patterns (dark-light-dark-light-dark runs in the ratio 1:1:3:1:1, across and
/// down) in a copy of the image reduced to about 640 pixels, binarized against a local mean. ZXing
/// 1.4 never reports a code it located but could not read, so this is how the live path knows a
/// code is held up; and where: the region returned covers the patterns found and the code they
/// belong to, so that the expensive fallbacks work on a crop. Costs about a millisecond on a
/// 1280x720 frame. Pure function of the pixels; any thread.
class CodeCue
{
public:
    struct Result
    {
        Region region; ///< where the code may be, in the given image's pixels
        int patterns = 0; ///< distinct finder-pattern candidates
    };
    /// The region of the strongest group of candidates: two or more patterns of a similar module
    /// size, or one pattern that passes both the horizontal and the vertical check. Empty when
    /// nothing looks like a finder pattern.
    static std::optional<Result> find(const GrayView &image);
};

} // namespace checkin::scanner
