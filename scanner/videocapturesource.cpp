// VideoCaptureSource: the OpenCV capture path.
#include "scanner/videocapturesource.h"

#include <cctype>
#include <filesystem>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <thread>

namespace checkin::scanner {

struct VideoCaptureSource::Impl
{
    std::string source;
    Options options;
    cv::VideoCapture capture;
    cv::Mat still; ///< a single image source
    bool stillDone = false;
    bool live = false;
    int64_t index = 0;
    std::chrono::steady_clock::time_point nextDue{};
};

namespace {

bool isDigits(const std::string &s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool isImageFile(const std::string &s)
{
    std::string ext = std::filesystem::path(s).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".pgm"
        || ext == ".webp";
}

Frame toFrame(const cv::Mat &image, int64_t index)
{
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = image;
    if (!gray.isContinuous())
        gray = gray.clone();
    Frame frame;
    frame.width = gray.cols;
    frame.height = gray.rows;
    frame.gray = std::make_shared<const std::vector<uint8_t>>(gray.data, gray.data + gray.total());
    frame.captured = std::chrono::steady_clock::now();
    frame.index = index;
    return frame;
}

} // namespace

VideoCaptureSource::VideoCaptureSource(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{ }
VideoCaptureSource::~VideoCaptureSource() = default;

Result<std::unique_ptr<FrameSource>> FrameSource::open(const std::string &source, Options options)
{
    return VideoCaptureSource::open(source, options);
}

Result<std::unique_ptr<FrameSource>> VideoCaptureSource::open(const std::string &source, Options options)
{
    auto impl = std::make_unique<Impl>();
    impl->source = source;
    impl->options = options;
    try {
        if (source.rfind("gst:", 0) == 0) {
            impl->live = true;
            impl->capture.open(source.substr(4), cv::CAP_GSTREAMER);
        } else if (isDigits(source) || source.rfind("/dev/video", 0) == 0) {
            impl->live = true;
            if (isDigits(source))
                impl->capture.open(std::stoi(source), cv::CAP_V4L2);
            else
                impl->capture.open(source, cv::CAP_V4L2);
            if (impl->capture.isOpened()) {
                impl->capture.set(cv::CAP_PROP_FRAME_WIDTH, options.width);
                impl->capture.set(cv::CAP_PROP_FRAME_HEIGHT, options.height);
                impl->capture.set(cv::CAP_PROP_FPS, options.fps);
            }
        } else if (source.find('%') != std::string::npos) {
            impl->capture.open(source, cv::CAP_IMAGES);
        } else {
            if (!std::filesystem::exists(source))
                return tl::unexpected(ScannerError{ScannerErrorKind::NotFound, "no such file: " + source});
            if (isImageFile(source)) {
                impl->still = cv::imread(source, cv::IMREAD_COLOR);
                if (impl->still.empty())
                    return tl::unexpected(
                        ScannerError{ScannerErrorKind::Unreadable, "cannot read image: " + source});
                return std::unique_ptr<FrameSource>(new VideoCaptureSource(std::move(impl)));
            }
            impl->capture.open(source, cv::CAP_FFMPEG);
        }
    } catch (const cv::Exception &e) {
        return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, source + ": " + e.what()});
    }
    if (!impl->capture.isOpened())
        return tl::unexpected(
            ScannerError{ScannerErrorKind::Unreadable, "cannot open video source: " + source});
    return std::unique_ptr<FrameSource>(new VideoCaptureSource(std::move(impl)));
}

Result<Frame> VideoCaptureSource::read()
{
    Impl &d = *m_impl;
    if (!d.still.empty()) {
        if (d.stillDone)
            return Frame{};
        d.stillDone = true;
        return toFrame(d.still, d.index++);
    }
    if (d.options.paced && !d.live) {
        const auto period = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
            std::chrono::duration<double>(1.0 / d.options.fps));
        const auto now = std::chrono::steady_clock::now();
        if (d.nextDue > now)
            std::this_thread::sleep_until(d.nextDue);
        d.nextDue = std::max(now, d.nextDue) + period;
    }
    cv::Mat image;
    try {
        if (!d.capture.read(image) || image.empty()) {
            if (d.live)
                return tl::unexpected(
                    ScannerError{ScannerErrorKind::Unreadable, "camera delivered no frame"});
            return Frame{};
        }
    } catch (const cv::Exception &e) {
        return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, e.what()});
    }
    return toFrame(image, d.index++);
}

bool VideoCaptureSource::isLive() const
{
    return m_impl->live;
}
const std::string &VideoCaptureSource::source() const
{
    return m_impl->source;
}

} // namespace checkin::scanner
