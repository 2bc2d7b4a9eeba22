// Translations: every language has every string, none left unfinished or empty, each with a
// translator comment and the same placeholders; and the terms a native speaker would use.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
    QStringLiteral("tr"), QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("uk")};

struct Message
{
    QString translation;
    QString type; ///< "unfinished", "obsolete", "vanished" or empty
    QString comment;
};
using Catalogue = QMap<QString, Message>; ///< key: context + '\x1f' + source

Catalogue read(const QString &language)
{
    QFile file(
        QDir(QStringLiteral(CHECKIN_I18N_DIR)).filePath(QStringLiteral("checkin_%1.ts").arg(language)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QXmlStreamReader xml(&file);
    Catalogue out;
    QString context, source;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message"))
                message = {};
            else if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("extracomment"))
                message.comment = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                message.translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(context + QChar(0x1f) + source, message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << language.toStdString() << ": " << xml.errorString().toStdString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("%\\d"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

QString sourceOf(const QString &key)
{
    return key.section(QChar(0x1f), 1);
}

// Identical in the translation and correct so: words German shares with English, and patterns with
// no word in them ("%1 %2 · %3").
bool mayStayAsSource(const QString &language, const QString &source)
{
    static const QSet<QString> german{QStringLiteral("Check-in"), QStringLiteral("Kiosk %1"),
        QStringLiteral("Kiosk: %1"), QStringLiteral("online"), QStringLiteral("offline"),
        QStringLiteral("Version: %1")};
    static const QSet<QString> turkish{QStringLiteral("Kiosk %1"), QStringLiteral("Kiosk: %1")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    if (language == QStringLiteral("en") || !source.contains(word))
        return true;
    return (language == QStringLiteral("de") && german.contains(source))
        || (language == QStringLiteral("tr") && turkish.contains(source)) || source == QStringLiteral("OK")
        || source == QStringLiteral("PIN");
}

} // namespace

TEST(Translations, EveryLanguageHasEveryStringTranslatedWithATranslatorComment)
{
    QMap<QString, Catalogue> all;
    QSet<QString> keys;
    for (const QString &language : kLanguages) {
        all[language] = read(language);
        for (auto it = all[language].cbegin(); it != all[language].cend(); ++it)
            keys.insert(it.key());
    }
    ASSERT_GT(keys.size(), 100);
    for (const QString &key : keys) {
        for (const QString &language : kLanguages) {
            const auto it = all[language].constFind(key);
            const std::string where = language.toStdString() + ": " + sourceOf(key).toStdString();
            if (it == all[language].cend()) {
                ADD_FAILURE() << "missing in " << where;
                continue;
            }
            EXPECT_TRUE(it->type.isEmpty()) << it->type.toStdString() << " in " << where;
            EXPECT_FALSE(it->translation.trimmed().isEmpty()) << "empty in " << where;
            EXPECT_FALSE(it->comment.trimmed().isEmpty()) << "no translator comment for " << where;
            EXPECT_EQ(placeholders(it->translation), placeholders(sourceOf(key)))
                << "placeholders in " << where;
            if (!mayStayAsSource(language, sourceOf(key))) {
                EXPECT_NE(it->translation, sourceOf(key)) << "left in English in " << where;
            }
        }
    }
}

TEST(Translations, UseTheTermsANativeSpeakerWouldUse)
{
    auto all = [](const QString &language) {
        QStringList out;
        for (const Message &m : read(language))
            out << m.translation;
        return out.join(QChar(u'\n'));
    };
    const QString de = all(QStringLiteral("de")), fr = all(QStringLiteral("fr")),
                  tr = all(QStringLiteral("tr")), ar = all(QStringLiteral("ar")),
                  ru = all(QStringLiteral("ru")), uk = all(QStringLiteral("uk"));
    EXPECT_TRUE(de.contains(QStringLiteral("Sind Sie das?")));
    EXPECT_FALSE(de.contains(QStringLiteral("Sind das Sie?")));
    // Check in is arriving, not logging in or saving.
    EXPECT_FALSE(tr.contains(QStringLiteral("Giriş yap"), Qt::CaseInsensitive));
    EXPECT_FALSE(ar.contains(QStringLiteral("تسجيل الدخول")));
    EXPECT_FALSE(fr.contains(
        QRegularExpression(QStringLiteral("^Enregistrer$"), QRegularExpression::MultilineOption)));
    EXPECT_FALSE(fr.contains(QStringLiteral("Espace personnel")));
    // One name for the desk in every language.
    EXPECT_FALSE(de.contains(QStringLiteral("Information")));
    EXPECT_FALSE(
        fr.contains(QRegularExpression(QStringLiteral("\\baccueil\\b")))); // "accueilli" is "admitted"
    EXPECT_FALSE(tr.contains(QStringLiteral("danışma masa")));
    EXPECT_FALSE(ar.contains(QStringLiteral("الاستعلامات")));
    EXPECT_FALSE(ar.contains(QRegularExpression(QStringLiteral("المكتب(?! الاستقبال)"))));
    EXPECT_FALSE(ru.contains(QStringLiteral("справочн")));
    EXPECT_FALSE(uk.contains(QStringLiteral("довідков")));
    // No promise of a slip on screen: "Wartenummer ziehen" is gone; paper only in the print texts.
    EXPECT_FALSE(de.contains(QStringLiteral("Wartenummer ziehen")));
}
