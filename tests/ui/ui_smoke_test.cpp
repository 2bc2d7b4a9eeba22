// UI smoke test: the real QML screens rendered offscreen, driven through the real controllers.
#include "tests/ui/kioskfixture.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

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
    EXPECT_TRUE(ui.textOf("verdictTitle").contains(QStringLiteral("go ahead")));
    EXPECT_TRUE(ui.textOf("verdictDetail").contains(QStringLiteral("10:30")));
    EXPECT_EQ(ui.textOf("verdictInitials"), QStringLiteral("Anna Müller"));
    EXPECT_GT(shareOfColour(ui, QColor(0x1a, 0x7f, 0x37)), 0.5);
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
    EXPECT_TRUE(ui.textOf("verdictDetail").contains(QStringLiteral("30.11.2026")))
        << ui.textOf("verdictDetail").toStdString();
    EXPECT_TRUE(ui.textOf("verdictDetail").contains(QStringLiteral("10:30")));
    EXPECT_GT(shareOfColour(ui, QColor(0xb3, 0x59, 0x00)), 0.5);
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
