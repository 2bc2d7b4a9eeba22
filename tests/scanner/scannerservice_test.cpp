// ScannerService: handheld scanner keys and the preview with its overlay corners, on a real
// rendered scene through the real capture path.
#include "scanner/scenes/scenerenderer.h"
#include "terminal/app/services/scannerservice.h"
#include "tests/support/tempdir.h"

#include <QCoreApplication>
#include <QTest>
#include <gtest/gtest.h>

using namespace checkin;

namespace {
QStringList typeKeys(app::ScannerService &service, const QString &keys, qint64 startMs, qint64 gapMs)
{
    QStringList decoded;
    QObject::connect(&service, &app::ScannerService::codeDecoded,
        [&decoded](const QString &text, qint64) { decoded << text; });
    qint64 at = startMs;
    for (const QChar c : keys) {
        service.keyTyped(QString(c), at);
        at += gapMs;
    }
    service.keyTyped(QStringLiteral("\r"), at);
    return decoded;
}
} // namespace

TEST(ScannerService, EmitsAHandheldScannersBurstAsADecodedCode)
{
    app::ScannerService service({});
    EXPECT_EQ(typeKeys(service, QStringLiteral("SB1-4K7T-93QX"), 1000, 6), QStringList{"SB1-4K7T-93QX"});
}

TEST(ScannerService, LeavesAPersonsTypingAlone)
{
    app::ScannerService service({});
    EXPECT_TRUE(typeKeys(service, QStringLiteral("Meier"), 1000, 150).isEmpty());
}

TEST(ScannerService, ShowsAPreviewWithTheCornersOfTheFoundCode)
{
    int argc = 1;
    char name[] = "scannerservice_test";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    checkin::testing::TempDir dir;
    ASSERT_TRUE(scanner::writeScene({{"SB1-PREVIEW-01", 0.5, 0.5, 0.5, 0}}, {}, dir.file("scene.png")));
    scanner::ScanWorker::Options options;
    options.source = dir.file("scene.png");
    app::ScannerService service(options);
    QStringList decoded;
    QObject::connect(&service, &app::ScannerService::codeDecoded,
        [&decoded](const QString &text, qint64) { decoded << text; });
    service.start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !decoded.isEmpty() && !service.previewCorners().isEmpty(); }, 30000));
    service.stop();
    EXPECT_EQ(decoded, QStringList{"SB1-PREVIEW-01"});
    const QImage preview = service.preview();
    EXPECT_EQ(preview.width(), 640);
    const auto corners = service.previewCorners();
    ASSERT_EQ(corners.size(), 4);
    QPointF centre;
    for (const auto &p : corners)
        centre += p / 4;
    EXPECT_NEAR(centre.x(), 320, 10); // the code is in the middle of the 1280x720 scene
    EXPECT_NEAR(centre.y(), 180, 10);
}
