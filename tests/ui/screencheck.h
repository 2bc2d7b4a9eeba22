// ScreenCheck: what a screenshot test looks for in a rendered window.
#pragma once

#include <QQuickWindow>
#include <QStringList>

namespace checkin::uitest {

/// Walks every visible item of the window and returns one line per problem:
///  - a text that is elided, cut by maximumLineCount, wider or taller than its box, or leaves the
///    window;
///  - a character the text's font has no glyph for (checked on the font actually resolved, with
///    QRawFont, so a fallback font does not hide a missing script);
///  - a button, text field or tap area smaller than the minimum touch target.
QStringList checkScreen(QQuickWindow *window, int minTouch);

/// The texts of the QR codes the scanner's decoder reads in an image (a screenshot, a printed page).
QStringList decodedCodes(const QImage &image);

} // namespace checkin::uitest
