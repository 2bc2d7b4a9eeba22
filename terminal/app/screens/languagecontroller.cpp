// LanguageController: loads the compiled translations (":/i18n/checkin_<code>.qm").
#include "terminal/app/screens/languagecontroller.h"

#include <QCoreApplication>
#include <QLocale>

namespace checkin::app {

namespace {
struct Language
{
    const char *code;
    const char *name; // in its own language: a person looks for their language, not ours
};
constexpr Language kLanguages[] = {
    {"de", "Deutsch"},
    {"en", "English"},
    {"fr", "Français"},
    {"tr", "Türkçe"},
    {"ar", "العربية"},
    {"ru", "Русский"},
    {"uk", "Українська"},
};
} // namespace

LanguageController::LanguageController(const QString &defaultLanguage, QObject *parent)
    : QObject(parent)
    , m_default(codes().contains(defaultLanguage) ? defaultLanguage : QStringLiteral("de"))
{
    apply(m_default);
    m_chosen = m_default;
}

LanguageController::~LanguageController()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList LanguageController::codes()
{
    QStringList out;
    for (const auto &l : kLanguages)
        out << QString::fromLatin1(l.code);
    return out;
}

QVariantList LanguageController::languages() const
{
    QVariantList out;
    for (const auto &l : kLanguages)
        out << QVariantMap{{QStringLiteral("code"), QString::fromLatin1(l.code)},
            {QStringLiteral("name"), QString::fromUtf8(l.name)}};
    return out;
}

bool LanguageController::rightToLeft() const
{
    return m_language == QStringLiteral("ar");
}

bool LanguageController::apply(const QString &code)
{
    if (!codes().contains(code)) // rule 1
        return false;
    if (code == m_language)
        return true;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // A missing catalogue shows the English source strings rather than leaving a stale language.
    if (m_translator->load(QStringLiteral(":/i18n/checkin_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_translator.get());
    else
        qWarning("checkin: no translations for %s", qPrintable(code));
    m_language = code;
    QLocale::setDefault(QLocale(code));
    emit languageChanged();
    return true;
}

void LanguageController::setLanguage(const QString &code)
{
    if (apply(code))
        m_chosen = code;
}

void LanguageController::resetToDefault()
{
    m_chosen = m_default; // rule 2
    apply(m_default);
}

void LanguageController::showVerdictIn(const QString &code)
{
    apply(code); // rule 3: m_chosen stays
}

void LanguageController::endVerdict()
{
    apply(m_chosen);
}

QString LanguageController::inReadingDirection(const QString &text) const
{
    return rightToLeft() && !text.isEmpty() ? QChar(0x200F) + text : text;
}

QString LanguageController::isolate(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace checkin::app
