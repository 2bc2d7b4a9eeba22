// TextToSpeech: picks the voice of the kiosk language and speaks through QTextToSpeech.
#include "terminal/app/services/texttospeech.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>

namespace checkin::app {

TextToSpeech::TextToSpeech(const QString &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{ }

TextToSpeech::~TextToSpeech() = default;

bool TextToSpeech::available()
{
    if (!m_tried) {
        m_tried = true;
        if (QTextToSpeech::availableEngines().contains(m_engine)) {
            m_tts = std::make_unique<QTextToSpeech>(m_engine);
            connect(m_tts.get(), &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
                if (state == QTextToSpeech::Speaking) {
                    ++m_started;
                    emit speakingStarted();
                }
            });
        }
    }
    return m_tts && m_tts->state() != QTextToSpeech::Error;
}

void TextToSpeech::say(const QString &text, const QString &language)
{
    if (!available())
        return;
    const QLocale locale(language);
    if (m_tts->locale().language() != locale.language()) {
        m_tts->setLocale(locale);
        // A locale without a voice of its own keeps the engine's default voice rather than silence.
        const auto voices = m_tts->availableVoices();
        if (!voices.isEmpty())
            m_tts->setVoice(voices.constFirst());
    }
    m_tts->stop();
    m_tts->say(text);
}

void TextToSpeech::stop()
{
    if (m_tts && m_tts->state() != QTextToSpeech::Error)
        m_tts->stop();
}

} // namespace checkin::app
