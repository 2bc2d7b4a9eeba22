// LanguageController: which of the kiosk's languages the screens speak, and when it changes back.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QVariantList>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread. Installs the translator of the chosen language; the composition
/// root connects languageChanged to the QML engine's retranslate(). Rules:
///  1. Only the seven shipped languages are accepted; anything else keeps the current one.
///  2. The idle reset returns to the default language (the config's, German unless set).
///  3. A verdict for a booking in another language shows in it, and the language the person
///     chose (or the default) comes back when the verdict closes.
class LanguageController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    explicit LanguageController(const QString &defaultLanguage, QObject *parent = nullptr);
    ~LanguageController() override;

    QString language() const { return m_language; }
    bool rightToLeft() const;
    /// [{code, name}] in the order of the language buttons; names in their own language.
    QVariantList languages() const;
    static QStringList codes();

    /// Wraps text (a name) in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068/U+2069),
    /// so that a Latin name inside an Arabic sentence keeps its order and its punctuation place.
    Q_INVOKABLE static QString isolate(const QString &text);
    /// In a right-to-left language, text that begins with an isolated Latin name would still be laid
    /// out left to right (Qt takes the paragraph direction from the first strong letter, isolates
    /// or not): a RIGHT-TO-LEFT MARK in front fixes the paragraph's direction.
    Q_INVOKABLE QString inReadingDirection(const QString &text) const;

    /// Chosen by the person on the idle screen.
    Q_INVOKABLE void setLanguage(const QString &code);

public slots:
    void resetToDefault();
    void showVerdictIn(const QString &code);
    void endVerdict();

signals:
    void languageChanged();

private:
    bool apply(const QString &code);
    QString m_default;
    QString m_language;
    QString m_chosen; ///< the language to return to after a verdict in the booking's language
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace checkin::app
