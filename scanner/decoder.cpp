// Decoder over ZXing-C++ 1.4 (QR only), with OpenCV image transformations, zbar and WeChat as
// fallbacks, and the cost model that keeps the budget.
#include "scanner/decoder.h"

#include "scanner/wechatreader.h"
#include "scanner/zbarreader.h"

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace checkin::scanner {

namespace {

constexpr int kDownscaleTarget = 800;
/// Above this, the full-resolution stages see the cue's region or a reduced copy (2 megapixels).
constexpr double kMaxWorkPixels = 2.0e6;
constexpr int kZbarSide = 800;
/// The quick WeChat pass: at 400 px it fails cheapest of the sizes measured (320 to 800) and reads
/// nearly as much as 640 (196 of the shared photos against 203).
constexpr int kWechatQuickSide = 400;
/// The second pass: up to 800 px (a few more small or dense codes), at least 480 (below that it
/// repeats the quick pass).
constexpr int kWechatMaxSide = 800;
constexpr int kWechatLargeMinSide = kWechatQuickSide * 6 / 5;
/// WeChat tries scales 1, 2 and 0.5 below 320 px and 1 and 0.5 from there: smaller copies are
/// enlarged to 320, which costs less than its own doubling and reads the same small codes.
constexpr int kWechatMinSide = 320;

struct StageName
{
    DecodeStage stage;
    const char *name;
};
constexpr StageName kNames[] = {
    {DecodeStage::Downscaled, "downscaled"},
    {DecodeStage::Plain, "plain"},
    {DecodeStage::Inverted, "inverted"},
    {DecodeStage::Clahe, "clahe"},
    {DecodeStage::GlobalHistogram, "globalhistogram"},
    {DecodeStage::Upscaled, "upscaled"},
    {DecodeStage::Smoothed, "smoothed"},
    {DecodeStage::Rectified, "rectified"},
    {DecodeStage::Otsu, "otsu"},
    {DecodeStage::Mirrored, "mirrored"},
    {DecodeStage::Padded, "padded"},
    {DecodeStage::Pure, "pure"},
    {DecodeStage::Adaptive, "adaptive"},
    {DecodeStage::Closed, "closed"},
    {DecodeStage::Sharpened, "sharpened"},
    {DecodeStage::RectifiedPure, "rectifiedpure"},
    {DecodeStage::Zbar, "zbar"},
    {DecodeStage::WechatQuick, "wechatquick"},
    {DecodeStage::Wechat, "wechat"},
};

ZXing::DecodeHints qrHints(ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setBinarizer(binarizer);
    hints.setMaxNumberOfSymbols(4);
    return hints;
}

void mapCorners(Detection &d, const cv::Matx33d &toFrame)
{
    for (auto &p : d.corners) {
        const cv::Vec3d v = toFrame * cv::Vec3d(p.x, p.y, 1.0);
        p = Point{static_cast<float>(v[0] / v[2]), static_cast<float>(v[1] / v[2])};
    }
}

GrayView viewOf(const cv::Mat &image)
{
    return {image.data, image.cols, image.rows, static_cast<int>(image.step[0])};
}

/// Reads `image` and maps the corners back to frame pixels through `toFrame` (a 3x3 homography).
std::vector<Detection> read(const cv::Mat &image, const ZXing::DecodeHints &hints, const cv::Matx33d &toFrame)
{
    std::vector<Detection> out;
    const cv::Mat img = image.isContinuous() ? image : image.clone();
    const ZXing::ImageView view(img.data, img.cols, img.rows, ZXing::ImageFormat::Lum);
    for (const auto &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        Detection d;
        d.text = result.text();
        const auto &p = result.position();
        for (size_t i = 0; i < 4; ++i) {
            const cv::Vec3d v = toFrame * cv::Vec3d(p[static_cast<int>(i)].x, p[static_cast<int>(i)].y, 1.0);
            d.corners[i] = Point{static_cast<float>(v[0] / v[2]), static_cast<float>(v[1] / v[2])};
        }
        out.push_back(std::move(d));
    }
    return out;
}

cv::Matx33d scaling(double factor)
{
    return {factor, 0, 0, 0, factor, 0, 0, 0, 1};
}

cv::Matx33d offset(double x, double y)
{
    return {1, 0, x, 0, 1, y, 0, 0, 1};
}

bool shrinks(int width, int height)
{
    return std::max(width, height) > kDownscaleTarget * 5 / 4;
}

/// Whether the `downscaled` stage reads a reduced copy before `plain` reads the whole frame: only
/// above 1080p (2.07 Mpx). Below, plain ZXing's own call costs less than the reduction and a read
/// of the copy (1280x720: 7.9 against 13.7 ms on an empty frame), and it runs anyway.
constexpr double kDownscaleAbovePixels = 2.5e6;
bool downscales(int width, int height)
{
    return static_cast<double>(width) * height > kDownscaleAbovePixels;
}

/// `image` shrunk (INTER_AREA) by `factor` > 1, or itself.
cv::Mat shrunk(const cv::Mat &image, double factor)
{
    if (factor <= 1)
        return image;
    cv::Mat small;
    cv::resize(image, small, cv::Size(), 1 / factor, 1 / factor, cv::INTER_AREA);
    return small;
}

double megapixels(double width, double height)
{
    return width * height / 1e6;
}

/// The size the full-resolution stages work on: at most kMaxWorkPixels.
double workPixels(int width, int height)
{
    return std::min(static_cast<double>(width) * height, kMaxWorkPixels);
}

/// The size of the downscaled copy (or of the image, when it is small already).
double basePixels(int width, int height)
{
    if (!shrinks(width, height))
        return static_cast<double>(width) * height;
    const double f = static_cast<double>(std::max(width, height)) / kDownscaleTarget;
    return static_cast<double>(width) * height / (f * f);
}

enum class WechatPass { Quick, Large };

/// The factor WeChat's copy of a `width` x `height` image is scaled by, and its predicted cost. The
/// quick pass: at most kWechatQuickSide, smaller to fit in `budgetMs` as long as the short side
/// keeps kWechatMinSide, or nothing (0). The large pass: kWechatMaxSide on the long side, smaller if
/// that does not fit, down to kWechatLargeMinSide, or nothing.
double wechatScale(WechatPass pass, int width, int height, double budgetMs, double &predicted);

// Worst-case costs measured with CPU time on the shared photos (this machine), per megapixel of
// the image the stage works on; a stage that reads a code usually costs much less than this.
constexpr double kFixedMs = 1;
constexpr double kZxingMsPerMpx = 12;
constexpr double kResizeMsPerMpx = 6;
constexpr double kZbarMsPerMpx = 65;
constexpr double kLocatorMs = 30, kLocatorMsPerMpx = 150;
constexpr double kWechatFixedMs = 80, kWechatMsPerMpx = 450 * 1.25; // two scales, 1 and 0.5
constexpr double kCueMs = 2;

double wechatScale(WechatPass pass, int width, int height, double budgetMs, double &predicted)
{
    const double w = width, h = height;
    auto cost = [&](double s) { return kWechatFixedMs + kWechatMsPerMpx * megapixels(w * s, h * s); };
    if (pass == WechatPass::Quick) {
        double scale = std::min(1.0, kWechatQuickSide / std::max(w, h));
        if (std::min(w, h) * scale < kWechatMinSide)
            scale = std::min(kWechatMinSide / std::min(w, h), kWechatQuickSide / std::max(w, h));
        predicted = cost(scale);
        if (predicted <= budgetMs)
            return scale;
        // Smaller, as long as the short side keeps kWechatMinSide (below it WeChat adds its own
        // doubling, which costs more than it saves).
        const double fit = budgetMs > kWechatFixedMs
            ? std::sqrt((budgetMs - kWechatFixedMs) / kWechatMsPerMpx / megapixels(w, h))
            : 0.0;
        if (fit * std::min(w, h) < kWechatMinSide)
            return 0;
        predicted = cost(fit);
        return fit;
    }
    const double scale = kWechatMaxSide / std::max(w, h);
    predicted = cost(scale);
    if (predicted <= budgetMs)
        return scale;
    if (budgetMs <= kWechatFixedMs)
        return 0;
    const double fit
        = std::sqrt(std::max(0.0, budgetMs - kWechatFixedMs) / kWechatMsPerMpx / megapixels(w, h));
    if (fit * std::max(w, h) < kWechatLargeMinSide)
        return 0;
    predicted = cost(fit);
    return fit;
}

enum class Sampling { Search, Pure };

std::vector<Detection> rectified(const cv::Mat &gray, Sampling sampling)
{
    std::vector<Detection> out;
    cv::QRCodeDetector locator;
    std::vector<cv::Point2f> corners;
    if (!locator.detectMulti(gray, corners) || corners.size() % 4 != 0)
        return out;
    for (size_t q = 0; q + 3 < corners.size(); q += 4) {
        // Warp the located quadrilateral to a square with a quiet zone of a fifth of its side.
        const double side = std::max(
            {cv::norm(corners[q] - corners[q + 1]), cv::norm(corners[q + 1] - corners[q + 2]), 64.0});
        const auto s = static_cast<float>(std::min(side, 1200.0));
        const float m = sampling == Sampling::Pure ? 0.0F : s / 5;
        const std::array<cv::Point2f, 4> dst{
            cv::Point2f(m, m), cv::Point2f(m + s, m), cv::Point2f(m + s, m + s), cv::Point2f(m, m + s)};
        const cv::Mat h = cv::getPerspectiveTransform(&corners[q], dst.data());
        cv::Mat square;
        const int size = static_cast<int>(s + 2 * m);
        cv::warpPerspective(gray, square, h, cv::Size(size, size), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        cv::Matx33d back;
        cv::Mat(h.inv()).convertTo(cv::Mat(3, 3, CV_64F, back.val), CV_64F);
        ZXing::DecodeHints hints = qrHints();
        if (sampling == Sampling::Pure) {
            cv::threshold(square, square, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
            cv::copyMakeBorder(square, square, 8, 8, 8, 8, cv::BORDER_CONSTANT, cv::Scalar(255));
            hints = qrHints(ZXing::Binarizer::BoolCast);
            hints.setIsPure(true);
            back = back * cv::Matx33d(1, 0, -8, 0, 1, -8, 0, 0, 1);
        }
        for (auto &d : read(square, hints, back))
            out.push_back(std::move(d));
    }
    return out;
}

} // namespace

std::optional<DecodeStage> stageFromName(const std::string &name)
{
    for (const auto &n : kNames)
        if (name == n.name)
            return n.stage;
    return std::nullopt;
}

std::string stageName(DecodeStage stage)
{
    for (const auto &n : kNames)
        if (stage == n.stage)
            return n.name;
    return "?";
}

std::vector<DecodeStage> Decoder::defaultChain()
{
    // Measured on the shared samples (scanner/README.md): ZXing's plain passes and the inverted one
    // (dark-mode phones, cheap), then zbar and WeChat, which read what ZXing 1.4 cannot locate,
    // then ZXing's other passes while budget is left. Rectified (OpenCV's locator, up to seconds on
    // a large photo) is left out.
    return {DecodeStage::Downscaled, DecodeStage::Plain, DecodeStage::Inverted, DecodeStage::WechatQuick,
        DecodeStage::Zbar, DecodeStage::Wechat, DecodeStage::Upscaled, DecodeStage::Otsu,
        DecodeStage::GlobalHistogram, DecodeStage::Clahe, DecodeStage::Padded, DecodeStage::Pure};
}

size_t Decoder::guaranteedStages(const std::vector<DecodeStage> &chain)
{
    size_t n = 0;
    while (n < chain.size() && (chain[n] == DecodeStage::Downscaled || chain[n] == DecodeStage::Plain))
        ++n;
    return chain.empty() ? 0 : std::max<size_t>(n, 1);
}

double Decoder::predictedMs(DecodeStage stage, int width, int height, double budgetMs)
{
    const double frame = megapixels(width, height);
    const double base = basePixels(width, height) / 1e6;
    // Cutting a large frame to its work image: the cue on the downscaled copy, and a resize.
    const double cut = frame * 1e6 > kMaxWorkPixels ? kCueMs + kResizeMsPerMpx * frame : 0;
    const double work = workPixels(width, height) / 1e6;
    const double shrink = shrinks(width, height) ? kResizeMsPerMpx * frame : 0;
    switch (stage) {
    case DecodeStage::Downscaled:
        return downscales(width, height) ? kFixedMs + shrink + kZxingMsPerMpx * base : 0;
    case DecodeStage::Plain:
        // Plain ZXing's own call on the whole frame, however large: never cut (see decode()).
        return kFixedMs + kZxingMsPerMpx * frame;
    case DecodeStage::Inverted:
    case DecodeStage::GlobalHistogram:
    case DecodeStage::Otsu:
    case DecodeStage::Mirrored:
    case DecodeStage::Smoothed:
    case DecodeStage::Sharpened:
        return kFixedMs + cut + kZxingMsPerMpx * work;
    case DecodeStage::Upscaled:
        return std::max(width, height) > 1000 ? 0 : kFixedMs + kZxingMsPerMpx * 4 * frame;
    case DecodeStage::Clahe:
    case DecodeStage::Adaptive:
    case DecodeStage::Closed:
        return kFixedMs + shrink + (kZxingMsPerMpx + 3) * base;
    case DecodeStage::Padded:
        return kFixedMs + shrink + kZxingMsPerMpx * 1.6 * base;
    case DecodeStage::Pure:
        return kFixedMs + shrink + 5 * base;
    case DecodeStage::Rectified:
    case DecodeStage::RectifiedPure:
        return kLocatorMs + cut + kLocatorMsPerMpx * work;
    case DecodeStage::Zbar: {
        const double side
            = std::sqrt(work * 1e6 / (static_cast<double>(width) * height)) * std::max(width, height);
        const double f = side > kZbarSide ? kZbarSide / side : 1.0;
        return kFixedMs + cut + kZbarMsPerMpx * work * f * f;
    }
    case DecodeStage::WechatQuick:
    case DecodeStage::Wechat: {
        const double s = std::sqrt(work * 1e6 / (static_cast<double>(width) * height));
        const int w = std::max(1, static_cast<int>(width * s)), h = std::max(1, static_cast<int>(height * s));
        double predicted = 0;
        const double scale = wechatScale(stage == DecodeStage::Wechat ? WechatPass::Large : WechatPass::Quick,
            w, h, std::max(0.0, budgetMs - cut), predicted);
        return scale > 0 ? cut + predicted : std::max(budgetMs, 0.0) + 1;
    }
    }
    return kFixedMs;
}

/// One decode's images, made when a stage first needs them and shared by the stages after it.
struct Work
{
    cv::Mat image; ///< the frame, or the region of it being decoded
    cv::Matx33d toFrame = cv::Matx33d::eye(); ///< from `image` pixels to frame pixels

    bool haveBase = false;
    cv::Mat base; ///< `image` shrunk to about kDownscaleTarget, or `image` when it is small already
    double baseFactor = 1;

    bool haveWork = false;
    cv::Mat work; ///< what the full-resolution stages see: at most kMaxWorkPixels
    cv::Matx33d workToImage = cv::Matx33d::eye();

    const cv::Mat &shrunkBase()
    {
        if (!haveBase) {
            haveBase = true;
            baseFactor = shrinks(image.cols, image.rows)
                ? static_cast<double>(std::max(image.cols, image.rows)) / kDownscaleTarget
                : 1.0;
            base = shrunk(image, baseFactor);
        }
        return base;
    }

    /// The frame when it is small enough; else the region where the cue sees finder patterns,
    /// or the whole frame reduced, at most kMaxWorkPixels either way.
    const cv::Mat &workImage()
    {
        if (haveWork)
            return work;
        haveWork = true;
        const double pixels = static_cast<double>(image.cols) * image.rows;
        if (pixels <= kMaxWorkPixels) {
            work = image;
            return work;
        }
        cv::Rect crop(0, 0, image.cols, image.rows);
        if (const auto cue = CodeCue::find(viewOf(image)); cue) {
            const Region &r = cue->region;
            if (static_cast<double>(r.width) * r.height < pixels / 2)
                crop = cv::Rect(r.x, r.y, r.width, r.height);
        }
        const double area = static_cast<double>(crop.width) * crop.height;
        const double factor = area > kMaxWorkPixels ? std::sqrt(area / kMaxWorkPixels) : 1.0;
        work = shrunk(image(crop), factor);
        workToImage = offset(crop.x, crop.y) * scaling(factor);
        return work;
    }
};

struct Decoder::Impl
{
    Options options;
    ZbarReader zbar;
    WechatReader wechat;

    /// How much slower this CPU runs the stages than the cost model says: the moving average of
    /// this thread's CPU time over the prediction, from stages that read nothing. Never below 1:
    /// the model is a worst case, and most stages that fail cost far less, so an average below 1
    /// would let the rare worst case overrun.
    mutable double slowdown = 1;
    /// How much longer the stages took on the wall clock than on this thread's CPU clock: the
    /// share of the CPU that other processes take (a shared machine, a build). Measured on every
    /// stage, whatever it read, so that it follows the load within a few stages; between 1 and 8.
    mutable double load = 1;

    Clock::time_point now() const { return options.clock ? options.clock() : Clock::now(); }

    /// This thread's CPU time in ms.
    static double cpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    }

    void learn(double predictedMs, double cpuMs, double wallMs, bool found) const
    {
        if (!options.clock && cpuMs >= 2) // shorter stages are mostly timer noise
            load = 0.6 * load + 0.4 * std::clamp(wallMs / cpuMs, 1.0, 8.0);
        if (found || predictedMs < 5)
            return;
        slowdown = std::max(1.0, 0.8 * slowdown + 0.2 * std::clamp(cpuMs / predictedMs, 0.5, 4.0));
    }

    std::vector<Detection> runStage(DecodeStage stage, Work &w, double budgetMs) const
    {
        switch (stage) {
        case DecodeStage::Downscaled: {
            if (!downscales(w.image.cols, w.image.rows))
                return {};
            const cv::Mat &small = w.shrunkBase();
            return read(small, qrHints(), w.toFrame * scaling(w.baseFactor));
        }
        case DecodeStage::Plain:
            // The whole image at full resolution, as plain ZXing reads it (not the cut work image:
            // a code plain ZXing reads in a 2.5-megapixel photo can be lost in its 2-Mpx copy).
            return read(w.image, qrHints(), w.toFrame);
        case DecodeStage::Inverted: {
            cv::Mat inverted;
            cv::bitwise_not(w.workImage(), inverted);
            return read(inverted, qrHints(), w.toFrame * w.workToImage);
        }
        case DecodeStage::Clahe: {
            cv::Mat enhanced;
            cv::createCLAHE(3.0, cv::Size(8, 8))->apply(w.shrunkBase(), enhanced);
            return read(enhanced, qrHints(), w.toFrame * scaling(w.baseFactor));
        }
        case DecodeStage::GlobalHistogram:
            return read(w.workImage(), qrHints(ZXing::Binarizer::GlobalHistogram), w.toFrame * w.workToImage);
        case DecodeStage::Upscaled: {
            if (std::max(w.image.cols, w.image.rows) > 1000)
                return {};
            cv::Mat big;
            cv::resize(w.image, big, cv::Size(), 2, 2, cv::INTER_CUBIC);
            return read(big, qrHints(), w.toFrame * scaling(0.5));
        }
        case DecodeStage::Smoothed: {
            const cv::Mat &gray = w.workImage();
            cv::Mat smooth;
            cv::GaussianBlur(
                gray, smooth, cv::Size(0, 0), std::max(1.0, std::max(gray.cols, gray.rows) / 800.0));
            return read(smooth, qrHints(), w.toFrame * w.workToImage);
        }
        case DecodeStage::Rectified:
        case DecodeStage::RectifiedPure: {
            auto found = rectified(
                w.workImage(), stage == DecodeStage::Rectified ? Sampling::Search : Sampling::Pure);
            for (auto &d : found)
                mapCorners(d, w.toFrame * w.workToImage);
            return found;
        }
        case DecodeStage::Adaptive: {
            const cv::Mat &base = w.shrunkBase();
            const int block = std::max(15, (std::min(base.cols, base.rows) / 8) | 1);
            cv::Mat binary;
            cv::adaptiveThreshold(base, binary, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, block, 5);
            return read(binary, qrHints(ZXing::Binarizer::BoolCast), w.toFrame * scaling(w.baseFactor));
        }
        case DecodeStage::Closed: {
            cv::Mat closed;
            // Dark modules grow into their neighbours: an opening of the light background.
            cv::morphologyEx(w.shrunkBase(), closed, cv::MORPH_OPEN,
                cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
            return read(closed, qrHints(), w.toFrame * scaling(w.baseFactor));
        }
        case DecodeStage::Sharpened: {
            const cv::Mat &gray = w.workImage();
            cv::Mat blurred, sharp;
            cv::GaussianBlur(gray, blurred, cv::Size(0, 0), 2.0);
            cv::addWeighted(gray, 2.0, blurred, -1.0, 0, sharp);
            return read(sharp, qrHints(), w.toFrame * w.workToImage);
        }
        case DecodeStage::Otsu: {
            cv::Mat filtered, binary;
            cv::medianBlur(w.workImage(), filtered, 3);
            cv::threshold(filtered, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
            return read(binary, qrHints(ZXing::Binarizer::BoolCast), w.toFrame * w.workToImage);
        }
        case DecodeStage::Mirrored: {
            const cv::Mat &gray = w.workImage();
            cv::Mat mirrored;
            cv::flip(gray, mirrored, 1);
            const cv::Matx33d back(-1, 0, gray.cols - 1.0, 0, 1, 0, 0, 0, 1);
            return read(mirrored, qrHints(), w.toFrame * w.workToImage * back);
        }
        case DecodeStage::Pure: {
            cv::Mat binary;
            cv::threshold(w.shrunkBase(), binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
            ZXing::DecodeHints hints = qrHints(ZXing::Binarizer::BoolCast);
            hints.setIsPure(true);
            return read(binary, hints, w.toFrame * scaling(w.baseFactor));
        }
        case DecodeStage::Padded: {
            const cv::Mat &base = w.shrunkBase();
            const int border = std::max(base.cols, base.rows) / 8;
            cv::Mat padded;
            cv::copyMakeBorder(
                base, padded, border, border, border, border, cv::BORDER_CONSTANT, cv::Scalar(255));
            return read(padded, qrHints(), w.toFrame * scaling(w.baseFactor) * offset(-border, -border));
        }
        case DecodeStage::Zbar: {
            const cv::Mat &gray = w.workImage();
            const int side = std::max(gray.cols, gray.rows);
            const double factor = side > kZbarSide ? static_cast<double>(side) / kZbarSide : 1.0;
            const cv::Mat small = shrunk(gray, factor);
            auto found = zbar.read(viewOf(small));
            for (auto &d : found)
                mapCorners(d, w.toFrame * w.workToImage * scaling(factor));
            return found;
        }
        case DecodeStage::WechatQuick:
        case DecodeStage::Wechat: {
            const cv::Mat &gray = w.workImage();
            double predicted = 0;
            const double scale
                = wechatScale(stage == DecodeStage::Wechat ? WechatPass::Large : WechatPass::Quick, gray.cols,
                    gray.rows, budgetMs, predicted);
            if (scale <= 0)
                return {};
            cv::Mat sized = gray;
            if (scale < 1)
                cv::resize(gray, sized, cv::Size(), scale, scale, cv::INTER_AREA);
            else if (scale > 1)
                cv::resize(gray, sized, cv::Size(), scale, scale, cv::INTER_CUBIC);
            auto found = wechat.read(viewOf(sized));
            for (auto &d : found)
                mapCorners(d, w.toFrame * w.workToImage * scaling(1 / scale));
            return found;
        }
        }
        return {};
    }

    /// Runs a stage; a failing transformation (an OpenCV exception) is a miss of that stage, never
    /// a crash of the thread. The raw bytes zbar and WeChat return count only when plausible.
    std::vector<Detection> guarded(DecodeStage stage, Work &w, double budgetMs) const
    {
        std::vector<Detection> found;
        try {
            found = runStage(stage, w, budgetMs);
        } catch (const cv::Exception &) {
            return {};
        }
        if (stage == DecodeStage::Zbar || stage == DecodeStage::Wechat || stage == DecodeStage::WechatQuick)
            std::erase_if(found, [](const Detection &d) { return !plausibleText(d.text); });
        return found;
    }
};

Decoder::Decoder()
    : Decoder(Options{})
{ }

Decoder::Decoder(Options options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = std::move(options);
}

Decoder::~Decoder() = default;

const Decoder::Options &Decoder::options() const
{
    return m_impl->options;
}

namespace {
cv::Mat grayOf(const Frame &frame)
{
    return cv::Mat(frame.height, frame.width, CV_8UC1, const_cast<uint8_t *>(frame.gray->data()));
}
} // namespace

std::vector<Detection> Decoder::decode(const Frame &frame, DecodeTrace *trace) const
{
    if (frame.empty())
        return {};
    const auto start = m_impl->now();
    const double budget = static_cast<double>(m_impl->options.budget.count());
    Work work;
    work.image = grayOf(frame);
    const auto &chain = m_impl->options.chain;
    const size_t guaranteed = guaranteedStages(chain);
    for (size_t index = 0; index < chain.size(); ++index) {
        const DecodeStage stage = chain[index];
        const auto before = m_impl->now();
        const double left = budget - std::chrono::duration<double, std::milli>(before - start).count();
        // The model's figures, in this machine's wall time.
        const double slowdown = m_impl->slowdown * m_impl->load;
        const double predicted = slowdown * predictedMs(stage, frame.width, frame.height, left / slowdown);
        DecodeStep step{stage, false, predicted, 0, 0};
        // The first stage always runs (a decode that tries nothing is never worth its budget), and
        // so do the leading ZXing passes that together are plain ZXing's own call (`downscaled`,
        // `plain`): whatever the load, the chain reads every code plain ZXing reads. WeChat sized
        // to fit predicts exactly what is left.
        if (index >= guaranteed && predicted > left + 1e-6) {
            if (trace)
                trace->steps.push_back(step);
            continue;
        }
        const double cpuBefore = Impl::cpuMs();
        auto found = m_impl->guarded(stage, work, left / slowdown);
        step.ran = true;
        step.ms = std::chrono::duration<double, std::milli>(m_impl->now() - before).count();
        // Under an injected clock (tests) the stages cost what that clock says.
        const double cpu = m_impl->options.clock ? step.ms : Impl::cpuMs() - cpuBefore;
        step.found = found.size();
        m_impl->learn(predicted / slowdown, cpu, step.ms, !found.empty());
        if (trace)
            trace->steps.push_back(step);
        if (!found.empty()) {
            rankDetections(found, frame.width, frame.height);
            return found;
        }
    }
    return {};
}

std::vector<Detection> Decoder::decodeStage(
    const Frame &frame, size_t index, const Region &region, double budgetMs) const
{
    const auto &chain = m_impl->options.chain;
    if (frame.empty() || index >= chain.size())
        return {};
    Work work;
    work.image = grayOf(frame);
    if (!region.empty()) {
        const cv::Rect r = cv::Rect(region.x, region.y, region.width, region.height)
            & cv::Rect(0, 0, frame.width, frame.height);
        if (r.width > 0 && r.height > 0) {
            work.image = work.image(r);
            work.toFrame = offset(r.x, r.y);
        }
    }
    auto found = m_impl->guarded(chain[index], work, budgetMs);
    rankDetections(found, frame.width, frame.height);
    return found;
}

bool plausibleText(const std::string &text)
{
    if (text.empty())
        return false;
    size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                return false;
            ++i;
            continue;
        }
        // A UTF-8 lead byte and its continuation bytes; overlong forms and surrogates are invalid.
        const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4
            || i + static_cast<size_t>(length) > text.size())
            return false;
        uint32_t code = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + static_cast<size_t>(k)]);
            if ((cc & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (cc & 0x3F);
        }
        const uint32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)
            || (code >= 0x80 && code < 0xA0))
            return false;
        i += static_cast<size_t>(length);
    }
    return true;
}

void rankDetections(std::vector<Detection> &detections, int frameWidth, int frameHeight)
{
    const float cx = static_cast<float>(frameWidth) / 2.0F;
    const float cy = static_cast<float>(frameHeight) / 2.0F;
    auto score = [&](const Detection &d) {
        float area = 0, mx = 0, my = 0;
        for (size_t i = 0; i < 4; ++i) {
            const auto &a = d.corners[i];
            const auto &b = d.corners[(i + 1) % 4];
            area += a.x * b.y - b.x * a.y;
            mx += a.x / 4;
            my += a.y / 4;
        }
        // A code's side length against its distance from the centre: big and central wins.
        return std::sqrt(std::abs(area) / 2) - 0.5F * std::hypot(mx - cx, my - cy);
    };
    std::stable_sort(detections.begin(), detections.end(),
        [&](const Detection &a, const Detection &b) { return score(a) > score(b); });
    // The same text found twice (two stages, or a code and its reflection) is one detection.
    std::vector<Detection> unique;
    for (auto &d : detections)
        if (std::none_of(unique.begin(), unique.end(), [&](const Detection &u) { return u.text == d.text; }))
            unique.push_back(std::move(d));
    detections = std::move(unique);
}

} // namespace checkin::scanner
