// ColourCheck: WCAG contrast and colour-vision-deficiency simulation of rendered screens.
#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace checkin::uitest {

enum class Vision { Typical, Protanopia, Deuteranopia, Tritanopia };
QString visionName(Vision vision);

/// WCAG 2 relative luminance of an sRGB colour (0 black .. 1 white).
double relativeLuminance(QRgb rgb);
/// WCAG 2 contrast ratio (1 .. 21) of two luminances, in either order.
double contrastRatio(double a, double b);
/// CIE76 colour difference in CIELAB (D65): how far apart two colours look, lightness and hue.
double deltaE(QRgb a, QRgb b);

/// The image as a person with the dichromacy would see it: Machado, Oliveira and Fernandes
/// (2009) matrices at severity 1.0, applied in linear RGB to every pixel.
QImage simulate(const QImage &image, Vision vision);

/// A screen's background and its text colour: the most frequent pixel colour, and the most
/// frequent of those at least 2:1 from it (the solid inside of the glyphs, not their soft edges).
struct Swatch
{
    QRgb fill = 0;
    QRgb ink = 0;
};
Swatch dominantColours(const QImage &image);

} // namespace checkin::uitest
