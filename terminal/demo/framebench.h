// FrameBench: frame times of the kiosk window while the scanner runs (`--bench-frames SECONDS`).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <functional>
#include <vector>

namespace checkin::terminal {

/// Lives on the GUI thread. Asks the window for a new frame after every frame (so it renders as
/// fast as the platform lets it: at vsync on a real display, unthrottled offscreen) and records
/// the interval between frameSwapped signals and the render time (beforeRendering to
/// afterRendering). Two phases of `seconds` each: first with the scanner decoding and the preview
/// refreshing, then (the baseline) after `stopScanner` ran, so the report can give the cost of the
/// scanner as a ratio measured in the same run. Prints p50/p95/max and quits with 0.
class FrameBench : public QObject
{
    Q_OBJECT
public:
    FrameBench(
        QQuickWindow *window, int seconds, std::function<void()> stopScanner, QObject *parent = nullptr);
    void start();
    void countDecode() { m_decodes += m_running ? 1 : 0; }
    void countPreview() { m_previews += m_running ? 1 : 0; }

private:
    struct Phase
    {
        std::vector<double> intervalsMs;
        std::vector<double> renderMs;
        double seconds = 0;
        int decodes = 0;
        int previews = 0;
    };
    void endPhase();
    void report(const char *label, const Phase &phase) const;
    void finish();
    std::function<void()> m_stopScanner;
    std::vector<Phase> m_phases;
    qint64 m_phaseStart = 0;
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
