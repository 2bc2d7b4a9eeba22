// ScannerService: hops scanner-thread callbacks to the GUI thread.
#include "terminal/app/scannerservice.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace checkin::app {

namespace {
constexpr auto kPreviewPeriod = std::chrono::milliseconds(100); // 10 fps spares the CPU
constexpr int kPreviewWidth = 640;
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
        const qint64 ns
            = std::chrono::duration_cast<std::chrono::nanoseconds>(event.captured.time_since_epoch()).count();
        QMetaObject::invokeMethod(
            this, [this, text, ns] { emit codeDecoded(text, ns); }, Qt::QueuedConnection);
    };
    callbacks.stateChanged = [this](scanner::CameraState state, const std::string &detail) {
        const QString d = QString::fromStdString(detail);
        const int s = static_cast<int>(state);
        QMetaObject::invokeMethod(
            this, [this, s, d] { emit cameraStateChanged(s, d); }, Qt::QueuedConnection);
    };
    callbacks.frameProcessed = [this](const scanner::Frame &frame, const std::vector<scanner::Detection> &) {
        if (frame.captured - m_lastPreview < kPreviewPeriod)
            return;
        m_lastPreview = frame.captured;
        const QImage full(
            frame.gray->data(), frame.width, frame.height, frame.width, QImage::Format_Grayscale8);
        QImage scaled = full.scaledToWidth(kPreviewWidth, Qt::FastTransformation);
        QMutexLocker lock(&m_previewMutex);
        m_preview = std::move(scaled);
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

} // namespace checkin::app
