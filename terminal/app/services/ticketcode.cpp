// ticketCodeImage: the scanner library's QR modules scaled to whole pixels.
#include "terminal/app/services/ticketcode.h"

#include "scanner/qrwriter.h"

namespace checkin::app {

namespace {
constexpr int kQuietModules = 4;
constexpr int kMaxTicketText = 64;
} // namespace

QImage ticketCodeImage(const QString &ticket, int minSide)
{
    if (ticket.isEmpty() || ticket.size() > kMaxTicketText)
        return {};
    const auto qr = scanner::encodeQr(ticket.toStdString());
    if (!qr || qr->size == 0)
        return {};
    const int modules = qr->size + 2 * kQuietModules;
    const int scale = std::max(1, (std::max(1, minSide) + modules - 1) / modules);
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < qr->size; ++y) {
        for (int x = 0; x < qr->size; ++x) {
            if (!qr->at(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + kQuietModules) * scale + dy);
                std::fill_n(line + static_cast<ptrdiff_t>(x + kQuietModules) * scale, scale, uchar{0});
            }
        }
    }
    return image;
}

} // namespace checkin::app
