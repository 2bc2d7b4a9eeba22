// Scene rendering with ZXing's MultiFormatWriter and OpenCV's warping and filters.
#include "scanner/scenes/scenerenderer.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <random>

namespace checkin::scanner {

namespace {

Result<cv::Mat> renderQr(const std::string &text, int size)
{
    try {
        auto writer = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                          .setEncoding(ZXing::CharacterSet::UTF8)
                          .setMargin(4);
        const ZXing::BitMatrix bits = writer.encode(text, size, size);
        const auto matrix = ZXing::ToMatrix<uint8_t>(bits);
        cv::Mat image(matrix.height(), matrix.width(), CV_8UC1, const_cast<uint8_t *>(matrix.data()));
        return image.clone();
    } catch (const std::exception &e) {
        return tl::unexpected(
            ScannerError{ScannerErrorKind::Unsupported, std::string("cannot encode QR: ") + e.what()});
    }
}

cv::Mat background(std::mt19937 &rng, int width, int height)
{
    std::uniform_int_distribution<int> tone(60, 200);
    cv::Mat bg(height, width, CV_8UC3);
    const cv::Vec3b top(tone(rng), tone(rng), tone(rng));
    const cv::Vec3b bottom(tone(rng) / 2, tone(rng) / 2, tone(rng) / 2);
    for (int y = 0; y < height; ++y) {
        const double t = static_cast<double>(y) / height;
        bg.row(y).setTo(cv::Scalar(top[0] * (1 - t) + bottom[0] * t, top[1] * (1 - t) + bottom[1] * t,
            top[2] * (1 - t) + bottom[2] * t));
    }
    // A few soft shapes: a door, a poster, a person's shoulder.
    std::uniform_int_distribution<int> px(0, width), py(0, height), c(30, 230);
    for (int i = 0; i < 5; ++i)
        cv::rectangle(bg, cv::Point(px(rng), py(rng)), cv::Point(px(rng), py(rng)),
            cv::Scalar(c(rng), c(rng), c(rng)), cv::FILLED);
    cv::GaussianBlur(bg, bg, cv::Size(0, 0), 6);
    cv::Mat noise(bg.size(), bg.type());
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(6));
    bg += noise;
    return bg;
}

/// Places the code on a white card, warps it into the scene and blurs it a little.
void placeCode(cv::Mat &scene, const cv::Mat &qr, std::mt19937 &rng, double jitter)
{
    std::uniform_real_distribution<double> scaleD(0.28, 0.45), angleD(-20, 20), skewD(-0.08, 0.08);
    const double side = scene.rows * scaleD(rng);
    const double angle = angleD(rng) * M_PI / 180.0;
    const cv::Point2d centre(
        scene.cols / 2.0 + (rng() % 200) - 100.0 + jitter, scene.rows / 2.0 + (rng() % 80) - 40.0);
    cv::Mat card;
    cv::cvtColor(qr, card, cv::COLOR_GRAY2BGR);
    std::array<cv::Point2f, 4> src = {cv::Point2f(0, 0), cv::Point2f(card.cols, 0),
        cv::Point2f(card.cols, card.rows), cv::Point2f(0, card.rows)};
    std::array<cv::Point2f, 4> dst;
    const double corners[4][2] = {{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}};
    for (size_t i = 0; i < 4; ++i) {
        const double x = corners[i][0] * side * (1 + skewD(rng));
        const double y = corners[i][1] * side * (1 + skewD(rng));
        dst[i] = cv::Point2f(static_cast<float>(centre.x + x * std::cos(angle) - y * std::sin(angle)),
            static_cast<float>(centre.y + x * std::sin(angle) + y * std::cos(angle)));
    }
    const cv::Mat h = cv::getPerspectiveTransform(src.data(), dst.data());
    cv::Mat warped, mask;
    cv::warpPerspective(
        card, warped, h, scene.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    cv::warpPerspective(
        cv::Mat(card.size(), CV_8UC1, cv::Scalar(255)), mask, h, scene.size(), cv::INTER_NEAREST);
    warped.copyTo(scene, mask);
}

void placeCodeAt(cv::Mat &scene, const cv::Mat &qr, const PlacedCode &code, bool darkMode)
{
    cv::Mat card;
    if (darkMode)
        cv::bitwise_not(qr, card);
    else
        card = qr;
    cv::cvtColor(card, card, cv::COLOR_GRAY2BGR);
    const double side = scene.rows * code.size;
    const double angle = code.angleDegrees * M_PI / 180.0;
    const cv::Point2d centre(scene.cols * code.centreX, scene.rows * code.centreY);
    std::array<cv::Point2f, 4> src = {cv::Point2f(0, 0), cv::Point2f(card.cols, 0),
        cv::Point2f(card.cols, card.rows), cv::Point2f(0, card.rows)};
    std::array<cv::Point2f, 4> dst;
    const double corners[4][2] = {{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}};
    for (size_t i = 0; i < 4; ++i) {
        const double x = corners[i][0] * side;
        const double y = corners[i][1] * side;
        dst[i] = cv::Point2f(static_cast<float>(centre.x + x * std::cos(angle) - y * std::sin(angle)),
            static_cast<float>(centre.y + x * std::sin(angle) + y * std::cos(angle)));
    }
    const cv::Mat h = cv::getPerspectiveTransform(src.data(), dst.data());
    cv::Mat warped, mask;
    cv::warpPerspective(card, warped, h, scene.size(), cv::INTER_LINEAR);
    cv::warpPerspective(
        cv::Mat(card.size(), CV_8UC1, cv::Scalar(255)), mask, h, scene.size(), cv::INTER_NEAREST);
    warped.copyTo(scene, mask);
}

} // namespace

Result<void> writeScene(const std::vector<PlacedCode> &codes, const SceneEffects &effects,
    const std::string &path, int width, int height, uint32_t seed)
{
    std::mt19937 rng(seed);
    try {
        cv::Mat scene = background(rng, width, height);
        for (const auto &code : codes) {
            auto qr = renderQr(code.text, 360);
            if (!qr)
                return tl::unexpected(qr.error());
            cv::Mat card = *qr;
            if (effects.contrast < 1) {
                // Squeeze the modules towards mid-grey: a dim screen or a faded printout.
                card.convertTo(card, CV_8U, effects.contrast, 128 * (1 - effects.contrast));
            }
            placeCodeAt(scene, card, code, effects.darkMode);
        }
        if (effects.glare > 0 && !codes.empty()) {
            // A specular highlight: a saturated blob with a soft edge over a corner of the first code.
            cv::Mat glare(scene.size(), CV_32FC1, cv::Scalar(0));
            const auto &c = codes.front();
            const cv::Point centre(static_cast<int>(width * c.centreX + height * c.size * 0.15),
                static_cast<int>(height * c.centreY - height * c.size * 0.15));
            cv::circle(glare, centre, static_cast<int>(height * c.size * 0.18), cv::Scalar(1), cv::FILLED);
            cv::GaussianBlur(glare, glare, cv::Size(0, 0), height * c.size * 0.08);
            cv::Mat sceneF;
            scene.convertTo(sceneF, CV_32FC3);
            std::vector<cv::Mat> channels;
            cv::split(sceneF, channels);
            for (auto &ch : channels)
                ch = ch + glare * (255.0 * effects.glare);
            cv::merge(channels, sceneF);
            sceneF.convertTo(scene, CV_8UC3);
        }
        if (effects.blurSigma > 0)
            cv::GaussianBlur(scene, scene, cv::Size(0, 0), effects.blurSigma);
        if (effects.noiseSigma > 0) {
            cv::Mat noise(scene.size(), CV_16SC3);
            cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(effects.noiseSigma));
            cv::Mat s16;
            scene.convertTo(s16, CV_16SC3);
            s16 += noise;
            s16.convertTo(scene, CV_8UC3);
        }
        if (!cv::imwrite(path, scene))
            return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, "cannot write " + path});
    } catch (const cv::Exception &e) {
        return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, e.what()});
    }
    return {};
}

