// Handheld USB scanners that type the code as keystrokes ("keyboard wedge"): tells them from people.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace checkin::scanner {

/// Fed with every typed character and the time it was typed; returns the code when a scanner's
/// burst ends in its terminator. Plain C++ with the timestamps passed in, so tests script them;
/// the kiosk's ScannerService feeds it from key events on the GUI thread.
///
/// A scanner types a whole code within a few milliseconds per key and ends it with Enter (or Tab);
/// a person needs 80 ms or more between keys. So a burst is a run of characters with gaps of at
/// most `maxGap`, at least `minLength` long, ended by a terminator within `maxGap` of its last
/// character. Anything slower is a person typing and is never reported (the focused field gets it).
class KeyboardWedge
{
public:
    using Clock = std::chrono::steady_clock;
    struct Options
    {
        std::chrono::milliseconds maxGap{40};
        size_t minLength = 4; ///< in characters; shorter bursts are a person's quick double key
        size_t maxLength = 4096; ///< longer input is dropped (a stuck key, a runaway scanner)
    };
    KeyboardWedge();
    explicit KeyboardWedge(Options options);

    /// One key's text (UTF-8; "\r", "\n" and "\t" terminate) typed at `at`.
    std::optional<std::string> feed(const std::string &text, Clock::time_point at);
    /// True once the keys so far are too fast for a person (three or more within `maxGap` of each
    /// other) and the last came within `maxGap` of `now`. The first two keys of a burst cannot be
    /// told from a person's, so a field that received them should drop them when a scan arrives.
    bool inBurst(Clock::time_point now) const;
    void reset();

private:
    Options m_options;
    std::string m_buffer;
    size_t m_characters = 0;
    bool m_overflow = false; ///< drop everything up to the next terminator
    Clock::time_point m_last{};
};

} // namespace checkin::scanner
