// TextToSpeech: speech output through Qt TextToSpeech and the local engine (speech-dispatcher).
#pragma once

#include "terminal/app/services/speechoutput.h"

#include <QObject>
#include <memory>

class QTextToSpeech;

namespace checkin::app {

/// Lives on the GUI thread; the engine speaks asynchronously (speech-dispatcher runs its own
/// process), so nothing blocks here. Engine "speechd" with espeak-ng speaks all seven kiosk
/// languages offline. The engine starts only when something is first said (most people never ask
/// for speech); with no engine installed, available() is false and say() does nothing.
class TextToSpeech : public QObject, public SpeechOutput
{
    Q_OBJECT
public:
    explicit TextToSpeech(const QString &engine = QStringLiteral("speechd"), QObject *parent = nullptr);
    ~TextToSpeech() override;

    /// Starts the engine if it is not running yet; false when there is none.
    bool available();
    /// How many utterances the engine has started speaking.
    int started() const { return m_started; }
    void say(const QString &text, const QString &language) override;
    void stop() override;

signals:
    /// The engine began to speak an utterance.
    void speakingStarted();

private:
    QString m_engine;
    bool m_tried = false;
    std::unique_ptr<QTextToSpeech> m_tts;
    int m_started = 0;
};

} // namespace checkin::app
