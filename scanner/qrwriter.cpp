// QrWriter: ZXing's MultiFormatWriter at its natural size (one pixel per module, no margin).
#include "scanner/qrwriter.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

namespace checkin::scanner {

Result<QrModules> encodeQr(const std::string &text)
{
    try {
        // The middle of ZXing's 0..8 scale: at least level M.
        const auto bits = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                              .setEncoding(ZXing::CharacterSet::UTF8)
                              .setEccLevel(4)
                              .setMargin(0)
                              .encode(text, 0, 0);
        QrModules qr;
        qr.size = bits.width();
        qr.dark.resize(static_cast<size_t>(qr.size) * qr.size);
        for (int y = 0; y < qr.size; ++y)
            for (int x = 0; x < qr.size; ++x)
                qr.dark[static_cast<size_t>(y) * qr.size + x] = bits.get(x, y) ? 1 : 0;
        return qr;
    } catch (const std::exception &e) {
        return tl::unexpected(
            ScannerError{ScannerErrorKind::Unsupported, std::string("cannot encode QR: ") + e.what()});
    }
}

} // namespace checkin::scanner
