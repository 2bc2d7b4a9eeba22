// HeldUpShot: OpenCV compositing of a photo over a rendered hallway, with motion blur.
#include "scanner/scenes/heldupshot.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <random>

namespace checkin::scanner {

struct HeldUpShot::Impl
{
    Options options;
    cv::Mat background;
    cv::Mat photo; ///< fitted into the frame
};

namespace {

cv::Mat hallway(int width, int height, std::mt19937 &rng)
{
    std::uniform_int_distribution<int> tone(60, 200), px(0, width), py(0, height);
    cv::Mat bg(height, width, CV_8UC1);
    const int top = tone(rng), bottom = tone(rng) / 2;
    for (int y = 0; y < height; ++y)
        bg.row(y).setTo(cv::Scalar(top + (bottom - top) * static_cast<double>(y) / height));
    for (int i = 0; i < 6; ++i)
        cv::rectangle(
            bg, cv::Point(px(rng), py(rng)), cv::Point(px(rng), py(rng)), cv::Scalar(tone(rng)), cv::FILLED);
    cv::GaussianBlur(bg, bg, cv::Size(0, 0), 5);
    return bg;
}

/// A line kernel `length` pixels long at `angle` radians: the blur of a straight motion.
cv::Mat motionKernel(double length, double angle)
{
    const int size = std::max(3, static_cast<int>(std::ceil(length)) | 1);
    cv::Mat kernel = cv::Mat::zeros(size, size, CV_32F);
    const cv::Point2d c(size / 2.0, size / 2.0);
    const cv::Point2d d(std::cos(angle) * length / 2, std::sin(angle) * length / 2);
    cv::line(kernel, c - d, c + d, cv::Scalar(1.0), 1, cv::LINE_AA);
    return kernel / std::max(1e-6, cv::sum(kernel)[0]);
}

} // namespace

HeldUpShot::HeldUpShot(const Frame &photo, Options options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->options = options;
    std::mt19937 rng(options.seed);
    m_impl->background = hallway(options.width, options.height, rng);
    if (photo.empty())
        return;
    const cv::Mat source(photo.height, photo.width, CV_8UC1, const_cast<uint8_t *>(photo.gray->data()));
    const double scale = std::min(0.9 * options.height / photo.height, 0.9 * options.width / photo.width);
    cv::resize(source, m_impl->photo, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
}

HeldUpShot::~HeldUpShot() = default;
HeldUpShot::HeldUpShot(HeldUpShot &&) noexcept = default;
HeldUpShot &HeldUpShot::operator=(HeldUpShot &&) noexcept = default;

Frame HeldUpShot::frame(int index) const
{
    const Options &o = m_impl->options;
    cv::Mat out = m_impl->background.clone();
    const cv::Mat &photo = m_impl->photo;
    if (!photo.empty()) {
        std::mt19937 rng(o.seed * 7919U + static_cast<uint32_t>(index));
        std::uniform_real_distribution<double> jitter(-3, 3), angle(0, M_PI), light(1.5, 4);
        const double restX = (o.width - photo.cols) / 2.0, restY = (o.height - photo.rows) / 2.0;
        const double startX = o.width - photo.cols / 4.0;
        double x = restX + jitter(rng), y = restY + jitter(rng), blur = light(rng), direction = angle(rng);
        if (index < o.bringIn) {
            // Eases in: fast at first, slowing to rest; the blur is the distance moved in a frame.
            const double t0 = static_cast<double>(index) / o.bringIn, t1 = (index + 1.0) / o.bringIn;
            auto at = [&](double t) { return startX + (restX - startX) * (1 - (1 - t) * (1 - t)); };
            x = at(t0);
            blur = std::max(blur, std::abs(at(t1) - at(t0)) * 0.5);
            direction = 0;
        }
        cv::Mat moved;
        cv::filter2D(
            photo, moved, -1, motionKernel(blur, direction), cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
        const cv::Rect at(
            static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y)), moved.cols, moved.rows);
        const cv::Rect visible = at & cv::Rect(0, 0, o.width, o.height);
        if (visible.width > 0 && visible.height > 0)
            moved(cv::Rect(visible.x - at.x, visible.y - at.y, visible.width, visible.height))
                .copyTo(out(visible));
        cv::Mat noise(out.size(), CV_16S);
        cv::randn(noise, 0, 3);
        cv::Mat noisy;
        out.convertTo(noisy, CV_16S);
        noisy += noise;
        noisy.convertTo(out, CV_8U);
    }
    Frame frame;
    frame.width = out.cols;
    frame.height = out.rows;
    frame.gray = std::make_shared<const std::vector<uint8_t>>(out.data, out.data + out.total());
    frame.index = index;
    return frame;
}

} // namespace checkin::scanner
