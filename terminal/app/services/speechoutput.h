// SpeechOutput: what the accessibility controller speaks through (Qt TextToSpeech in the kiosk).
#pragma once

#include <QString>

namespace checkin::app {

/// GUI thread. say() interrupts what is being said: the newest screen wins.
class SpeechOutput
{
public:
    virtual ~SpeechOutput() = default;
    /// language: one of the kiosk's codes ("de", "ar", ...).
    virtual void say(const QString &text, const QString &language) = 0;
    virtual void stop() = 0;
};

} // namespace checkin::app
