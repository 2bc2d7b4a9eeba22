// One camera, video file or image sequence behind a single source string.
#pragma once

#include "scanner/frame.h"

#include <memory>
#include <string>

namespace checkin::scanner {

/// Opens and reads one source: "/dev/video0" or "0" (V4L2 camera), a video file, an image file,
/// a printf-style image sequence ("shots/img_%03d.png"), or a GStreamer pipeline ("gst:...").
/// Blocking; owned by the scanner thread (or a CLI).
class FrameSource
{
public:
    struct Options
    {
        int width = 1280;
        int height = 720;
        double fps = 30;
        bool paced = false; ///< play files at `fps` like a camera instead of as fast as possible
    };

    static Result<std::unique_ptr<FrameSource>> open(const std::string &source, Options options);
    ~FrameSource();

    /// The next frame, or an empty frame at the end of a file. Errors mean the source is gone.
    Result<Frame> read();
    bool isLive() const;
    const std::string &source() const;

private:
    struct Impl;
    explicit FrameSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner
