// UI smoke test: the real QML screens rendered offscreen, driven through the real controllers.
#include "tests/ui/kioskfixture.h"

#include <QGuiApplication>
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace checkin;
using uitest::KioskUi;
using uitest::verdictFor;

namespace {

/// Share of the rendered window (sampled every 8 px) that is exactly the given colour.
double shareOfColour(KioskUi &ui, const QColor &colour)
{
    const QImage image = ui.render();
    int hits = 0, total = 0;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8, ++total)
            hits += image.pixelColor(x, y) == colour ? 1 : 0;
    return total ? static_cast<double>(hits) / total : 0;
}

} // namespace

TEST(KioskScreens, ShowsTheScanInstructionInGermanFirst)
{
    KioskUi ui(core::KioskMode::Staff);
    ASSERT_NE(ui.window, nullptr);
    ui.kiosk->showScanScreen();
    EXPECT_EQ(ui.textOf("scanInstruction"),
        QStringLiteral("Bitte halten Sie den QR-Code Ihrer Buchung vor die Kamera"));
}

TEST(KioskScreens, ShowsPassWithTheSlotAndTheNameForStaff)
{
    KioskUi ui(core::KioskMode::Staff);
    ui.language->setLanguage(QStringLiteral("en"));
    ui.kiosk->showScanScreen();
    ui.kiosk->showVerdict(verdictFor(core::Reason::Admitted));
    EXPECT_EQ(ui.textOf("verdictIcon"), QStringLiteral("✔"));
    EXPECT_FALSE(ui.textOf("verdictTitle").isEmpty());
    // The staff verdict shows the booked slot and the date of birth to compare with the ID card.
    EXPECT_TRUE(ui.textOf("verdictBooking").contains(QStringLiteral("10:30")))
        << ui.textOf("verdictBooking").toStdString();
    EXPECT_EQ(ui.textOf("verdictInitials"), QStringLiteral("Anna Müller"));
    EXPECT_GT(shareOfColour(ui, QColor(0x0c, 0x8e, 0x3d)), 0.5);
}

TEST(KioskScreens, ShowsANameFullOfMarkupLiterallyAndFetchesNothing)
{
    // A listener on loopback that an <img> in a name rendered as rich text would reach.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(listener, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    ASSERT_EQ(::listen(listener, 4), 0);
    socklen_t len = sizeof addr;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len);
    const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port)) + "/x.png";

    KioskUi ui(core::KioskMode::Staff);
    ui.kiosk->showScanScreen();
    auto verdict = verdictFor(core::Reason::Cancelled);
    verdict.appointment->givenName = "<img src=\"" + url + "\"><font color=green size=7>ADMITTED</font>";
    verdict.appointment->familyName = "<b>M\u00fcller</b>";
    ui.kiosk->showVerdict(verdict);
    for (int i = 0; i < 10; ++i)
        ui.render();
    const QString shown = ui.textOf("verdictInitials");
    EXPECT_TRUE(shown.contains(QStringLiteral("<font color=green size=7>ADMITTED</font>")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("<b>M\u00fcller</b>"))) << shown.toStdString();
    auto *item = ui.item("verdictInitials");
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->property("textFormat").toInt(), 0) << "Text.PlainText";
    EXPECT_LT(::accept(listener, nullptr, nullptr), 0) << "a request left the kiosk for a name's image";
    ::close(listener);
}

TEST(KioskScreens, ShowsOnlyInitialsAtASelfServiceKiosk)
{
    KioskUi ui(core::KioskMode::SelfService);
    ui.kiosk->showScanScreen();
    ui.kiosk->showVerdict(verdictFor(core::Reason::Admitted));
    EXPECT_EQ(ui.textOf("verdictInitials"), QStringLiteral("A. M."));
}

TEST(KioskScreens, ShowsRejectWithTheRightDate)
{
    KioskUi ui(core::KioskMode::Staff);
    ui.kiosk->showScanScreen();
    ui.kiosk->showVerdict(verdictFor(core::Reason::WrongDay));
    EXPECT_EQ(ui.textOf("verdictIcon"), QStringLiteral("◷"));
    EXPECT_TRUE(ui.textOf("verdictBooking").contains(QStringLiteral("30.11.2026")))
        << ui.textOf("verdictBooking").toStdString();
    EXPECT_TRUE(ui.textOf("verdictBooking").contains(QStringLiteral("10:30")));
    EXPECT_GT(shareOfColour(ui, QColor(0x44, 0x0a, 0x0d)), 0.5);
}

TEST(KioskScreens, ShowsTheVerdictInTheBookingsLanguageAndThenReturns)
{
    KioskUi ui(core::KioskMode::SelfService);
    ui.kiosk->showScanScreen();
    auto verdict = verdictFor(core::Reason::Admitted);
    verdict.appointment->language = "tr";
    ui.kiosk->showVerdict(verdict);
    EXPECT_EQ(ui.textOf("verdictTitle"), QStringLiteral("Hoş geldiniz – lütfen ilerleyin"));
    ui.kiosk->dismissVerdict();
    EXPECT_EQ(ui.language->language(), QStringLiteral("de"));
    EXPECT_TRUE(ui.textOf("scanInstruction").startsWith(QStringLiteral("Bitte")))
        << ui.textOf("scanInstruction").toStdString();
}

TEST(KioskScreens, MirrorsTheLayoutInArabic)
{
    KioskUi ui(core::KioskMode::SelfService);
    ui.kiosk->showScanScreen();
    ui.render();
    ASSERT_NE(ui.item("language-de"), nullptr);
    const qreal germanX = ui.item("language-de")->mapToScene({0, 0}).x();
    ui.language->setLanguage(QStringLiteral("ar"));
    ui.render();
    const qreal arabicX = ui.item("language-de")->mapToScene({0, 0}).x();
    EXPECT_LT(germanX, 200);
    EXPECT_GT(arabicX, 900) << "the first language button moves to the right edge";
}

TEST(KioskScreens, ReturnsToScanningWhenTheVerdictIsDismissed)
{
    KioskUi ui(core::KioskMode::Staff);
    ui.kiosk->showScanScreen();
    ui.kiosk->showVerdict(verdictFor(core::Reason::NotFound));
    EXPECT_EQ(ui.kiosk->screen(), QStringLiteral("verdict"));
    ui.kiosk->dismissVerdict();
    EXPECT_EQ(ui.kiosk->screen(), QStringLiteral("scan"));
    EXPECT_NE(ui.textOf("scanInstruction"), QStringLiteral("<missing>"));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
