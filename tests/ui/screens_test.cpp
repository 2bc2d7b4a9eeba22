// Screenshot tests: every screen in every language, rendered offscreen to PNG under the build
// directory (ui-shots/<mode>/<lang>/NN-<screen>.png) and checked for cut text, missing glyphs and
// small touch targets.
#include "tests/ui/kioskfixture.h"
#include "tests/ui/screencheck.h"

#include <QDir>
#include <QGuiApplication>
#include <functional>
#include <gtest/gtest.h>

using namespace checkin;
using uitest::KioskUi;

namespace {

constexpr int kMinTouch = 64; // qml/Theme.qml minTouch

struct Case
{
    core::KioskMode mode;
    const char *language;
};

std::string caseName(const ::testing::TestParamInfo<Case> &info)
{
    return std::string(info.param.mode == core::KioskMode::Staff ? "Staff_" : "SelfService_")
        + info.param.language;
}

/// Every reason the rules can give: the keys reasonKey() knows.
std::vector<core::Reason> allReasons()
{
    std::vector<core::Reason> out;
    for (int i = 0; i < 100; ++i)
        if (std::string(core::reasonKey(static_cast<core::Reason>(i))) != "unknown")
            out.push_back(static_cast<core::Reason>(i));
    return out;
}

class EveryScreen : public ::testing::TestWithParam<Case>
{
protected:
    void SetUp() override
    {
        ui = std::make_unique<KioskUi>(GetParam().mode);
        ASSERT_NE(ui->window, nullptr);
        dir = QDir(QStringLiteral(CHECKIN_SHOT_DIR))
                  .filePath(QStringLiteral("%1/%2").arg(
                      QString::fromLatin1(
                          GetParam().mode == core::KioskMode::Staff ? "staff" : "self-service"),
                      QString::fromLatin1(GetParam().language)));
        QDir().mkpath(dir);
        ui->kiosk->showScanScreen();
        ui->language->setLanguage(QString::fromLatin1(GetParam().language));
    }

    /// Renders, saves and checks the current screen.
    void shoot(const QString &name)
    {
        const QImage image = ui->render();
        ASSERT_FALSE(image.isNull());
        const QString path
            = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(++count, 2, 10, QChar(u'0')).arg(name));
        EXPECT_TRUE(image.save(path)) << path.toStdString();
        for (const QString &problem : uitest::checkScreen(ui->window, kMinTouch))
            ADD_FAILURE() << name.toStdString() << ": " << problem.toStdString() << "  ("
                          << path.toStdString() << ")";
    }

    std::unique_ptr<KioskUi> ui;
    QString dir;
    int count = 0;
};

} // namespace

TEST_P(EveryScreen, FitsEveryTextAndTouchTarget)
{
    const bool staff = GetParam().mode == core::KioskMode::Staff;
    shoot(QStringLiteral("scan"));

    for (core::Reason reason : allReasons()) {
        ui->kiosk->showVerdict(uitest::verdictFor(reason));
        // The booking carries no language here: the verdict stays in the chosen one.
        ASSERT_EQ(ui->language->language(), QString::fromLatin1(GetParam().language));
        EXPECT_FALSE(ui->textOf("verdictTitle").isEmpty()) << core::reasonKey(reason) << " has no title";
        EXPECT_FALSE(ui->textOf("verdictIcon").isEmpty()) << core::reasonKey(reason) << " has no icon";
        EXPECT_FALSE(ui->textOf("verdictDetail").isEmpty()) << core::reasonKey(reason) << " has no next step";
        shoot(QStringLiteral("verdict-%1").arg(QString::fromLatin1(core::reasonKey(reason))));
    }
    ui->kiosk->dismissVerdict();

    if (staff) {
        ui->kiosk->openSearch();
        ui->staffSearch->search(QStringLiteral("müller"));
        shoot(QStringLiteral("search-results"));
        ui->staffSearch->checkIn(7, false);
        shoot(QStringLiteral("search-id-not-checked"));
        ui->staffSearch->search(QStringLiteral("nobody"));
        shoot(QStringLiteral("search-empty"));
    } else {
        ui->kiosk->openLookup();
        shoot(QStringLiteral("lookup-form"));
        ui->lookup->search(QStringLiteral("M"), QStringLiteral("1950"));
        shoot(QStringLiteral("lookup-name-missing"));
        ui->lookup->search(QStringLiteral("Müller"), QStringLiteral("31.02.1950"));
        shoot(QStringLiteral("lookup-date-invalid"));
        ui->lookup->search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
        ASSERT_EQ(ui->lookup->state(), QStringLiteral("found"));
        shoot(QStringLiteral("lookup-found"));
        ui->lookup->startOver();
        ui->lookup->search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
        shoot(QStringLiteral("lookup-not-found"));
        ui->lookup->requestTicket();
        shoot(QStringLiteral("lookup-ticket"));
        ui->lookup->reset();
        for (int i = 0; i < 3; ++i) // the LookupGuard's default: three misses start a cooldown
            ui->lookup->search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
        ASSERT_EQ(ui->lookup->state(), QStringLiteral("wait"));
        shoot(QStringLiteral("lookup-wait"));
        ui->clock->advance(std::chrono::hours(1));
    }
    ui->kiosk->goBack();

    ui->kiosk->openStaffArea();
    shoot(QStringLiteral("pin"));
    for (int i = 0; i < app::PinController::kMaxTries; ++i) {
        ui->pin->appendDigit(1);
        ui->pin->submit();
    }
    ASSERT_TRUE(ui->pin->lockedOut());
    shoot(QStringLiteral("pin-locked"));
    ui->clock->advance(std::chrono::minutes(1));
    for (int d : {2, 4, 6, 8})
        ui->pin->appendDigit(d);
    ui->pin->submit();
    ASSERT_EQ(ui->kiosk->screen(), QStringLiteral("figures"));
    ui->figures->setExpected(305);
    ui->figures->countVerdict(uitest::verdictFor(core::Reason::Admitted));
    shoot(QStringLiteral("figures"));
    ui->kiosk->openStaffPage(QStringLiteral("technician"));
    shoot(QStringLiteral("technician"));
    ui->kiosk->goBack();

    ui->kiosk->showSetupProblem(QStringLiteral("policy.late_minutes: must be between 0 and 1440"));
    shoot(QStringLiteral("setup"));
}

INSTANTIATE_TEST_SUITE_P(Languages, EveryScreen,
    ::testing::Values(Case{core::KioskMode::SelfService, "de"}, Case{core::KioskMode::SelfService, "en"},
        Case{core::KioskMode::SelfService, "fr"}, Case{core::KioskMode::SelfService, "tr"},
        Case{core::KioskMode::SelfService, "ar"}, Case{core::KioskMode::SelfService, "ru"},
        Case{core::KioskMode::SelfService, "uk"}, Case{core::KioskMode::Staff, "de"},
        Case{core::KioskMode::Staff, "en"}, Case{core::KioskMode::Staff, "fr"},
        Case{core::KioskMode::Staff, "tr"}, Case{core::KioskMode::Staff, "ar"},
        Case{core::KioskMode::Staff, "ru"}, Case{core::KioskMode::Staff, "uk"}),
    caseName);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
