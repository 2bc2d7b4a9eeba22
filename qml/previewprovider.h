// PreviewProvider: the camera preview for QML ("image://preview/<serial>").
#pragma once

#include <QImage>
#include <QQuickImageProvider>
#include <functional>

namespace checkin::ui {

/// Called on the render or loader thread; `source` must be thread-safe (ScannerService::preview
/// is). Image providers are drawn offscreen too, unlike VideoOutput.
class PreviewProvider : public QQuickImageProvider
{
public:
    explicit PreviewProvider(std::function<QImage()> source);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    std::function<QImage()> m_source;
};

} // namespace checkin::ui
