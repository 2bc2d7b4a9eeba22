// TicketCodeProvider: a clearing ticket's QR code for QML ("image://ticketcode/<number>").
#pragma once

#include <QQuickImageProvider>

namespace checkin::ui {

/// Called on the loader thread; stateless. The id is the ticket number as shown.
class TicketCodeProvider : public QQuickImageProvider
{
public:
    TicketCodeProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace checkin::ui
