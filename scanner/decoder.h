// QR decoding of grayscale frames; the pipeline that the kiosk and checkinctl share.
#pragma once

#include "scanner/frame.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace checkin::scanner {

/// One pass of the fallback chain: an image transformation followed by a ZXing QR read.
enum class DecodeStage {
    Downscaled, ///< large frames shrunk to about 800 px first: cheap, and enough for most codes
    Plain, ///< the frame at full resolution (ZXing's own pyramid, tryHarder, tryRotate)
    Inverted, ///< light-on-dark codes (phones in dark mode); ZXing 1.4 cannot invert by itself
    Clahe, ///< local contrast enhancement against glare, shadows and dim light
    GlobalHistogram, ///< ZXing's other binarizer: one threshold, robust to smooth gradients
    Upscaled, ///< small codes enlarged twice with cubic interpolation
    Smoothed, ///< a Gaussian blur against halftone, dot-style and noisy codes
    Rectified, ///< OpenCV's QR locator, then the code warped square and read on its own
    Otsu, ///< a global Otsu threshold with a small median filter
    Mirrored, ///< codes printed or photographed mirror-inverted (ZXing 1.4 cannot mirror)
    Padded, ///< a white border added: codes cropped without their quiet zone
    Pure, ///< the image taken as nothing but the code (ZXing's pure mode): damaged finder patterns
    Adaptive, ///< OpenCV's adaptive threshold over a wide window: shadows and uneven light
    Closed, ///< a morphological closing: dot-style modules and cracks joined into squares
    Sharpened, ///< an unsharp mask against defocus
    RectifiedPure, ///< the located code warped square and read in pure mode (damaged finders)
};

/// Parses a stage name as printed by stageName() ("clahe", "inverted", ...).
std::optional<DecodeStage> stageFromName(const std::string &name);
std::string stageName(DecodeStage stage);

/// Decodes QR codes only (never other symbologies). Stateless between calls; one per thread.
/// Runs the stages of its chain in order until one reads a code or the time budget is spent.
class Decoder
{
public:
    struct Options
    {
        std::vector<DecodeStage> chain = defaultChain();
        /// Further stages start only while less than this has passed since decode() began.
        std::chrono::milliseconds budget{250};
    };
    /// The chain chosen by measurement on the shared samples (see scanner/README.md).
    static std::vector<DecodeStage> defaultChain();

    Decoder();
    explicit Decoder(Options options);
    ~Decoder();

    /// Every QR code found in the frame, best candidate first (largest, then most central).
    std::vector<Detection> decode(const Frame &frame) const;
    /// Runs one stage of the chain (an index into it). `candidate`, if given, tells whether the
    /// stage located a code it could not read. The live path (LiveDecoder) spreads the chain over
    /// frames with this.
    std::vector<Detection> decodeStage(const Frame &frame, size_t index, bool *candidate = nullptr) const;
    const Options &options() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Orders detections: largest and most central first.
void rankDetections(std::vector<Detection> &detections, int frameWidth, int frameHeight);

} // namespace checkin::scanner
