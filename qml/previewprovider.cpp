// PreviewProvider: hands out the newest preview frame, or a grey placeholder before the first.
#include "qml/previewprovider.h"

namespace checkin::ui {

PreviewProvider::PreviewProvider(std::function<QImage()> source)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_source(std::move(source))
{ }

QImage PreviewProvider::requestImage(const QString &, QSize *size, const QSize &requestedSize)
{
    QImage image = m_source ? m_source() : QImage();
    if (image.isNull()) {
        image = QImage(16, 9, QImage::Format_Grayscale8);
        image.fill(0x33);
    }
    if (requestedSize.isValid() && !requestedSize.isEmpty())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace checkin::ui
