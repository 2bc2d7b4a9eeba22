// AccessController: speech output, larger text, higher contrast and the reach layout on request.
#pragma once

#include <QObject>
#include <QString>

namespace checkin::app {

class LanguageController;
class SpeechOutput;

/// Lives on the GUI thread. What a person who cannot see or reach the screen well asked for;
/// QML binds the theme and the layouts to it. Rules:
///  1. Speech starts by the on-screen button or when headphones are plugged in, and stops by the
///     button or when they are pulled out. While it is on, every verdict and every guidance text
///     is spoken in the screen's language.
///  2. Turning speech on says where things are, so the next step needs no sight.
///  3. The idle reset ends every request (the next person starts plain), except speech while
///     headphones are still plugged in.
class AccessController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool speech READ speech NOTIFY changed)
    Q_PROPERTY(bool largeText READ largeText NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY changed)
    Q_PROPERTY(bool reachLayout READ reachLayout NOTIFY changed)

public:
    /// speech may be null (no engine): the speech button then does nothing but say so on screen.
    AccessController(SpeechOutput *speech, const LanguageController *language, QObject *parent = nullptr);

    bool speech() const { return m_speech; }
    bool largeText() const { return m_largeText; }
    bool highContrast() const { return m_highContrast; }
    bool reachLayout() const { return m_reachLayout; }

    Q_INVOKABLE void toggleSpeech();
    Q_INVOKABLE void toggleLargeText();
    Q_INVOKABLE void toggleHighContrast();
    Q_INVOKABLE void toggleReachLayout();
    /// What speech says when it is turned on (rule 2), in the current language.
    static QString guidance();

public slots:
    void setHeadphonesPlugged(bool plugged);
    /// Speaks text when speech is on (a verdict's utterance, a screen's guidance).
    void speak(const QString &text);
    void reset();

signals:
    void changed();

private:
    void setSpeech(bool on);
    SpeechOutput *m_output;
    const LanguageController *m_language;
    bool m_speech = false;
    bool m_headphones = false;
    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_reachLayout = false;
};

} // namespace checkin::app
