// TicketCodeProvider: app::ticketCodeImage at the size the Image asks for.
#include "qml/ticketcodeprovider.h"

#include "terminal/app/services/ticketcode.h"

namespace checkin::ui {

TicketCodeProvider::TicketCodeProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{ }

QImage TicketCodeProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const int side = requestedSize.isValid() ? std::min(requestedSize.width(), requestedSize.height()) : 0;
    QImage image = app::ticketCodeImage(id, std::max(side, 200));
    if (image.isNull()) {
        image = QImage(1, 1, QImage::Format_Grayscale8);
        image.fill(255);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace checkin::ui
