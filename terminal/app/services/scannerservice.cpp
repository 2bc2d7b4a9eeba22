// ScannerService: hops scanner-thread callbacks to the GUI thread; feeds key events to the wedge.
#include "terminal/app/services/scannerservice.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace checkin::app {

namespace {
constexpr auto kPreviewPeriod = std::chrono::milliseconds(100); // 10 fps spares the CPU
constexpr int kPreviewWidth = 640;

qint64 steadyNs(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}
} // namespace

ScannerService::ScannerService(scanner::ScanWorker::Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

ScannerService::~ScannerService()
{
    stop();
}

void ScannerService::start()
{
    scanner::ScanWorker::Callbacks callbacks;
    callbacks.codeDecoded = [this](const scanner::ScanEvent &event) {
        const QString text = QString::fromStdString(event.detection.text);
        const qint64 ns = steadyNs(event.captured);
        QMetaObject::invokeMethod(
            this, [this, text, ns] { emit codeDecoded(text, ns); }, Qt::QueuedConnection);
    };
    callbacks.stateChanged = [this](scanner::CameraState state, const std::string &detail) {
        const QString d = QString::fromStdString(detail);
        const int s = static_cast<int>(state);
        QMetaObject::invokeMethod(
            this, [this, s, d] { emit cameraStateChanged(s, d); }, Qt::QueuedConnection);
    };
    callbacks.frameProcessed
        = [this](const scanner::Frame &frame, const std::vector<scanner::Detection> &detections) {
              if (frame.captured - m_lastPreview < kPreviewPeriod)
                  return;
              m_lastPreview = frame.captured;
              const QImage full(
                  frame.gray->data(), frame.width, frame.height, frame.width, QImage::Format_Grayscale8);
              // scaledToWidth() hands back the image itself when the width already fits, and that
              // still points into the frame's buffer, which the scanner reuses after this call
              // (a 640-pixel camera crashed the render thread): the preview owns its pixels.
              QImage scaled = frame.width == kPreviewWidth
                  ? full.copy()
                  : full.scaledToWidth(kPreviewWidth, Qt::FastTransformation);
              const double scale = static_cast<double>(scaled.width()) / frame.width;
              QList<QPointF> corners;
              if (!detections.empty())
                  for (const auto &p : detections.front().corners)
                      corners.append(QPointF(p.x * scale, p.y * scale));
              {
                  QMutexLocker lock(&m_previewMutex);
                  m_preview = std::move(scaled);
                  m_previewCorners = std::move(corners);
              }
              QMetaObject::invokeMethod(
                  this, [this] { emit previewChanged(); }, Qt::QueuedConnection);
          };
    m_worker = std::make_unique<scanner::ScanWorker>(m_options, std::move(callbacks));
    m_worker->start();
}

void ScannerService::stop()
{
    if (m_worker)
        m_worker->stop();
    m_worker.reset();
}

QImage ScannerService::preview() const
{
    QMutexLocker lock(&m_previewMutex);
    return m_preview;
}

QList<QPointF> ScannerService::previewCorners() const
{
    QMutexLocker lock(&m_previewMutex);
    return m_previewCorners;
}

bool ScannerService::keyTyped(const QString &text, qint64 timestampMs)
{
    const auto at = scanner::KeyboardWedge::Clock::time_point(std::chrono::milliseconds(timestampMs));
    if (auto code = m_wedge.feed(text.toStdString(), at)) {
        emit codeDecoded(QString::fromStdString(*code), steadyNs(std::chrono::steady_clock::now()));
        return true;
    }
    return m_wedge.inBurst(at);
}

} // namespace checkin::app
