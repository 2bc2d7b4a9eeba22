// Value types that cross the scanner's thread boundary: frames, detections, camera state.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace checkin::scanner {

/// An 8-bit grayscale image; pixels are shared and immutable once captured.
struct Frame
{
    int width = 0;
    int height = 0;
    std::shared_ptr<const std::vector<uint8_t>> gray;
    std::chrono::steady_clock::time_point captured;
    int64_t index = 0;

    bool empty() const { return !gray || width <= 0 || height <= 0; }
};

struct Point
{
    float x = 0;
    float y = 0;
};

/// One decoded QR code: its text and its four corners in frame pixels (clockwise from top-left).
struct Detection
{
    std::string text;
    std::array<Point, 4> corners{};
};

enum class CameraState {
    Starting, ///< opening the source
    Running, ///< frames arrive
    Lost, ///< no usable frames; retrying with backoff
    Ended, ///< a file or sequence played to its end
};

enum class ScannerErrorKind { NotFound, Unreadable, Unsupported };

struct ScannerError
{
    ScannerErrorKind kind = ScannerErrorKind::Unreadable;
    std::string message;
};

template <typename T> using Result = tl::expected<T, ScannerError>;

} // namespace checkin::scanner
