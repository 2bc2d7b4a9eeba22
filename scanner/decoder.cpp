// Decoder over ZXing-C++ 1.4 (QR only), with OpenCV image transformations as fallbacks.
#include "scanner/decoder.h"

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace checkin::scanner {

namespace {

constexpr int kDownscaleTarget = 800;

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
};

ZXing::DecodeHints qrHints(ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setBinarizer(binarizer);
    hints.setMaxNumberOfSymbols(4);
    hints.setReturnErrors(true); // a located code that fails to decode tells the live path to try harder
    return hints;
}

/// Reads `image` and maps the corners back to frame pixels through `toFrame` (a 3x3 homography).
/// The decoded codes; `candidate` is set when a code was located but could not be read.
std::vector<Detection> read(
    const cv::Mat &image, const ZXing::DecodeHints &hints, const cv::Matx33d &toFrame, bool &candidate)
{
    std::vector<Detection> out;
    const cv::Mat img = image.isContinuous() ? image : image.clone();
    const ZXing::ImageView view(img.data, img.cols, img.rows, ZXing::ImageFormat::Lum);
    for (const auto &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid()) {
            candidate = candidate || result.format() == ZXing::BarcodeFormat::QRCode;
            continue;
        }
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

/// The frame shrunk so that its longer side is about kDownscaleTarget; empty if already small.
cv::Mat downscaled(const cv::Mat &gray, double &factor)
{
    const int longSide = std::max(gray.cols, gray.rows);
    if (longSide <= kDownscaleTarget * 5 / 4)
        return {};
    factor = static_cast<double>(longSide) / kDownscaleTarget;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), 1 / factor, 1 / factor, cv::INTER_AREA);
    return small;
}

enum class Sampling { Search, Pure };

std::vector<Detection> rectified(const cv::Mat &gray, Sampling sampling, bool &candidate)
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
        for (auto &d : read(square, hints, back, candidate))
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
    // Ordered by how many more of the shared samples each stage reads after the ones before it
    // (greedy, measured with `checkinctl eval-scanner --chain STAGE --verbose`); Smoothed and
    // Mirrored read none that these miss and are left out.
    return {DecodeStage::Downscaled, DecodeStage::Plain, DecodeStage::Upscaled, DecodeStage::Otsu,
        DecodeStage::Inverted, DecodeStage::GlobalHistogram, DecodeStage::Padded, DecodeStage::Clahe,
        DecodeStage::Rectified, DecodeStage::Pure};
}

struct Decoder::Impl
{
    Options options;

