// ScreenCheck: text fit, glyph coverage and touch target size, item by item.
#include "tests/ui/screencheck.h"

#include "scanner/decoder.h"

#include <QFont>
#include <QQuickItem>
#include <QRawFont>

namespace checkin::uitest {

namespace {

QString describe(QQuickItem *item)
{
    const QString name = item->objectName();
    const QString text = item->property("text").toString().left(40);
    return QStringLiteral("%1 '%2'").arg(
        name.isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : name, text);
}

void checkText(QQuickItem *item, const QRectF &windowRect, QStringList &problems)
{
    const QString text = item->property("text").toString();
    if (text.trimmed().isEmpty() || item->opacity() == 0)
        return;
    if (item->property("truncated").toBool())
        problems << QStringLiteral("elided or cut: %1").arg(describe(item));
    const qreal contentWidth = item->property("contentWidth").toReal();
    const qreal contentHeight = item->property("contentHeight").toReal();
    if (contentWidth > item->width() + 1.5)
        problems << QStringLiteral("wider than its box (%1 > %2): %3")
                        .arg(contentWidth)
                        .arg(item->width())
                        .arg(describe(item));
    if (contentHeight > item->height() + 1.5)
        problems << QStringLiteral("taller than its box (%1 > %2): %3")
                        .arg(contentHeight)
                        .arg(item->height())
                        .arg(describe(item));
    const QRectF box = item->mapRectToScene(
        QRectF(0, 0, std::max(item->width(), contentWidth), std::max(item->height(), contentHeight)));
    if (!windowRect.adjusted(-1, -1, 1, 1).contains(box))
        problems << QStringLiteral("outside the window (%1,%2 %3x%4): %5")
                        .arg(box.x())
                        .arg(box.y())
                        .arg(box.width())
                        .arg(box.height())
                        .arg(describe(item));
    const QFont font = item->property("font").value<QFont>();
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid()) {
        problems << QStringLiteral("no font for: %1").arg(describe(item));
        return;
    }
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format || c == 0x2026)
            continue; // spaces, bidi marks; "…" may come from elision markup
        if (!raw.supportsCharacter(c))
            problems << QStringLiteral("no glyph U+%1 in %2: %3")
                            .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                            .arg(raw.familyName(), describe(item));
    }
}

bool isTouchTarget(QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField")
        || item->inherits("QQuickMouseArea");
}

void walk(QQuickItem *item, const QRectF &windowRect, int minTouch, QStringList &problems)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    if (item->inherits("QQuickText"))
        checkText(item, windowRect, problems);
    if (isTouchTarget(item) && item->isEnabled() && (item->width() < minTouch || item->height() < minTouch))
        problems << QStringLiteral("touch target %1x%2 < %3: %4")
                        .arg(item->width())
                        .arg(item->height())
                        .arg(minTouch)
                        .arg(describe(item));
    for (QQuickItem *child : item->childItems())
        walk(child, windowRect, minTouch, problems);
}

} // namespace

QStringList checkScreen(QQuickWindow *window, int minTouch)
{
    QStringList problems;
    if (!window)
        return {QStringLiteral("no window")};
    walk(window->contentItem(), QRectF(0, 0, window->width(), window->height()), minTouch, problems);
    return problems;
}

QStringList decodedCodes(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    auto pixels = std::make_shared<std::vector<uint8_t>>(static_cast<size_t>(gray.width()) * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        std::copy_n(
            gray.constScanLine(y), gray.width(), pixels->begin() + static_cast<ptrdiff_t>(y) * gray.width());
    scanner::Frame frame;
    frame.width = gray.width();
    frame.height = gray.height();
    frame.gray = std::move(pixels);
    QStringList texts;
    for (const auto &detection : scanner::Decoder().decode(frame))
        texts << QString::fromStdString(detection.text);
    return texts;
}

} // namespace checkin::uitest
