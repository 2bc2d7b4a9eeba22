// Speech output: every verdict is spoken as shown, in each of the seven languages; the headphone
// jack turns speech on and off; a real local engine speaks when one is installed.
#include "terminal/app/screens/accesscontroller.h"
#include "terminal/app/services/headphonejack.h"
#include "terminal/app/services/texttospeech.h"
#include "tests/support/tempdir.h"
#include "tests/ui/kioskfixture.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/input.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(CheckinPlugin)

using namespace checkin;
using uitest::KioskUi;

namespace {

std::vector<core::Reason> allReasons()
{
    std::vector<core::Reason> out;
    for (int i = 0; i < 100; ++i)
        if (std::string(core::reasonKey(static_cast<core::Reason>(i))) != "unknown")
            out.push_back(static_cast<core::Reason>(i));
    return out;
}

} // namespace

TEST(SpeechOutput, SpeaksEveryVerdictAsShownInEachLanguage)
{
    KioskUi ui(core::KioskMode::SelfService);
    ASSERT_NE(ui.window, nullptr);
    ui.kiosk->showScanScreen();
    ui.kiosk->showVerdict(uitest::verdictFor(core::Reason::Admitted));
    EXPECT_TRUE(ui.speech.said.empty()) << "silent until someone asks for speech";
    ui.kiosk->dismissVerdict();
    ui.access->toggleSpeech();
    ASSERT_EQ(ui.speech.said.size(), 1u) << "turning speech on says where things are";
    EXPECT_EQ(ui.speech.said.back().text, app::AccessController::guidance());

    std::map<core::Reason, QString> english;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
             QStringLiteral("tr"), QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("uk")}) {
        ui.language->setLanguage(language);
        ui.access->toggleSpeech();
        ui.access->toggleSpeech();
        static QString englishGuidance;
        if (language == QStringLiteral("en")) {
            englishGuidance = ui.speech.said.back().text;
        } else {
            EXPECT_NE(ui.speech.said.back().text, englishGuidance)
                << "guidance in " << language.toStdString();
        }
        for (core::Reason reason : allReasons()) {
            const size_t before = ui.speech.said.size();
            ui.kiosk->showVerdict(uitest::verdictFor(reason));
            ASSERT_EQ(ui.speech.said.size(), before + 1) << core::reasonKey(reason);
            const auto &said = ui.speech.said.back();
            EXPECT_EQ(said.language, language);
            // What is spoken is what the screen shows: the title, then the next step.
            EXPECT_EQ(
                said.text, ui.textOf("verdictTitle") + QStringLiteral(". ") + ui.textOf("verdictDetail"))
                << core::reasonKey(reason) << " " << language.toStdString();
            EXPECT_FALSE(ui.textOf("verdictDetail").isEmpty()) << core::reasonKey(reason);
            if (language == QStringLiteral("en")) {
                english[reason] = said.text;
            } else {
                EXPECT_NE(said.text, english[reason])
                    << core::reasonKey(reason) << " untranslated in " << language.toStdString();
            }
            if (reason == core::Reason::Admitted) {
                EXPECT_TRUE(said.text.contains(QStringLiteral("10:30"))) << said.text.toStdString();
            }
            ui.kiosk->dismissVerdict();
        }
    }
}

TEST(SpeechOutput, EndsWithTheIdleResetUnlessHeadphonesArePlugged)
{
    KioskUi ui(core::KioskMode::SelfService);
    ui.kiosk->showScanScreen();
    ui.access->toggleSpeech();
    ui.access->toggleLargeText();
    ui.kiosk->idleTimeout();
    EXPECT_FALSE(ui.access->speech());
    EXPECT_FALSE(ui.access->largeText());
    EXPECT_EQ(ui.speech.stops, 1);
    ui.access->setHeadphonesPlugged(true);
    ui.kiosk->idleTimeout();
    EXPECT_TRUE(ui.access->speech()) << "the person with headphones is still there";
    ui.access->setHeadphonesPlugged(false);
    EXPECT_FALSE(ui.access->speech());
}

