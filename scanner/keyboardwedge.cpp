// KeyboardWedge: burst detection on key timestamps.
#include "scanner/keyboardwedge.h"

namespace checkin::scanner {

KeyboardWedge::KeyboardWedge()
    : KeyboardWedge(Options{})
{ }

KeyboardWedge::KeyboardWedge(Options options)
    : m_options(options)
{ }

std::optional<std::string> KeyboardWedge::feed(const std::string &text, Clock::time_point at)
{
    if (text.empty())
        return std::nullopt; // a modifier key (Shift for capitals) carries no text
    const bool fast = m_characters > 0 && at - m_last <= m_options.maxGap;
    if (text == "\r" || text == "\n" || text == "\t") {
        std::optional<std::string> code;
        if (fast && !m_overflow && m_characters >= m_options.minLength)
            code = std::move(m_buffer);
        reset();
        m_overflow = false;
        return code;
    }
    if (static_cast<unsigned char>(text[0]) < 0x20 || text[0] == 0x7f) {
        reset(); // Escape, Backspace: a person editing
        return std::nullopt;
    }
    if (m_overflow) {
        if (at - m_last <= m_options.maxGap) {
            m_last = at;
            return std::nullopt; // still the runaway burst
        }
        m_overflow = false;
    }
    if (!fast) {
        m_buffer.clear(); // too slow to belong to the burst before: a new one may start here
        m_characters = 0;
    }
    m_buffer += text;
    ++m_characters;
    m_last = at;
    if (m_characters > m_options.maxLength) {
        m_buffer.clear();
        m_characters = 0;
        m_overflow = true;
    }
    return std::nullopt;
}

bool KeyboardWedge::inBurst(Clock::time_point now) const
{
    return m_characters >= 3 && now - m_last <= m_options.maxGap;
}

void KeyboardWedge::reset()
{
    m_buffer.clear();
    m_characters = 0;
    m_last = {};
}

} // namespace checkin::scanner
