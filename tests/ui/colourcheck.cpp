// ColourCheck: luminance, contrast, CIELAB distance, Machado 2009 dichromacy matrices.
#include "tests/ui/colourcheck.h"

#include <QHash>
#include <array>
#include <cmath>

namespace checkin::uitest {

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira, Fernandes: "A Physiologically-based Model for Simulation of Color Vision
// Deficiency", IEEE TVCG 15(6), 2009; severity 1.0 (dichromacy), for linear RGB.
constexpr Matrix kProtanopia{
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kTritanopia{
    {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

double toLinear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

int toSrgb(double linear)
{
    const double c = std::clamp(linear, 0.0, 1.0);
    const double s = c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
    return static_cast<int>(std::lround(s * 255));
}

std::array<double, 3> toLab(QRgb rgb)
{
    const double r = toLinear(qRed(rgb)), g = toLinear(qGreen(rgb)), b = toLinear(qBlue(rgb));
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

} // namespace

QString visionName(Vision vision)
{
    switch (vision) {
    case Vision::Typical:
        return QStringLiteral("typical");
    case Vision::Protanopia:
        return QStringLiteral("protanopia");
    case Vision::Deuteranopia:
        return QStringLiteral("deuteranopia");
    case Vision::Tritanopia:
        return QStringLiteral("tritanopia");
    }
    return {};
}

double relativeLuminance(QRgb rgb)
{
    return 0.2126 * toLinear(qRed(rgb)) + 0.7152 * toLinear(qGreen(rgb)) + 0.0722 * toLinear(qBlue(rgb));
}

double contrastRatio(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

double deltaE(QRgb a, QRgb b)
{
    const auto p = toLab(a), q = toLab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

QImage simulate(const QImage &image, Vision vision)
{
    if (vision == Vision::Typical)
        return image.convertToFormat(QImage::Format_RGB32);
    const Matrix &m = vision == Vision::Protanopia ? kProtanopia
        : vision == Vision::Deuteranopia           ? kDeuteranopia
                                                   : kTritanopia;
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, QRgb> memo; // a screen has few distinct colours
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const QRgb in = line[x] | 0xff000000u;
            auto hit = memo.constFind(in);
            if (hit == memo.cend()) {
                const std::array<double, 3> lin{
                    toLinear(qRed(in)), toLinear(qGreen(in)), toLinear(qBlue(in))};
                std::array<int, 3> s{};
                for (int row = 0; row < 3; ++row)
                    s[row] = toSrgb(m[row][0] * lin[0] + m[row][1] * lin[1] + m[row][2] * lin[2]);
                hit = memo.insert(in, qRgb(s[0], s[1], s[2]));
            }
            line[x] = *hit;
        }
    }
    return out;
}

Swatch dominantColours(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x] | 0xff000000u];
    }
    Swatch s;
    int best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            s.fill = it.key();
        }
    const double fill = relativeLuminance(s.fill);
    best = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (contrastRatio(relativeLuminance(it.key()), fill) >= 2.0 && it.value() > best) {
            best = it.value();
            s.ink = it.key();
        }
    return s;
}

} // namespace checkin::uitest
