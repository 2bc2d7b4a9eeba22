// FrameSource over cv::VideoCapture (and cv::imread for single images).
#pragma once

#include "scanner/framesource.h"

namespace checkin::scanner {

/// The real capture path: V4L2, FFMPEG files, image sequences, GStreamer, still images.
/// Owned and read by one capture thread.
class VideoCaptureSource : public FrameSource
{
public:
    static Result<std::unique_ptr<FrameSource>> open(const std::string &source, Options options);
    ~VideoCaptureSource() override;

    Result<Frame> read() override;
    bool isLive() const override;
    const std::string &source() const override;

private:
    struct Impl;
    explicit VideoCaptureSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner
