// AccessController: the accessibility requests of the person at the kiosk, and speaking.
#include "terminal/app/screens/accesscontroller.h"

#include "terminal/app/screens/languagecontroller.h"
#include "terminal/app/services/speechoutput.h"

#include <QCoreApplication>

namespace checkin::app {

AccessController::AccessController(SpeechOutput *speech, const LanguageController *language, QObject *parent)
    : QObject(parent)
    , m_output(speech)
    , m_language(language)
{ }

QString AccessController::guidance()
{
    //: Spoken when speech output is turned on: where the camera and the buttons are.
    return QCoreApplication::translate("AccessController",
        "Speech output is on. Hold the QR code of your booking in front of the camera above the screen. "
        "If you have no code, the wide button at the bottom of the screen helps you find your booking.");
}

void AccessController::setSpeech(bool on)
{
    if (on == m_speech)
        return;
    m_speech = on;
    emit changed();
    if (on)
        speak(guidance());
    else if (m_output)
        m_output->stop();
}

void AccessController::toggleSpeech()
{
    setSpeech(!m_speech);
}

void AccessController::toggleLargeText()
{
    m_largeText = !m_largeText;
    emit changed();
}

void AccessController::toggleHighContrast()
{
    m_highContrast = !m_highContrast;
    emit changed();
}

void AccessController::toggleReachLayout()
{
    m_reachLayout = !m_reachLayout;
    emit changed();
}

void AccessController::setHeadphonesPlugged(bool plugged)
{
    m_headphones = plugged;
    setSpeech(plugged);
}

void AccessController::speak(const QString &text)
{
    if (m_speech && m_output && !text.isEmpty())
        m_output->say(text, m_language ? m_language->language() : QStringLiteral("de"));
}

void AccessController::reset()
{
    const bool changedAny = m_largeText || m_highContrast || m_reachLayout || (m_speech && !m_headphones);
    m_largeText = m_highContrast = m_reachLayout = false;
    if (m_speech && !m_headphones) {
        m_speech = false;
        if (m_output)
            m_output->stop();
    }
    if (changedAny)
        emit changed();
}

} // namespace checkin::app
