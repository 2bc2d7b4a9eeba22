// QR decoding of grayscale frames; the pipeline that the kiosk and checkinctl share.
#pragma once

#include "scanner/codecue.h"
#include "scanner/frame.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace checkin::scanner {

/// One pass of the fallback chain: an image transformation followed by a QR read (ZXing, unless
/// the stage is another reader).
enum class DecodeStage {
    Downscaled, ///< frames above 2.5 Mpx shrunk to about 800 px first: cheap, and enough for most codes
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
    Zbar, ///< zbar on a copy of at most 800 px: its finder search reads some high versions ZXing misses
    WechatQuick, ///< OpenCV's WeChat reader on a copy of at most 400 px: bars, dots, smudges, glare
    Wechat, ///< WeChat again on a larger copy (480 to 800 px, enlarged or reduced), sized to the budget
            ///< left: small, distant and dense codes the quick pass cannot resolve
};

/// What decode() did with one stage of its chain.
struct DecodeStep
{
    DecodeStage stage = DecodeStage::Plain;
    bool ran = false; ///< false: skipped, its predicted cost did not fit the budget left
    double predictedMs = 0;
    double ms = 0; ///< by the decoder's clock; 0 when skipped
    size_t found = 0;
};

/// Every stage decode() considered, in order (for tests and `checkinctl eval-scanner --verbose`).
struct DecodeTrace
{
    std::vector<DecodeStep> steps;
};

/// Parses a stage name as printed by stageName() ("clahe", "inverted", ...).
std::optional<DecodeStage> stageFromName(const std::string &name);
std::string stageName(DecodeStage stage);

/// Decodes QR codes only (never other symbologies). Stateless between calls; one per thread.
/// Runs the stages of its chain in order until one reads a code. The budget holds within a stage,
/// not only between them: each stage's cost is predicted from the size of the image it would work
/// on (a worst case measured on the shared photos), and a stage that would overrun what is left is
/// skipped; the second WeChat stage sizes its copy to what is left. The budget is kept in wall time:
/// the model's CPU costs are scaled by how much slower the stages ran on the wall clock than on this
/// thread's CPU clock (other processes on the machine) and by how much slower this CPU is than the
/// model's. The chain's leading ZXing passes (`downscaled`, `plain`: together plain ZXing's own call
/// on the whole frame) always run, whatever the budget and the load, so the chain reads every code
/// plain ZXing reads. Frames above about 2 megapixels are cut
/// to the region where the CodeCue sees finder patterns (or reduced when it sees none) before the
/// other full-resolution stages, so no fallback's cost grows with the camera's resolution. zbar and WeChat
/// hand over the raw bytes of codes in other charsets (Shift_JIS, GB2312): their texts count only
/// when plausibleText() holds, since a wrong text is worse than none. ZXing's texts are its own
/// charset handling's and pass as they are.
class Decoder
{
public:
    using Clock = std::chrono::steady_clock;
    struct Options
    {
        std::vector<DecodeStage> chain = defaultChain();
        /// A stage starts only when its predicted cost fits in what is left of this.
        std::chrono::milliseconds budget{250};
        /// The clock the budget is kept by (steady_clock when empty); tests inject their own.
        std::function<Clock::time_point()> clock;
    };
    /// The chain chosen by measurement on the shared samples (see scanner/README.md).
    static std::vector<DecodeStage> defaultChain();
    /// How many stages at the head of `chain` are the leading ZXing passes (`downscaled`, `plain`)
    /// that always run; at least 1 for a non-empty chain (its first stage always runs).
    static size_t guaranteedStages(const std::vector<DecodeStage> &chain);

    Decoder();
    explicit Decoder(Options options);
    ~Decoder();

    /// Every QR code found in the frame, best candidate first (largest, then most central).
    std::vector<Detection> decode(const Frame &frame, DecodeTrace *trace = nullptr) const;
    /// Runs one stage of the chain (an index into it) on `region` of the frame (the whole frame when
    /// empty), sized for `budgetMs` (the WeChat stage's copy), corners in frame pixels. The live
    /// path (LiveDecoder) spreads the chain over frames with this.
    std::vector<Detection> decodeStage(
        const Frame &frame, size_t index, const Region &region = {}, double budgetMs = 1e9) const;
    /// The predicted cost in ms of a stage on an image of this size, given the budget left; more
    /// than `budgetMs` when the stage cannot fit in it.
    static double predictedMs(DecodeStage stage, int width, int height, double budgetMs = 1e9);
    const Options &options() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Whether raw decoded bytes can be taken as the code's text: valid UTF-8 with no control
/// characters but tab, line feed and carriage return.
bool plausibleText(const std::string &text);

/// Orders detections: largest and most central first.
void rankDetections(std::vector<Detection> &detections, int frameWidth, int frameHeight);

} // namespace checkin::scanner
