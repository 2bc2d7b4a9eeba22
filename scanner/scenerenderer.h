// Synthetic camera scenes: QR codes rendered with ZXing's writer and placed in a photographed-
// looking frame with OpenCV, for the demo kiosk, tests and benchmarks.
#pragma once

#include "scanner/frame.h"

#include <cstdint>
#include <string>
#include <vector>

namespace checkin::scanner {

struct SceneOptions
{
    int width = 1280;
    int height = 720;
    double fps = 15;
    int framesPerCode = 10; ///< frames in which a person holds the code up
    int idleFrames = 12; ///< empty frames between two arrivals
    uint32_t seed = 1;
};

/// Writes a QR code as a PNG (black on white, quiet zone included), `size` pixels wide.
Result<void> writeQrPng(const std::string &text, const std::string &path, int size = 400);

/// Writes an MJPG .avi in which each text appears as a held-up code, in order, with idle frames
/// between; scale, rotation, perspective, blur and background vary per arrival (deterministic in
/// `seed`). A code at index i first appears at frame idleFrames + i * (framesPerCode + idleFrames).
Result<void> writeArrivalsVideo(
    const std::vector<std::string> &texts, const std::string &path, const SceneOptions &options);

} // namespace checkin::scanner
