// A photo held up to the camera: brought in from the side with motion blur, then held with a hand's jitter.
#pragma once

#include "scanner/frame.h"

#include <cstdint>
#include <memory>

namespace checkin::scanner {

/// Renders, frame by frame, a 1280x720 (or other size) grayscale stream in which a photograph of a
/// code enters from the right over `bringIn` frames (fast, with horizontal motion blur that fades as
/// it slows down) and is then held still, with a hand's few pixels of jitter and a light blur in a
/// random direction. Frame 0 is the first with the photo (a quarter of it) in view. The photo is
/// fitted into 90 % of the frame. Deterministic in `seed`; any thread.
class HeldUpShot
{
public:
    struct Options
    {
        int width = 1280;
        int height = 720;
        int bringIn = 8;
        uint32_t seed = 1;
    };
    HeldUpShot(const Frame &photo, Options options);
    ~HeldUpShot();
    HeldUpShot(HeldUpShot &&) noexcept;
    HeldUpShot &operator=(HeldUpShot &&) noexcept;

    Frame frame(int index) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace checkin::scanner
