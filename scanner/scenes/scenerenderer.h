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

/// One code in a still scene: where it is held (centre as fractions of the frame), how big (side as
/// a fraction of the frame height) and how turned.
struct PlacedCode
{
    std::string text;
    double centreX = 0.5;
    double centreY = 0.5;
    double size = 0.4;
    double angleDegrees = 0;
};

/// What makes a frame hard: the kinds of trouble phones and paper bring to an entrance.
struct SceneEffects
{
    bool darkMode = false; ///< light modules on a dark screen (inverted code)
    double glare = 0; ///< 0..1: a bright specular blob over part of the code
    double contrast = 1; ///< 0..1: module contrast (a dim screen, a faded printout)
    double blurSigma = 0; ///< Gaussian defocus in pixels
    double noiseSigma = 3; ///< sensor noise
};

/// Writes a still scene (PNG, or any format cv::imwrite knows by the extension) with the codes
/// placed on a hallway background and the effects applied, deterministic in `seed`.
Result<void> writeScene(const std::vector<PlacedCode> &codes, const SceneEffects &effects,
    const std::string &path, int width = 1280, int height = 720, uint32_t seed = 1);

/// Writes a QR code as a PNG (black on white, quiet zone included), `size` pixels wide.
Result<void> writeQrPng(const std::string &text, const std::string &path, int size = 400);

/// Writes an MJPG .avi in which each text appears as a held-up code, in order, with idle frames
/// between; scale, rotation, perspective, blur and background vary per arrival (deterministic in
/// `seed`). A code at index i first appears at frame idleFrames + i * (framesPerCode + idleFrames).
Result<void> writeArrivalsVideo(
    const std::vector<std::string> &texts, const std::string &path, const SceneOptions &options);

} // namespace checkin::scanner
