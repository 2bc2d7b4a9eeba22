// FrameBench: frame times of the kiosk window while the scanner runs (`--bench-frames SECONDS`).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <vector>

namespace checkin::terminal {

/// Lives on the GUI thread. Asks the window for a new frame after every frame (so it renders as
/// fast as the platform lets it: at vsync on a real display, unthrottled offscreen) and records
/// the interval between frameSwapped signals and the render time (beforeRendering to
/// afterRendering). After `seconds` it prints p50/p95/max and quits with 0.
class FrameBench : public QObject
{
    Q_OBJECT
public:
    FrameBench(QQuickWindow *window, int seconds, QObject *parent = nullptr);
    void start();
    void countDecode() { ++m_decodes; }
    void countPreview() { ++m_previews; }

private:
    void finish();
    QPointer<QQuickWindow> m_window;
    int m_seconds;
    QElapsedTimer m_clock;
    qint64 m_lastSwap = -1;
    qint64 m_renderStart = 0;
    std::vector<double> m_intervalsMs;
    std::vector<double> m_renderMs;
    int m_decodes = 0;
    int m_previews = 0;
    bool m_running = false;
};

} // namespace checkin::terminal
