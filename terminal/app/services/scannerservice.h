// ScannerService: the GUI-thread facade of the "scanner" thread and of handheld USB scanners.
#pragma once

#include "scanner/keyboardwedge.h"
#include "scanner/scanworker.h"

#include <QImage>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointF>
#include <memory>

namespace checkin::app {

/// Lives on the GUI thread; owns a ScanWorker and re-emits its callbacks as queued signals.
/// Keeps the newest preview image (downscaled, at most 10 per second) and the corners of the code
/// found in it for the UI's image provider and overlay; neither ever waits for capture or decoding.
/// Handheld scanners (keyboard wedge) feed the same codeDecoded signal through keyTyped().
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
    /// The four corners (clockwise from top-left) of the best code in the newest preview frame, in
    /// preview pixels; empty when that frame held none. Thread-safe.
    QList<QPointF> previewCorners() const;
    /// The scanner's counters (frames captured, decoded, dropped); zero before start(). Any thread.
    scanner::ScanStats stats() const { return m_worker ? m_worker->stats() : scanner::ScanStats{}; }

    /// One key typed anywhere in the kiosk window (the window forwards every key event): `text` is
    /// the key's text, `timestampMs` the event's timestamp. A handheld scanner's burst ending in
    /// Enter or Tab is emitted as codeDecoded. Returns true while the key looks like part of a
    /// scanner burst, so the window may keep it from the focused field.
    Q_INVOKABLE bool keyTyped(const QString &text, qint64 timestampMs);

signals:
    void codeDecoded(const QString &text, qint64 captureTimestampNs);
    void cameraStateChanged(int state, const QString &detail);
    /// A new preview frame (and its corners) is available; at most 10 per second.
    void previewChanged();

private:
    scanner::ScanWorker::Options m_options;
    std::unique_ptr<scanner::ScanWorker> m_worker;
    scanner::KeyboardWedge m_wedge;
    mutable QMutex m_previewMutex;
    QImage m_preview;
    QList<QPointF> m_previewCorners;
    std::chrono::steady_clock::time_point m_lastPreview{}; ///< scanner thread only
};

} // namespace checkin::app