Result<void> writeQrPng(const std::string &text, const std::string &path, int size)
{
    auto qr = renderQr(text, size);
    if (!qr)
        return tl::unexpected(qr.error());
    try {
        if (!cv::imwrite(path, *qr))
            return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, "cannot write " + path});
    } catch (const cv::Exception &e) {
        return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, e.what()});
    }
    return {};
}

Result<void> writeArrivalsVideo(
    const std::vector<std::string> &texts, const std::string &path, const SceneOptions &options)
{
    std::mt19937 rng(options.seed);
    try {
        cv::VideoWriter writer(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), options.fps,
            cv::Size(options.width, options.height));
        if (!writer.isOpened())
            return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, "cannot write video " + path});
        cv::Mat hall = background(rng, options.width, options.height);
        for (int i = 0; i < options.idleFrames; ++i)
            writer.write(hall);
        for (const auto &text : texts) {
            auto qr = renderQr(text, 360);
            if (!qr)
                return tl::unexpected(qr.error());
            cv::Mat scene = background(rng, options.width, options.height);
            const uint32_t placement = rng();
            const double blurSigma = std::uniform_real_distribution<double>(0.3, 1.4)(rng);
            for (int f = 0; f < options.framesPerCode; ++f) {
                std::mt19937 steady(placement); // the same pose, with a small hand tremor
                cv::Mat frame = scene.clone();
                placeCode(frame, *qr, steady, f % 3);
                cv::GaussianBlur(frame, frame, cv::Size(0, 0), blurSigma);
                writer.write(frame);
            }
            for (int i = 0; i < options.idleFrames; ++i)
                writer.write(scene);
        }
    } catch (const cv::Exception &e) {
        return tl::unexpected(ScannerError{ScannerErrorKind::Unreadable, e.what()});
    }
    return {};
}

} // namespace checkin::scanner
