// The frame source interface: one camera, video file or image sequence behind a source string.
#pragma once

#include "scanner/frame.h"

#include <memory>
#include <string>

namespace checkin::scanner {

/// Where frames come from. read() may block for as long as the device likes (a V4L2 read after an
/// unplug can hang for good): the ScanWorker calls it on a capture thread of its own and never
/// waits for it. Tests inject their own sources (one that hangs inside read() for real).
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

    /// Opens "/dev/video0" or "0" (V4L2 camera), a video file, an image file, a printf-style image
    /// sequence ("shots/img_%03d.png"), or a GStreamer pipeline ("gst:...") through OpenCV.
    static Result<std::unique_ptr<FrameSource>> open(const std::string &source, Options options);
    virtual ~FrameSource() = default;

    /// The next frame, timestamped at capture; an empty frame at the end of a file. An error means
    /// the source is gone.
    virtual Result<Frame> read() = 0;
    /// A camera (frames that stop changing mean trouble) rather than a file.
    virtual bool isLive() const = 0;
    virtual const std::string &source() const = 0;
};

} // namespace checkin::scanner
