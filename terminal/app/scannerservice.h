// ScannerService: the GUI-thread facade of the "scanner" thread.
#pragma once

#include "scanner/scanworker.h"

#include <QImage>
#include <QMutex>
#include <QObject>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread; owns a ScanWorker and re-emits its callbacks as queued signals.
/// Keeps the newest preview image (downscaled, at most `previewFps`) for the UI's image provider.
class ScannerService : public QObject
{
    Q_OBJECT
public:
    explicit ScannerService(scanner::ScanWorker::Options options, QObject *parent = nullptr);
    ~ScannerService() override;

    void start();
    void stop();
    /// The newest preview frame; thread-safe (called from the render thread's image provider).
    QImage preview() const;

signals:
    void codeDecoded(const QString &text, qint64 captureTimestampNs);
    void cameraStateChanged(int state, const QString &detail);

private:
    scanner::ScanWorker::Options m_options;
    std::unique_ptr<scanner::ScanWorker> m_worker;
    mutable QMutex m_previewMutex;
    QImage m_preview;
    std::chrono::steady_clock::time_point m_lastPreview{};
};

} // namespace checkin::app