TEST(HeadphoneJack, PlugAndUnplugEventsTurnSpeechOnAndOff)
{
    checkin::testing::TempDir dir;
    const std::string fifo = dir.file("jack");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    app::HeadphoneJack jack(QString::fromStdString(fifo)); // opens without blocking (O_NONBLOCK)
    ASSERT_TRUE(jack.isOpen()) << jack.problem().toStdString();
    const int writer = ::open(fifo.c_str(), O_WRONLY);
    ASSERT_GE(writer, 0);
    app::AccessController access(nullptr, nullptr);
    QObject::connect(
        &jack, &app::HeadphoneJack::pluggedChanged, &access, &app::AccessController::setHeadphonesPlugged);
    QSignalSpy plugged(&jack, &app::HeadphoneJack::pluggedChanged);
    auto send = [writer](int type, int code, int value) {
        input_event e{};
        e.type = static_cast<__u16>(type);
        e.code = static_cast<__u16>(code);
        e.value = value;
        ASSERT_EQ(::write(writer, &e, sizeof e), static_cast<ssize_t>(sizeof e));
    };
    send(EV_SW, SW_MICROPHONE_INSERT, 1); // not the headphones
    send(EV_SW, SW_HEADPHONE_INSERT, 1);
    send(EV_SYN, SYN_REPORT, 0);
    ASSERT_TRUE(plugged.wait(5000));
    EXPECT_EQ(plugged.count(), 1);
    EXPECT_TRUE(access.speech());
    send(EV_SW, SW_HEADPHONE_INSERT, 0);
    send(EV_SYN, SYN_REPORT, 0);
    ASSERT_TRUE(plugged.wait(5000));
    EXPECT_FALSE(access.speech());
    ::close(writer);
}

TEST(HeadphoneJack, AMissingDeviceIsReportedNotFatal)
{
    app::HeadphoneJack jack(QStringLiteral("/dev/input/no-such-jack"));
    EXPECT_FALSE(jack.isOpen());
    EXPECT_TRUE(jack.problem().contains(QStringLiteral("no-such-jack")));
}

// The kiosk's engine: speech-dispatcher with espeak-ng (kiosk-image/packages/runtime.txt, installed
// by scripts/setup): a machine without it fails here rather than skipping.
TEST(TextToSpeech, TheLocalEngineSpeaksAVerdict)
{
    // A speech-dispatcher of this test's own on a private socket: a daemon left by someone else
    // (a shared ~/.cache/speech-dispatcher socket on a shared machine) is not ours to depend on.
    checkin::testing::TempDir dir;
    const QString socket = QString::fromStdString(dir.file("speechd.sock"));
    QProcess daemon;
    daemon.setProcessChannelMode(QProcess::MergedChannels);
    daemon.start(QStringLiteral("speech-dispatcher"),
        {QStringLiteral("--run-single"), QStringLiteral("--communication-method"),
            QStringLiteral("unix_socket"), QStringLiteral("--socket-path"), socket,
            QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--pid-file"),
            QString::fromStdString(dir.file("speechd.pid")), QStringLiteral("--log-dir"),
            QString::fromStdString(dir.path().string())});
    ASSERT_TRUE(daemon.waitForStarted(10000)) << "speech-dispatcher is not installed";
    for (int i = 0; i < 100 && !QFileInfo::exists(socket) && daemon.state() == QProcess::Running; ++i)
        daemon.waitForFinished(100); // returns early only if it died
    ASSERT_TRUE(QFileInfo::exists(socket)) << daemon.readAll().toStdString();
    qputenv("SPEECHD_ADDRESS", ("unix_socket:" + socket).toUtf8());
    {
        app::TextToSpeech tts;
        ASSERT_TRUE(tts.available()) << "no speech engine (qt6-speech-speechd-plugin, speech-dispatcher, "
                                        "speech-dispatcher-espeak-ng, espeak-ng)";
        QSignalSpy started(&tts, &app::TextToSpeech::speakingStarted);
        tts.say(QStringLiteral("Willkommen, bitte gehen Sie weiter."), QStringLiteral("de"));
        EXPECT_TRUE(started.wait(20000)) << "the engine never started speaking";
        EXPECT_EQ(tts.started(), 1);
    }
    qunsetenv("SPEECHD_ADDRESS");
    daemon.terminate();
    daemon.waitForFinished(5000);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
