// UI smoke test: the real QML screens rendered offscreen, driven through the real controller.
#include "terminal/app/kioskcontroller.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(CheckinPlugin)

using namespace checkin;

namespace {

class KioskScreens : public ::testing::Test
{
protected:
    void SetUp() override
    {
        config.centerName = "Impfzentrum Test";
        controller = std::make_unique<app::KioskController>(config);
        qmlRegisterSingletonInstance("Checkin.Backend", 1, 0, "Kiosk", controller.get());
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->load(QUrl(QStringLiteral("qrc:/Checkin/Main.qml")));
        ASSERT_FALSE(engine->rootObjects().isEmpty());
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        ASSERT_NE(window, nullptr);
    }
    void TearDown() override
    {
        engine.reset();
        controller.reset();
    }

    QString textOf(const char *objectName)
    {
        QCoreApplication::processEvents();
        auto *item = window->findChild<QQuickItem *>(QString::fromLatin1(objectName));
        return item ? item->property("text").toString() : QStringLiteral("<missing>");
    }

    /// True when the rendered window is mostly the given colour.
    double shareOfColour(const QColor &colour)
    {
        const QImage image = window->grabWindow();
        int hits = 0, total = 0;
        for (int y = 0; y < image.height(); y += 8)
            for (int x = 0; x < image.width(); x += 8, ++total)
                hits += image.pixelColor(x, y) == colour ? 1 : 0;
        return total ? static_cast<double>(hits) / total : 0;
    }

    core::Verdict verdictFor(core::Reason reason)
    {
        core::Verdict v;
        v.reason = reason;
        cache::Appointment a;
        a.givenName = "Anna";
        a.familyName = "Müller";
        a.day = "2026-11-30";
        a.slotStart = 10 * 60 + 30;
        v.appointment = a;
        return v;
    }

    core::KioskConfig config;
    std::unique_ptr<app::KioskController> controller;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

} // namespace

TEST_F(KioskScreens, ShowsTheScanInstructionFirst)
{
    controller->showScanScreen();
    EXPECT_TRUE(textOf("scanInstruction").contains(QStringLiteral("QR")))
        << textOf("scanInstruction").toStdString();
}

TEST_F(KioskScreens, ShowsPassWithTheSlotAndTheNameForStaff)
{
    controller->showScanScreen();
    controller->showVerdict(verdictFor(core::Reason::Admitted));
    EXPECT_EQ(textOf("verdictIcon"), QStringLiteral("✔"));
    EXPECT_TRUE(textOf("verdictTitle").contains(QStringLiteral("go ahead")));
    EXPECT_TRUE(textOf("verdictDetail").contains(QStringLiteral("10:30")));
    EXPECT_EQ(textOf("verdictInitials"), QStringLiteral("Anna Müller"));
    EXPECT_GT(shareOfColour(QColor(0x1a, 0x7f, 0x37)), 0.5);
}

TEST_F(KioskScreens, ShowsOnlyInitialsAtASelfServiceKiosk)
{
    engine.reset();
    config.mode = core::KioskMode::SelfService;
    controller = std::make_unique<app::KioskController>(config);
    qmlRegisterSingletonInstance("Checkin.Backend", 1, 0, "Kiosk", controller.get());
    engine = std::make_unique<QQmlApplicationEngine>();
    engine->load(QUrl(QStringLiteral("qrc:/Checkin/Main.qml")));
    window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    controller->showScanScreen();
    controller->showVerdict(verdictFor(core::Reason::Admitted));
    EXPECT_EQ(textOf("verdictInitials"), QStringLiteral("A. M."));
}

TEST_F(KioskScreens, ShowsRejectWithTheRightDate)
{
    controller->showScanScreen();
    controller->showVerdict(verdictFor(core::Reason::WrongDay));
    EXPECT_EQ(textOf("verdictIcon"), QStringLiteral("✖"));
    EXPECT_TRUE(textOf("verdictDetail").contains(QStringLiteral("30.11.2026")))
        << textOf("verdictDetail").toStdString();
    EXPECT_TRUE(textOf("verdictDetail").contains(QStringLiteral("10:30")));
    EXPECT_GT(shareOfColour(QColor(0xb3, 0x59, 0x00)), 0.5);
}

TEST_F(KioskScreens, ReturnsToScanningWhenTheVerdictIsDismissed)
{
    controller->showScanScreen();
    controller->showVerdict(verdictFor(core::Reason::NotFound));
    EXPECT_EQ(controller->screen(), QStringLiteral("verdict"));
    controller->dismissVerdict();
    EXPECT_EQ(controller->screen(), QStringLiteral("scan"));
    EXPECT_NE(textOf("scanInstruction"), QStringLiteral("<missing>"));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
