// ticketCodeImage: a clearing ticket as a QR code image, for the screen and the printed slip.
#pragma once

#include <QImage>
#include <QString>

namespace checkin::app {

/// The ticket number as a QR code, black on white with a quiet zone of four modules, at least
/// `minSide` pixels wide (whole pixels per module, so a camera reads it sharp). A null image for
/// an empty or overlong text. Scanned at the entrance, it finds the case like the typed number.
QImage ticketCodeImage(const QString &ticket, int minSide);

} // namespace checkin::app