    std::vector<Detection> runStage(DecodeStage stage, const cv::Mat &gray, bool &candidate) const
    {
        const cv::Matx33d identity = cv::Matx33d::eye();
        switch (stage) {
        case DecodeStage::Downscaled: {
            double factor = 1;
            const cv::Mat small = downscaled(gray, factor);
            return small.empty() ? std::vector<Detection>{}
                                 : read(small, qrHints(), scaling(factor), candidate);
        }
        case DecodeStage::Plain:
            return read(gray, qrHints(), identity, candidate);
        case DecodeStage::Inverted: {
            cv::Mat inverted;
            cv::bitwise_not(gray, inverted);
            return read(inverted, qrHints(), identity, candidate);
        }
        case DecodeStage::Clahe: {
            double factor = 1;
            cv::Mat base = downscaled(gray, factor);
            if (base.empty())
                base = gray;
            cv::Mat enhanced;
            cv::createCLAHE(3.0, cv::Size(8, 8))->apply(base, enhanced);
            return read(enhanced, qrHints(), scaling(factor), candidate);
        }
        case DecodeStage::GlobalHistogram:
            return read(gray, qrHints(ZXing::Binarizer::GlobalHistogram), identity, candidate);
        case DecodeStage::Upscaled: {
            if (std::max(gray.cols, gray.rows) > 1000)
                return {};
            cv::Mat big;
            cv::resize(gray, big, cv::Size(), 2, 2, cv::INTER_CUBIC);
            return read(big, qrHints(), scaling(0.5), candidate);
        }
        case DecodeStage::Smoothed: {
            cv::Mat smooth;
            cv::GaussianBlur(
                gray, smooth, cv::Size(0, 0), std::max(1.0, std::max(gray.cols, gray.rows) / 800.0));
            return read(smooth, qrHints(), identity, candidate);
        }
        case DecodeStage::Rectified:
            return rectified(gray, Sampling::Search, candidate);
        case DecodeStage::RectifiedPure:
            return rectified(gray, Sampling::Pure, candidate);
        case DecodeStage::Adaptive: {
            double factor = 1;
            cv::Mat base = downscaled(gray, factor);
            if (base.empty())
                base = gray;
            const int block = std::max(15, (std::min(base.cols, base.rows) / 8) | 1);
            cv::Mat binary;
            cv::adaptiveThreshold(base, binary, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, block, 5);
            return read(binary, qrHints(ZXing::Binarizer::BoolCast), scaling(factor), candidate);
        }
        case DecodeStage::Closed: {
            double factor = 1;
            cv::Mat base = downscaled(gray, factor);
            if (base.empty())
                base = gray;
            cv::Mat closed;
            // Dark modules grow into their neighbours: an opening of the light background.
            cv::morphologyEx(
                base, closed, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
            return read(closed, qrHints(), scaling(factor), candidate);
        }
        case DecodeStage::Sharpened: {
            cv::Mat blurred, sharp;
            cv::GaussianBlur(gray, blurred, cv::Size(0, 0), 2.0);
            cv::addWeighted(gray, 2.0, blurred, -1.0, 0, sharp);
            return read(sharp, qrHints(), identity, candidate);
        }
        case DecodeStage::Otsu: {
            cv::Mat filtered, binary;
            cv::medianBlur(gray, filtered, 3);
            cv::threshold(filtered, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
            return read(binary, qrHints(ZXing::Binarizer::BoolCast), identity, candidate);
        }
        case DecodeStage::Mirrored: {
            cv::Mat mirrored;
            cv::flip(gray, mirrored, 1);
            const cv::Matx33d back(-1, 0, gray.cols - 1.0, 0, 1, 0, 0, 0, 1);
            return read(mirrored, qrHints(), back, candidate);
        }
        case DecodeStage::Pure: {
            double factor = 1;
            cv::Mat base = downscaled(gray, factor);
            if (base.empty())
                base = gray;
            cv::Mat binary;
            cv::threshold(base, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
            ZXing::DecodeHints hints = qrHints(ZXing::Binarizer::BoolCast);
            hints.setIsPure(true);
            return read(binary, hints, scaling(factor), candidate);
        }
        case DecodeStage::Padded: {
            double factor = 1;
            cv::Mat base = downscaled(gray, factor);
            if (base.empty())
                base = gray;
            const int border = std::max(base.cols, base.rows) / 8;
            cv::Mat padded;
            cv::copyMakeBorder(
                base, padded, border, border, border, border, cv::BORDER_CONSTANT, cv::Scalar(255));
            const cv::Matx33d back(factor, 0, -border * factor, 0, factor, -border * factor, 0, 0, 1);
            return read(padded, qrHints(), back, candidate);
        }
        }
        return {};
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

std::vector<Detection> Decoder::decode(const Frame &frame) const
{
    if (frame.empty())
        return {};
    const auto start = std::chrono::steady_clock::now();
    const cv::Mat gray(frame.height, frame.width, CV_8UC1, const_cast<uint8_t *>(frame.gray->data()));
    for (const DecodeStage stage : m_impl->options.chain) {
        std::vector<Detection> found;
        try {
            bool candidate = false;
            found = m_impl->runStage(stage, gray, candidate);
        } catch (const cv::Exception &) {
            continue; // a failing transformation is a miss of that stage, never a crash of the thread
        }
        if (!found.empty()) {
            rankDetections(found, frame.width, frame.height);
            return found;
        }
        if (std::chrono::steady_clock::now() - start >= m_impl->options.budget)
            break;
    }
    return {};
}

std::vector<Detection> Decoder::decodeStage(const Frame &frame, size_t index, bool *candidate) const
{
    const auto &chain = m_impl->options.chain;
    if (frame.empty() || index >= chain.size())
        return {};
    const cv::Mat gray(frame.height, frame.width, CV_8UC1, const_cast<uint8_t *>(frame.gray->data()));
    bool located = false;
    std::vector<Detection> found;
    try {
        found = m_impl->runStage(chain[index], gray, located);
    } catch (const cv::Exception &) {
        return {}; // a failing transformation is a miss of that stage
    }
    if (candidate)
        *candidate = located;
    rankDetections(found, frame.width, frame.height);
    return found;
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
